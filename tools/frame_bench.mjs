// frame_bench.mjs: runs the ten-thousand-goroutine lesson in headless Chromium, then zooms
// and pans its timeline, and prints for each stretch the page's own p95 frame time
// (frame_ms_p95) and the CPU time the page's main thread spent per drawn frame, from /proc.
// (web/bench.html does the same in any browser, reporting the page's figures only.)
// Run: node tools/frame_bench.mjs   (needs tests/browser/node_modules, see build.sh)
// GOLAB_WEB_DIR=<dir> measures another build of the site (default: build/web), ZOOM_STEPS=<n>
// the number of wheel steps (default 125).
// A benchmark, not a test: the figures depend on the machine and on what else it runs.
//
// NOTE: the page measures a frame with the wall clock (performance.now), which on a busy
// machine counts the time other processes held the core. The renderer's main thread's own
// CPU time (utime + stime in /proc/<pid>/task/<pid>/stat) divided by the frames it drew in
// the same stretch does not: it is an average, not a percentile, but it is this page's cost.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const kTicksPerSecond = 100; // USER_HZ on Linux

// Returns [{pid, ppid, cmdline}] of every process /proc shows.
function processes() {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

// Returns the pids of the renderer processes this script's browser started.
function renderers() {
  const all = processes();
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (ours.has(p.ppid) && !ours.has(p.pid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => ours.has(p.pid) && p.cmdline.includes('--type=renderer'))
    .map((p) => p.pid);
}

// Returns the CPU seconds the main thread of process pid has used.
function mainThreadCpu(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / kTicksPerSecond; // utime, stime
  } catch {
    return 0;
  }
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
  page.on('crash', () => console.error('bench: the page crashed'));
  page.on('console', (m) => m.type() === 'error' && console.error(`page: ${m.text()}`));
  await page.goto(`${url}index.html?lesson=many`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: 120_000 });
  const state = () => page.evaluate(() => window.goroutineLab.state());
  const twoFrames = () => page.evaluate(() => new Promise(
    (resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  // Returns { cpu, frames } now; cpu: the busiest renderer's main thread, summed later.
  const cpuNow = () => new Map(renderers().map((pid) => [pid, mainThreadCpu(pid)]));
  const spentSince = (before, after) => {
    let spent = 0;
    for (const [pid, seconds] of after) {
      spent = Math.max(spent, seconds - (before.get(pid) ?? seconds));
    }
    return spent;
  };

  // 1. While the ten thousand goroutines run (about two seconds of program time).
  await twoFrames();
  let cpu0 = cpuNow();
  let frames0 = (await state()).frames;
  await page.evaluate(() => window.goroutineLab.run());
  let s = await state();
  let polls = 1;
  while (s.status === 'running' || s.status === 'idle') {
    await new Promise((r) => setTimeout(r, 250));
    s = await state();
    polls++;
  }
  const running = { cpu: spentSince(cpu0, cpuNow()), frames: s.frames - frames0,
    p95: s.frame_ms_p95, goroutines: s.goroutines.length };

  // NOTE: state() writes ten thousand goroutines as JSON on the same thread: what the polls
  // above cost is measured on the idle page and taken out of the running figure.
  const kStateCalls = 10;
  cpu0 = cpuNow();
  await page.evaluate((n) => {
    for (let i = 0; i < n; i++) {
      window.goroutineLab.state();
    }
  }, kStateCalls);
  const stateCost = spentSince(cpu0, cpuNow()) / kStateCalls;
  running.cpu = Math.max(running.cpu - polls * stateCost, 0);

  // 2. Then the ended run's timeline, zoomed and panned with the wheel over its lanes, one
  // step per frame. NOTE: the page's p95 covers its last 120 frames; fewer steps (a slow
  // machine) leave frames of the run in it, which the CPU figure does not mix in.
  const steps = Number(process.env.ZOOM_STEPS || 125);
  const [x, y, w, h] = s.controls.timeline;
  cpu0 = cpuNow();
  frames0 = s.frames;
  for (let i = 0; i < steps; i++) {
    await page.mouse.move(x + w * (0.2 + 0.004 * i), y + h / 2);
    await page.mouse.wheel(0, i % 40 < 20 ? -100 : 100);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  s = await state();
  const zooming = { cpu: spentSince(cpu0, cpuNow()), frames: s.frames - frames0,
    p95: s.frame_ms_p95 };

  const perFrame = (p) => (p.frames > 0 ? Number((p.cpu * 1000 / p.frames).toFixed(2)) : null);
  console.log(JSON.stringify({
    goroutines: running.goroutines,
    p95_frame_ms_running: running.p95,
    p95_frame_ms_zooming: zooming.p95,
    main_thread_cpu_ms_per_frame_running: perFrame(running),
    main_thread_cpu_ms_per_frame_zooming: perFrame(zooming),
    frames_running: running.frames,
    frames_zooming: zooming.frames,
    zoom_steps: steps,
    state_call_cpu_ms: Number((stateCost * 1000).toFixed(1)),
    target_ms: 8,
    load_average: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  }));
} finally {
  await browser.close();
  server.kill();
}
