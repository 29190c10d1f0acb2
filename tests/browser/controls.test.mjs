// controls.test.mjs: the lesson controls in Debian's Chromium, headless: keyboard shortcuts
// on the canvas (Space, arrows, Home, End, R, ?), stepping back through a finished run and
// pausing a threaded one, each checked through window.goroutineLab.state().
// Serves build/web with tools/serve.py on a free 127.0.0.1 port, as page.test.mjs does.
// Run: node --test tests/browser/   (build.sh test does, after building)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDir = process.env.GOLAB_WEB_DIR || join(root, 'build/web');
const artifacts = join(root, 'build/artifacts');
const kTimeoutMs = 60_000;

function startServer() {
  const server = spawn('/usr/bin/python3',
    [join(root, 'tools/serve.py'), '0', '--dir', webDir, '--quiet'],
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

let server;
let browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const state = (page) => page.evaluate(() => window.goroutineLab.state());

// Waits until predicate(state) holds; fails with the last state seen.
async function until(page, what, predicate) {
  const started = Date.now();
  let last;
  while (Date.now() - started < kTimeoutMs) {
    last = await state(page);
    if (predicate(last)) {
      return last;
    }
    await page.waitForTimeout(20);
  }
  assert.fail(`${what}: never happened; last state ${JSON.stringify(last).slice(0, 400)}`);
}

// Resolves after the page has drawn two more frames (its main loop runs on
// requestAnimationFrame), so an input sent before it has been seen by a frame.
const frames = (page) => page.evaluate(
  () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

// NOTE: the page reads keys once per frame; a press and release inside one frame would be
// missed (a person's key press lasts several frames, a busy test machine's frames are slow),
// so each key is held until the page has drawn a frame with it down.
async function key(page, name, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.down(name);
    await frames(page);
    await page.keyboard.up(name);
    await frames(page);
  }
}

async function open(lesson) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}?lesson=${lesson}`);
  await page.waitForFunction(() => window.goroutineLab && window.goroutineLab.state().lesson,
    null, { timeout: kTimeoutMs });
  // Focus the canvas the way a learner does: one click, on the code panel, where a click
  // changes nothing.
  await page.mouse.click(300, 500);
  return page;
}

test('Space runs; arrows, Home and End walk through the recorded run', async () => {
  const page = await open('waitgroup');
  await key(page, ' ');
  const ended = await until(page, 'the run ends', (s) => s.status === 'finished');
  assert.equal(ended.live, true);
  assert.equal(ended.step, ended.events);

  await key(page, 'ArrowLeft', 3);
  let s = await until(page, 'three steps back', (s) => s.step === ended.events - 3);
  assert.equal(s.live, false);
  assert.equal(s.paused, true);
  assert.equal(s.status, 'running', 'before the end event the program still runs');

  await key(page, 'Home');
  s = await until(page, 'Home shows the first event', (s) => s.step === 1);
  assert.equal(s.goroutines.length, 1, 'only main exists at the first event');
  assert.equal(s.output, '');
  assert.ok(s.clock_ms < 5, `main is created at the start, not at ${s.clock_ms} ms`);

  await key(page, 'ArrowRight', 2);
  s = await until(page, 'two steps on', (s) => s.step === 3);

  // Halfway through the run, the replayed state matches what the run went through.
  await key(page, 'End');
  s = await until(page, 'End follows the run again', (s) => s.live);
  assert.equal(s.status, 'finished');
  assert.equal(s.output, ended.output);
  await page.screenshot({ path: join(artifacts, 'controls-after-steps.png') });
  await page.close();
});

test('stepping back from the end shows the WaitGroup counting and output growing', async () => {
  const page = await open('waitgroup');
  await key(page, ' ');
  const ended = await until(page, 'the run ends', (s) => s.status === 'finished');
  const counts = [];
  const outputs = [];
  for (let i = 0; i < 8; i++) {
    await key(page, 'ArrowLeft');
    const s = await until(page, 'a step back', (s) => s.step === ended.events - 1 - i);
    counts.push(s.waitgroups[0]?.count ?? 0);
    outputs.push(s.output.length);
  }
  // Going back in time, the output never grows and the counter never drops below 0.
  for (let i = 1; i < outputs.length; i++) {
    assert.ok(outputs[i] <= outputs[i - 1], `output grew going back: ${outputs}`);
  }
  assert.ok(counts.every((c) => c >= 0), `counts ${counts}`);
  assert.ok(outputs[outputs.length - 1] < ended.output.length, 'the last lines were taken back');
  await page.close();
});

test('Space pauses and resumes a threaded run; the clock holds while paused', async () => {
  const page = await open('sequential');
  await key(page, ' ');
  await until(page, 'the run goes', (s) => s.status === 'running' && s.clock_ms > 200);
  await key(page, ' ');
  const held = await until(page, 'paused', (s) => s.paused);
  await page.waitForTimeout(600);
  const later = await state(page);
  assert.equal(later.status, 'running');
  assert.ok(Math.abs(later.clock_ms - held.clock_ms) < 50,
    `the clock moved while paused: ${held.clock_ms} -> ${later.clock_ms}`);
  await key(page, ' ');
  await until(page, 'resumed', (s) => !s.paused && s.clock_ms > later.clock_ms + 100);
  await key(page, 'r');
  await until(page, 'R resets', (s) => s.status === 'idle');
  await page.close();
});

test('Right arrow from idle starts the run held at its first event; ? toggles the help', async () => {
  const page = await open('go-no-wait');
  await key(page, 'ArrowRight');
  const s = await until(page, 'a held run', (s) => s.status === 'running' && s.paused);
  assert.ok(s.events >= 1);
  await key(page, '?');
  await until(page, 'help opens', (s) => s.help);
  await page.screenshot({ path: join(artifacts, 'controls-help.png') });
  await key(page, '?');
  await until(page, 'help closes', (s) => !s.help);
  await page.close();
});
