// frame_work.test.mjs: what the page's main thread does in the frames of a run. WebGL calls
// that return a value (getProgramParameter, getUniformLocation, ...) wait for the GPU process
// to catch up with every frame queued before; with a software GPU on a busy machine that
// took most of a frame's CPU in the ten-thousand-goroutine lesson's run. The overview's
// shaders are built and asked about before the run, on the idle page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kTimeoutMs, serveForTests, state, until } from './harness.mjs';

const lab = serveForTests();

// Counts the calls of WebGL's query functions, installed before the page's scripts run.
function countQueries() {
  window.golabGlQueries = 0;
  for (const name of ['getProgramParameter', 'getShaderParameter', 'getUniformLocation']) {
    const original = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      window.golabGlQueries++;
      return original.apply(this, args);
    };
  }
}

test('a run of ten thousand goroutines asks WebGL nothing that waits for the GPU process',
  async () => {
    const page = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(countQueries);
    await page.goto(`${lab.server.url}?lesson=many`);
    await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
      { timeout: kTimeoutMs });

    // The idle page draws until it has built the shaders, then stops: a second without a
    // frame says it is done.
    let last = -1;
    for (let i = 0; ; i++) {
      const drawn = await page.evaluate(() => window.goroutineLab.state().frames);
      if (drawn === last) {
        break;
      }
      assert.ok(i < 60, 'the idle page never stopped drawing');
      last = drawn;
      await page.waitForTimeout(1000);
    }
    const before = await page.evaluate(() => window.golabGlQueries);

    await page.evaluate(() => window.goroutineLab.run());
    const end = await until(page, 'the run ends', (s) => s.status === 'finished');
    assert.equal(end.goroutine_count, 10001);
    assert.ok(end.controls.overview, 'the overview of the lanes is drawn');
    const during = await page.evaluate(() => window.golabGlQueries) - before;
    assert.equal(during, 0, `${during} WebGL queries in the run's frames`);
    await page.close();
  });

// Times n calls of the state object in the page; resolves to { total, worst } in ms and the
// size of the last one as JSON text.
const timeStateCalls = (page, n) => page.evaluate((calls) => {
  let total = 0;
  let worst = 0;
  let text = '';
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    const s = window.goroutineLab.state();
    const took = performance.now() - t0;
    total += took;
    worst = Math.max(worst, took);
    if (i === calls - 1) {
      text = JSON.stringify(s);
    }
  }
  return { total, worst, bytes: text.length };
}, n);

// Host pages and tests poll the state object. With every goroutine written out it was 660 KB
// of JSON for the lesson of ten thousand, 15-100 ms a call at a load of 8 (hundreds at 20);
// now it lists the first hundred and counts the rest, well under a millisecond when idle.
test('the state object stays small and quick with ten thousand goroutines', async () => {
  const page = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${lab.server.url}?lesson=many`);
  await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
    { timeout: kTimeoutMs });
  await page.evaluate(() => window.goroutineLab.run());
  await until(page, 'the goroutines are made', (s) => s.goroutine_count === 10001);
  const running = await timeStateCalls(page, 20);
  const end = await until(page, 'the run ends', (s) => s.status === 'finished');
  const ended = await timeStateCalls(page, 20);

  assert.equal(end.goroutines.length, 100, 'the first hundred goroutines are listed');
  assert.deepEqual(end.goroutines.map((g) => g.id), [...Array(100).keys()].map((i) => i + 1));
  assert.deepEqual(end.goroutine_states,
    { runnable: 0, running: 0, sleeping: 0, waiting: 0, done: 10001, lost: 0 });
  for (const [when, t] of [['running', running], ['ended', ended]]) {
    assert.ok(t.bytes < 50_000, `${when}: the state object is ${t.bytes} bytes of JSON`);
    // NOTE: 20 calls in 400 ms, 20 ms a call: at a load average of 20 on two cores a call
    // that takes 1 ms idle can take ten times that; the old list took 15-100 ms at a load of 8.
    assert.ok(t.total < 400, `${when}: 20 calls took ${t.total.toFixed(1)} ms ` +
      `(the slowest ${t.worst.toFixed(1)} ms)`);
  }
  await page.close();
});

// While the ten thousand goroutines ran, the page drew 2-3 frames a second on an idle
// two-core machine, where a trivial WebGL page of the same size draws 40-60: the overview's
// 40,000 instanced quads, hundreds stacked on each pixel, kept the software GPU (SwiftShader)
// busy for 500 ms a frame. Frames drawn in four seconds of a slowed-down run, with no polls
// meanwhile, at a load average of 14-16: 7 before, 37-40 now.
test('the page draws many frames a second while ten thousand goroutines run', async () => {
  const page = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${lab.server.url}?lesson=many`);
  await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
    { timeout: kTimeoutMs });
  // A quarter of the speed: the two seconds of program time take eight.
  await page.evaluate(() => window.goroutineLab.configure({ speed: 0.25 }));
  await page.evaluate(() => window.goroutineLab.run());
  await until(page, 'the run starts', (s) => s.status === 'running' && s.goroutine_count > 1000);

  const counted = await page.evaluate(() => new Promise((resolve) => {
    const first = window.goroutineLab.state().frames;
    setTimeout(() => {
      const s = window.goroutineLab.state();
      resolve({ drawn: s.frames - first, status: s.status, count: s.goroutine_count });
    }, 4000);
  }));
  assert.equal(counted.status, 'running', 'the run went on while the frames were counted');
  assert.equal(counted.count, 10001);
  assert.ok(counted.drawn >= 20, `${counted.drawn} frames drawn in 4 s of the run`);
  await page.close();
});

// Runs source in a page of its own; resolves to the page and the state once it has finished.
async function runToEnd(source) {
  const page = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${lab.server.url}?lesson=sequential`);
  await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
    { timeout: kTimeoutMs });
  await page.evaluate((text) => window.goroutineLab.load(text), source);
  await page.evaluate(() => window.goroutineLab.run());
  const end = await until(page, 'the run ends', (s) => s.status === 'finished');
  return { page, end };
}

// A program that prints two megabytes: every call of the state object wrote all of it as JSON
// and the page parsed it back. Now the object holds the last 16 KB and says how much it left
// out.
test('the state object holds the end of a long output and counts the rest', async () => {
  const kLines = 40000;
  const source = 'package main\n\nimport "fmt"\n\nfunc main() {\n' +
    `\tfor i := 0; i < ${kLines}; i++ {\n` +
    '\t\tfmt.Printf("line %d: the quick brown fox jumps over the lazy dog\\n", i)\n' +
    '\t}\n}\n';
  let printed = 0;
  for (let i = 0; i < kLines; i++) {
    printed += `line ${i}: the quick brown fox jumps over the lazy dog\n`.length;
  }
  const { page, end } = await runToEnd(source);
  const last = `line ${kLines - 1}: the quick brown fox jumps over the lazy dog\n`;
  assert.ok(end.output.endsWith(last), `the output ends ${JSON.stringify(end.output.slice(-80))}`);
  assert.equal(end.output.length, 16 * 1024);
  assert.equal(end.output_omitted, printed - end.output.length);
  const timed = await timeStateCalls(page, 20);
  assert.ok(timed.bytes < 50_000, `the state object is ${timed.bytes} characters of JSON`);
  await page.close();
});

// A fresh user's 10 MB printer: the console stopped following its output part of the way down
// (an exact float comparison, 1.5 million pixels down), and its last scroll waited for a frame
// that an idle page never drew, so the last line never showed.
test('the console shows the last of 100,000 lines once the run ends', async () => {
  const source = 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n' +
    '\tline := strings.Repeat("x", 99)\n\tfor i := 0; i < 100000; i++ {\n' +
    '\t\tfmt.Println(line)\n\t}\n\tfmt.Println("END")\n}\n';
  const { page, end } = await runToEnd(source);
  assert.ok(end.output.endsWith('END\n'));
  await page.waitForTimeout(3_000);
  assert.equal((await state(page)).console_at_end, true, 'the console shows its last line');
  await page.close();
});
