// page.test.mjs: end-to-end tests of the page in Debian's Chromium, headless, via Playwright.
//
// Serves build/web with tools/serve.py on a free 127.0.0.1 port, opens the lessons and checks
// window.goroutineLab.state() against what the lessons must show. The delays the programs
// sleep come from Go itself (math/rand is seeded with 1 in Go 1.19), never from guesses.
// Run: node --test tests/browser/   (build.sh test does, after building)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { goDelays } from './go_oracle.mjs';
import { decodePng } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDir = join(root, 'build/web');
const artifacts = join(root, 'build/artifacts');

// Everything a lesson may take, including start-up of the wasm and its workers.
const kRunTimeoutMs = 60_000;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

// Starts tools/serve.py on a free port; resolves to { url, stop }.
function startServer(extraArgs = []) {
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

// Returns Go's compile errors for source, as `go build` prints them for prog.go but without
// the "# command-line-arguments" header and the "./" before the file name.
function goCompileErrors(source) {
  const dir = mkdtempSync(join(tmpdir(), 'golab-oracle-'));
  try {
    writeFileSync(join(dir, 'prog.go'), source);
    execFileSync('/usr/bin/go', ['build', '-o', join(dir, 'prog'), 'prog.go'],
      { cwd: dir, env: { ...process.env, GO111MODULE: 'off' }, stdio: 'pipe' });
    return [];
  } catch (error) {
    return String(error.stderr).split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.replace(/^\.\//, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The lesson's delay expression must be the one the oracle reproduces.
function assertLessonSleepsLikeOracle(lesson) {
  const source = readFileSync(join(root, 'src/lessons', `${lesson}.go`), 'utf8');
  assert.match(source, /rand\.Float32\(\) \* 2000/,
    `${lesson}.go no longer sleeps rand.Float32() * 2000 ms: update goDelays()`);
}

// Parses a Go Duration as String() prints it ("1.881202669s", "523.1ms", "10.7µs") into ms.
function parseGoDuration(text) {
  const units = { h: 3600e3, m: 60e3, s: 1e3, ms: 1, 'µs': 1e-3, 'μs': 1e-3, us: 1e-3, ns: 1e-6 };
  let total = 0;
  const re = /([0-9.]+)(h|ms|m|s|µs|μs|us|ns)/gy;
  let match;
  let end = 0;
  while ((match = re.exec(text)) !== null) {
    total += Number(match[1]) * units[match[2]];
    end = re.lastIndex;
  }
  assert.ok(end === text.length && end > 0, `not a Go duration: ${JSON.stringify(text)}`);
  return total;
}

function totalLine(output) {
  const match = output.match(/Total execution time: (\S+)/);
  assert.ok(match, `no total line in the output:\n${output}`);
  return { line: match[0], ms: parseGoDuration(match[1]) };
}

function resultLines(output) {
  return output.split('\n').filter((line) => /id\d/.test(line));
}

const dbCalls = (state) => state.goroutines.filter((g) => g.fn.includes('dbCall'));

// Polls state() inside the page every 5 ms until the status is none of `pending`; returns
// the final state and every sample taken on the way. With `run`, calls run() first. A status
// other than "running" that lasts 10 s means the run never started.
async function pollRun(page, { run = false, pending = ['idle', 'running'] } = {}) {
  return page.evaluate(({ run, pending, timeoutMs }) => new Promise((resolve, reject) => {
    if (run) {
      window.goroutineLab.run();
    }
    const samples = [];
    const started = performance.now();
    const timer = setInterval(() => {
      const state = window.goroutineLab.state();
      samples.push(state);
      const waited = performance.now() - started;
      if (!pending.includes(state.status)) {
        clearInterval(timer);
        resolve({ final: state, samples });
      } else if (state.status !== 'running' && waited > 10_000) {
        clearInterval(timer);
        reject(new Error(`the run never started: still ${state.status} after 10 s`));
      } else if (waited > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`still ${state.status} after ${timeoutMs} ms`));
      }
    }, 5);
  }), { run, pending, timeoutMs: kRunTimeoutMs });
}

// Opens the page at url (which should hold run=1) and waits for the run to end.
async function runLesson(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: kRunTimeoutMs });
  return pollRun(page);
}

// Counts the distinct colours of a PNG.
function distinctColours(png) {
  const { data } = decodePng(png);
  const colours = new Set();
  for (let i = 0; i < data.length; i += 4) {
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  }
  return colours.size;
}

// ---------------------------------------------------------------------------------------------
// Fixtures: one browser, one isolated server, one server without the headers
// ---------------------------------------------------------------------------------------------

let browser;
let isolated;
let plain;
const consoleLines = [];

before(async () => {
  isolated = await startServer();
  plain = await startServer(['--no-isolation']);
  // launch() gives every run a fresh, temporary user-data-dir.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  isolated?.stop();
  plain?.stop();
});

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  return page;
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

test('waitgroup: results in order of their delays, total = longest delay', async () => {
  assertLessonSleepsLikeOracle('waitgroup');
  const delays = goDelays(5).sort((a, b) => a - b);
  const page = await newPage();
  const { final, samples } = await runLesson(page, `${isolated.url}?lesson=waitgroup&run=1`);

  assert.equal(final.status, 'finished', `status; output:\n${final.output}`);
  assert.equal(final.lesson, 'waitgroup');
  assert.equal(final.isolated, true);
  assert.ok(final.procs >= 2, `procs = ${final.procs}`);

  // Five result lines, then the total, which is the longest delay.
  const lines = resultLines(final.output);
  assert.equal(lines.length, 5, final.output);
  const total = totalLine(final.output);
  assert.ok(final.output.indexOf(total.line) > final.output.indexOf(lines[4]), final.output);
  const longest = delays[4];
  assert.ok(total.ms >= longest && total.ms <= longest + 50,
    `total ${total.ms} ms, longest delay ${longest} ms`);

  // The k-th result line appears when the k-th shortest sleep ends. Line k was printed
  // between the last sample without it and the first sample with it; a slow frame on the
  // page's main thread widens that window but cannot move it, so check the window.
  for (let k = 1; k <= 5; k++) {
    const first = samples.findIndex((s) => resultLines(s.output).length >= k);
    const before = first > 0 ? samples[first - 1].clock_ms : 0;
    const after = samples[first].clock_ms;
    assert.ok(before <= delays[k - 1] + 100 && after >= delays[k - 1] - 5,
      `result ${k} appeared between ${before} and ${after} ms; its delay is ${delays[k - 1]} ms`);
  }

  // The counter went up to 5 while the calls slept and is 0 at the end.
  const counts = samples.flatMap((s) => s.waitgroups.map((w) => w.count));
  assert.ok(counts.includes(5), `WaitGroup counts seen: ${[...new Set(counts)]}`);
  assert.deepEqual(final.waitgroups.map((w) => w.count), [0]);

  // Every dbCall goroutine ran to the end.
  const calls = dbCalls(final);
  assert.equal(calls.length, 5, JSON.stringify(final.goroutines));
  for (const g of calls) {
    assert.equal(g.state, 'done', JSON.stringify(g));
  }

  // The canvas shows something: a blank or single-colour canvas has a handful of colours.
  await page.waitForTimeout(200); // one more frame with the final state
  mkdirSync(artifacts, { recursive: true });
  const png = await page.locator('#canvas').screenshot({ path: join(artifacts, 'waitgroup.png') });
  const colours = distinctColours(png);
  assert.ok(colours >= 50, `the canvas has only ${colours} distinct colours`);
  await page.close();
});

test('go-no-wait: main ends at once and every dbCall is lost', async () => {
  const page = await newPage();
  const { final } = await runLesson(page, `${isolated.url}?lesson=go-no-wait&run=1`);

  assert.equal(final.status, 'finished', `status; output:\n${final.output}`);
  assert.deepEqual(resultLines(final.output), [], final.output);
  const total = totalLine(final.output);
  assert.equal(final.output.trim(), total.line, final.output);
  assert.ok(total.ms < 50, `total ${total.ms} ms`);

  const calls = dbCalls(final);
  assert.equal(calls.length, 5, JSON.stringify(final.goroutines));
  for (const g of calls) {
    assert.equal(g.state, 'lost', JSON.stringify(g));
  }
  await page.close();
});

test('sequential: results in id order, total = sum of the delays', async () => {
  assertLessonSleepsLikeOracle('sequential');
  const sum = goDelays(5).reduce((a, b) => a + b, 0);
  const page = await newPage();
  const { final } = await runLesson(page, `${isolated.url}?lesson=sequential&run=1`);

  assert.equal(final.status, 'finished', `status; output:\n${final.output}`);
  const ids = resultLines(final.output).map((line) => line.match(/id(\d)/)[1]);
  assert.deepEqual(ids, ['1', '2', '3', '4', '5'], final.output);
  const total = totalLine(final.output);
  assert.ok(total.ms >= sum && total.ms <= sum * 1.05 + 50, `total ${total.ms} ms, sum ${sum} ms`);
  await page.close();
});

test("bad source shows Go's errors, and Run runs nothing but keeps it", async () => {
  const bad = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(total)\n\tx := 1\n}\n';
  const expected = goCompileErrors(bad);
  assert.ok(expected.length >= 2, `Go reported: ${expected}`);

  const page = await newPage();
  await page.goto(`${isolated.url}?lesson=waitgroup`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: kRunTimeoutMs });
  await page.evaluate((source) => window.goroutineLab.load(source), bad);
  // The errors come back with the next snapshot the workers publish, not within load().
  await page.waitForFunction(() => window.goroutineLab.state().status === 'compile-error',
    null, { timeout: 10_000 });
  const state = await page.evaluate(() => window.goroutineLab.state());
  assert.deepEqual(state.errors, expected);
  for (const line of expected) {
    assert.ok(state.output.includes(line), `console lacks ${line}:\n${state.output}`);
  }

  // Run runs nothing until the code compiles (as `go run`), and the learner's code stays: it
  // once started the lesson loaded before and put the lesson back on screen.
  await page.evaluate(() => window.goroutineLab.run());
  await page.waitForTimeout(1_000);
  const after = await page.evaluate(() => window.goroutineLab.state());
  assert.equal(after.status, 'compile-error', after.output);
  assert.equal(resultLines(after.output).length, 0, after.output);
  assert.equal(await page.evaluate(() => window.goroutineLab.source()), bad);
  await page.close();
});

test('?threads=0 runs the single-thread build, says so in a banner, and keeps the lesson',
  async () => {
    const delays = goDelays(5).sort((a, b) => a - b);
    const page = await newPage();
    const { final } = await runLesson(page, `${plain.url}?lesson=waitgroup&threads=0&run=1`);
    assert.equal(await page.evaluate(() => window.goroutineLab.threads), false);
    assert.match(await page.locator('#banner').innerText(),
      /^Simulating 4 cores on one thread, because the address asks for it/);
    // The banner takes its line from the canvas: the picture is drawn for the smaller box,
    // not squeezed into it.
    const box = await page.locator('#canvas').boundingBox();
    await page.waitForFunction((h) => document.getElementById('canvas').height ===
      Math.round(h * devicePixelRatio), box.height, { timeout: 5_000 }).catch(() => {});
    const backing = await page.evaluate(() => document.getElementById('canvas').height);
    assert.equal(backing, Math.round(box.height),
      `backing store ${backing} px high for a ${box.height} px box`);
    assert.equal(final.status, 'finished', final.output);
    assert.equal(resultLines(final.output).length, 5, final.output);
    const total = totalLine(final.output);
    assert.ok(total.ms >= delays[4] && total.ms <= delays[4] + 50,
      `total ${total.ms} ms, longest delay ${delays[4]} ms`);
    await page.close();
  });

test('an unknown ?lesson= falls back to the first lesson with a visible note', async () => {
  const page = await newPage();
  await page.goto(`${isolated.url}?lesson=nope`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: kRunTimeoutMs });
  const state = await page.evaluate(() => window.goroutineLab.state());
  assert.equal(state.lesson, 'sequential');
  const note = page.locator('#lesson-note');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.innerText(), /nope/);
  await page.close();
});

after(() => {
  // Keep what the pages said: the first place to look when a test above failed.
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'browser-console.log'), consoleLines.join('\n') + '\n');
});
