// frame_bench.mjs: runs the ten-thousand-goroutine lesson in headless Chromium, RUNS times,
// then zooms and pans its timeline, and prints for each stretch the CPU time of the page's
// frames: p50, p95 and the most, over every frame drawn; for the runs, also the slowest of
// each run's first and of its last six frames (the bursts of starts, and of ends).
// (web/bench.html does the same in any browser, reporting the page's figures only.)
// Run: node tools/frame_bench.mjs   (needs tests/browser/node_modules, see build.sh)
// GOLAB_WEB_DIR=<dir> measures another build of the site (default: build/web), RUNS=<n> the
// number of runs (default 5), SPEED=<x> the run's speed (default 1), ZOOM_STEPS=<n> the
// number of wheel steps (default 200); TRACE_DIR=<dir> keeps the running stretch's trace there
// (running.json, for chrome://tracing or Perfetto).
// A benchmark, not a test: the figures depend on the machine and on what else it runs.
//
// NOTE: a frame is one requestAnimationFrame callback of the page (the emscripten main loop:
// events, views, drawing) that drew (the page marks those when window.golabMarkFrames is set;
// an idle callback returns at once), and its CPU time is the thread time Chromium's trace
// records for it (tdur of FireAnimationFrame): time other processes held the core is not in
// it, as it is in the wall clock the page's own frame_ms_p95 uses. Everything else the main
// thread did in the stretch (tasks between frames, the state object polled by this script)
// is reported apart, as an average per frame drawn.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');

const runs = Number(process.env.RUNS || 5);
const speed = Number(process.env.SPEED || 1);
const steps = Number(process.env.ZOOM_STEPS || 200);
const kCategories = ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline'];
// How many frames at each end of a run count as its first and its last (see frameFigures).
const kEdgeFrames = 6;

// Returns p (0-1) of the sorted numbers, nearest rank.
function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
    : null;
}

const ms = (x) => (x === null ? null : Number(x.toFixed(2)));

// Returns the figures of one trace: the frames of the renderer's main thread that drew the
// most of them, between the marks `${name}-start` and `${name}-end`.
function frameFigures(trace, name) {
  const events = JSON.parse(trace).traceEvents;
  const mark = (which) => events.find((e) => e.name === 'TimeStamp' &&
    e.args?.data?.message === `${name}-${which}`);
  const start = mark('start');
  const end = mark('end');
  if (!start || !end) {
    throw new Error(`bench: the trace has no marks for ${name}`);
  }
  const within = (e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' &&
    e.ts >= start.ts && e.ts + (e.dur || 0) <= end.ts;
  const drawn = events.filter((e) => e.pid === start.pid && e.tid === start.tid &&
    e.name === 'TimeStamp' && e.args?.data?.message === 'golab-frame').map((e) => e.ts);
  const frames = events.filter((e) => within(e) && e.name === 'FireAnimationFrame' &&
    drawn.some((ts) => ts >= e.ts && ts <= e.ts + e.dur));
  const callbacks = events.filter((e) => within(e) && e.name === 'FireAnimationFrame').length;
  if (frames.length > 0 && frames.some((e) => e.tdur === undefined)) {
    throw new Error('bench: the trace records no thread time (tdur) for frames');
  }
  const cpu = frames.map((e) => e.tdur / 1000).sort((a, b) => a - b);
  // Each run's window: from its `run` mark to the next (or the stretch's end). Its first and
  // last frames are where the bursts are taken in: the 10,000 starts, and the ends with the
  // program's end.
  const runMarks = events.filter((e) => e.name === 'TimeStamp' &&
    e.args?.data?.message === `${name}-run`).map((e) => e.ts).sort((a, b) => a - b);
  const edges = (which) => {
    const worst = [];
    runMarks.forEach((t0, k) => {
      const t1 = runMarks[k + 1] ?? end.ts;
      const own = frames.filter((e) => e.ts >= t0 && e.ts < t1).sort((a, b) => a.ts - b.ts);
      const picked = which === 'first' ? own.slice(0, kEdgeFrames) : own.slice(-kEdgeFrames);
      worst.push(ms(Math.max(0, ...picked.map((e) => e.tdur / 1000))));
    });
    return worst;
  };
  const wall = frames.map((e) => e.dur / 1000).sort((a, b) => a - b);
  // Top-level tasks of the main thread: what it did in all, frames included.
  const tasks = events.filter((e) => within(e) && e.name === 'RunTask' && e.tdur !== undefined);
  const taskCpu = tasks.reduce((sum, e) => sum + e.tdur / 1000, 0);
  return {
    frames: frames.length,
    callbacks,
    cpu_ms_p50: ms(percentile(cpu, 0.5)),
    cpu_ms_p95: ms(percentile(cpu, 0.95)),
    cpu_ms_max: ms(cpu.length ? cpu[cpu.length - 1] : null),
    // Per run, the slowest of its first and of its last kEdgeFrames frames (runs only).
    ...(runMarks.length ? { first_frames_cpu_ms_max: edges('first') } : {}),
    ...(runMarks.length ? { last_frames_cpu_ms_max: edges('last') } : {}),
    wall_ms_p95: ms(percentile(wall, 0.95)),
    main_thread_cpu_ms_per_frame: frames.length ? ms(taskCpu / frames.length) : null,
  };
}

const server = spawn('/usr/bin/python3',
  [join(root, 'tools/serve.py'), '0', '--dir', process.env.GOLAB_WEB_DIR || join(root, 'build/web'),
    '--quiet'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = text.match(/serve: (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (match) {
      resolve(match[1]);
    }
  });
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => { globalThis.golabMarkFrames = true; });
  page.on('crash', () => console.error('bench: the page crashed'));
  page.on('console', (m) => m.type() === 'error' && console.error(`page: ${m.text()}`));
  await page.goto(`${url}index.html?lesson=many`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: 120_000 });
  const state = () => page.evaluate(() => window.goroutineLab.state());
  const mark = (name) => page.evaluate((n) => console.timeStamp(n), name);
  if (speed !== 1) {
    await page.evaluate((x) => window.goroutineLab.configure({ speed: x }), speed);
  }
  await page.evaluate(() => new Promise(
    (resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  // 1. While the ten thousand goroutines run (about two seconds of program time), RUNS
  // times: each run's frames, all in one trace.
  await browser.startTracing(page, { categories: kCategories });
  await mark('running-start');
  let s;
  for (let run = 0; run < runs; run++) {
    await mark('running-run');
    await page.evaluate(() => window.goroutineLab.run());
    do {
      await new Promise((r) => setTimeout(r, 500));
      s = await state();
    } while (s.status === 'running' || s.status === 'idle');
  }
  await mark('running-end');
  const runningTrace = (await browser.stopTracing()).toString();
  if (process.env.TRACE_DIR) {
    writeFileSync(join(process.env.TRACE_DIR, 'running.json'), runningTrace);
  }
  const running = frameFigures(runningTrace, 'running');
  running.p95_frame_ms_page = s.frame_ms_p95;
  const goroutines = s.goroutine_count;

  // 2. Then the ended run's timeline, zoomed and panned with the wheel over its lanes, one
  // step per frame.
  const [x, y, w, h] = s.controls.timeline;
  await browser.startTracing(page, { categories: kCategories });
  await mark('zooming-start');
  for (let i = 0; i < steps; i++) {
    await page.mouse.move(x + w * (0.2 + 0.6 * ((i % 100) / 100)), y + h / 2);
    await page.mouse.wheel(0, i % 40 < 20 ? -100 : 100);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await mark('zooming-end');
  const zooming = frameFigures((await browser.stopTracing()).toString(), 'zooming');
  zooming.p95_frame_ms_page = (await state()).frame_ms_p95;

  console.log(JSON.stringify({
    goroutines,
    runs,
    speed,
    zoom_steps: steps,
    running,
    zooming,
    target_ms: 8,
    load_average: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  }, null, 1));
} finally {
  await browser.close();
  server.kill();
}
