// harness.mjs: what the browser tests share: the page served by tools/serve.py on a free
// 127.0.0.1 port, Debian's Chromium launched headless and off the network, and polling of
// window.goroutineLab.state() until it shows what a test waits for.

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const webDir = process.env.GOLAB_WEB_DIR || join(root, 'build/web');
export const artifacts = join(root, 'build/artifacts');
export const kTimeoutMs = 60_000;

// Starts tools/serve.py on a free port; resolves to { url, stop }.
export function startServer(extraArgs = []) {
  const server = spawn('/usr/bin/python3',
    [join(root, 'tools/serve.py'), '0', '--dir', webDir, '--quiet', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
    server.stdout.on('data', (chunk) => {
      text += chunk;
      const match = text.match(/serve: (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        resolve({ url: match[1], stop: () => server.kill() });
      }
    });
  });
}

// Launches Debian's Chromium with software WebGL2 and no network of its own.
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const state = (page) => page.evaluate(() => window.goroutineLab.state());

// Waits until predicate(state) holds; fails with the last state seen.
export async function until(page, what, predicate) {
  const started = Date.now();
  let last;
  while (Date.now() - started < kTimeoutMs) {
    last = await state(page);
    if (predicate(last)) {
      return last;
    }
    await page.waitForTimeout(20);
  }
  assert.fail(`${what}: never happened; last state ${JSON.stringify(last).slice(0, 600)}`);
}

// Resolves after the page has drawn two more frames (its main loop runs on
// requestAnimationFrame), so an input sent before it has been seen by a frame.
export const frames = (page) => page.evaluate(
  () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

// Clicks control `name` where the page drew it (state().controls holds its box), at a share of
// its width and height, then lets two frames see the click.
export async function clickControl(page, name, at = [0.5, 0.5]) {
  const s = await until(page, `control ${name} is drawn`, (s) => s.controls[name]);
  const [x, y, w, h] = s.controls[name];
  await page.mouse.click(x + w * at[0], y + h * at[1]);
  await frames(page);
}

// Returns the pixels of a PNG screenshot as { width, height, data }: data holds 4 bytes (red,
// green, blue, alpha) a pixel, row after row. Decoded here rather than in the page, so the
// values are the file's own, untouched by the browser's colour management; it reads what
// Chromium writes (8 bits a channel, RGB or RGBA, not interlaced) and refuses the rest.
export function decodePng(png) {
  const kSignature = '89504e470d0a1a0a';
  assert.equal(png.subarray(0, 8).toString('hex'), kSignature, 'not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colourType];
      assert.ok(depth === 8 && channels && interlace === 0,
        `a PNG this decoder does not read: depth ${depth}, colour type ${colourType}`);
    } else if (type === 'IDAT') {
      compressed.push(body);
    }
    at += length + 12; // length, type, body, CRC
  }

  // Each row starts with its filter byte; filters predict a byte from the one to the left
  // (a), above (b) and above-left (c), already decoded.
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels] : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) {
        predicted = a;
      } else if (filter === 2) {
        predicted = b;
      } else if (filter === 3) {
        predicted = (a + b) >> 1;
      } else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rows[y * stride + x] = (line[x] + predicted) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 4; k++) {
      data[i * 4 + k] = k < channels ? rows[i * channels + k] : 255;
    }
  }
  return { width, height, data };
}

// Starts the server and the browser before a file's tests and stops both after them;
// returns an object whose server and browser are set once the tests run.
export function serveForTests() {
  const lab = { server: null, browser: null };
  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    lab.server = await startServer();
    lab.browser = await launchBrowser();
  });
  after(async () => {
    await lab.browser?.close();
    lab.server?.stop();
  });
  return lab;
}
