// harness.mjs: what the browser tests share: the page served by tools/serve.py on a free
// 127.0.0.1 port, Debian's Chromium launched headless and off the network, and polling of
// window.goroutineLab.state() until it shows what a test waits for.

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
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
