// hosting.test.mjs: the deployed site (build/dist) on the hosts and in the frames teachers use.
//
// Every server is started here on 127.0.0.1 (static_server.mjs): a plain host without
// headers (our service worker isolates the page, then it works offline), course pages that
// embed the page in an iframe, isolated or not (the threaded build or the single-thread one,
// with its banner), the postMessage API, the embedded view's "Open in full page", permalinks
// (a round trip and hostile links), browsers without WebGL2, WebAssembly or service workers,
// and a download that fails. Needs ./build.sh dist first (build.sh test runs it).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { goDelays } from './go_oracle.mjs';
import { startServer } from './harness.mjs';
import { startStaticServer } from './static_server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = join(root, 'build/dist');
const artifacts = join(root, 'build/artifacts');
const kTimeoutMs = 60_000;

const lessonIds = readdirSync(join(root, 'src/lessons'))
  .filter((name) => name.endsWith('.go')).map((name) => name.slice(0, -3)).sort();

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

// The ids the waitgroup lesson prints, in the order of their delays.
function waitgroupOrder(output) {
  return output.split('\n').filter((line) => /id\d/.test(line)).map((l) => l.match(/id\d/)[0]);
}

function totalMs(output) {
  const match = output.match(/Total execution time: ([0-9.]+)(ms|s)/);
  assert.ok(match, `no total in:\n${output}`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

// A page of a course site that embeds the lab. Its own script records what the frame says.
function coursePage(frameUrl, { allow = '', tall = false } = {}) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Course</title></head>
<body style="margin:0">
<h1 id="top">Week 3: goroutines</h1>
<iframe id="lab" src="${frameUrl}" width="900" height="520" ${allow} title="lab"></iframe>
${tall ? '<div style="height:3000px">more course text</div>' : ''}
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.source === 'goroutine-lab') window.received.push(event.data);
  });
</script>
</body></html>`;
}

// Returns the lab's frame in a course page, once it is there.
async function labFrame(page) {
  await page.waitForFunction(() => document.getElementById('lab')?.contentWindow, null,
    { timeout: kTimeoutMs });
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('embed.html'));
    if (frame) {
      return frame;
    }
    await page.waitForTimeout(50);
  }
}

// Waits for window.goroutineLab in a page or frame; returns its state.
async function ready(target) {
  await target.waitForFunction(() => window.goroutineLab, null, { timeout: kTimeoutMs });
  return target.evaluate(() => window.goroutineLab.state());
}

// Runs what is loaded and resolves to the final state.
async function runToEnd(target) {
  return target.evaluate((timeoutMs) => new Promise((resolve, reject) => {
    window.goroutineLab.run();
    const started = performance.now();
    const timer = setInterval(() => {
      const state = window.goroutineLab.state();
      if (!['idle', 'running'].includes(state.status)) {
        clearInterval(timer);
        resolve(state);
      } else if (performance.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`still ${state.status}`));
      }
    }, 10);
  }), kTimeoutMs);
}

let browser;
const servers = [];
const consoleLines = [];

async function serve(dir, options) {
  const server = await startStaticServer(dir, options);
  servers.push(server);
  return server;
}

async function newPage(contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
    ...contextOptions });
  const page = await context.newPage();
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  return page;
}

async function shot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, name) });
}

before(async () => {
  assert.ok(existsSync(join(distDir, 'index.html')), 'build/dist is missing: ./build.sh dist');
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
  for (const server of servers) {
    await server.stop();
  }
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'hosting-console.log'), consoleLines.join('\n') + '\n');
});

// ---------------------------------------------------------------------------------------------
// Hosts
// ---------------------------------------------------------------------------------------------

test('a plain static host: one reload under our service worker isolates the page; then offline',
  async () => {
    const host = await serve(distDir);
    const page = await newPage();
    let navigations = 0;
    page.on('framenavigated', (frame) => { navigations += frame === page.mainFrame() ? 1 : 0; });
    await page.goto(`${host.url}?lesson=waitgroup`);
    const state = await ready(page);
    assert.equal(navigations, 2, 'the page loaded once, then reloaded once');
    assert.equal(state.isolated, true);
    assert.equal(await page.evaluate(() => window.goroutineLab.threads), true);
    assert.equal(await page.locator('#banner').count(), 0);
    const first = await runToEnd(page);
    assert.equal(first.status, 'finished', first.output);
    assert.deepEqual(waitgroupOrder(first.output).length, 5);

    // A second visit needs no reload: the worker already controls the page.
    navigations = 0;
    await page.goto(`${host.url}?lesson=sequential`);
    await ready(page);
    assert.equal(navigations, 1);

    // The host goes away: the page still starts and runs, from the worker's cache.
    await host.stop();
    servers.splice(servers.indexOf(host), 1);
    await page.reload();
    const offline = await ready(page);
    assert.equal(offline.lesson, 'sequential');
    assert.equal(await page.evaluate(() => window.goroutineLab.threads), true);
    await page.evaluate(() => window.goroutineLab.load('waitgroup'));
    const again = await runToEnd(page);
    assert.equal(again.status, 'finished', again.output);
    await shot(page, 'hosting-offline.png');
    await page.context().close();
  });

test('a new deploy replaces the cached version as a whole, offline too', async () => {
  // The second deploy is the same site with a marker in its pages: another version, other
  // hashed names for the script that the pages name. (Not the title: SDL sets that.)
  const web = mkdtempSync(join(tmpdir(), 'golab-web-'));
  const second = mkdtempSync(join(tmpdir(), 'golab-deploy-'));
  try {
    execFileSync('cp', ['-r', `${join(root, 'build/web')}/.`, web]);
    for (const name of ['index.html', 'embed.html']) {
      execFileSync('sed', ['-i', 's|<meta charset="utf-8">|&<meta name="deploy" content="2">|',
        join(web, name)]);
    }
    execFileSync('sed', ['-i', '1s|^// main.js:|// main.js (v2):|', join(web, 'main.js')]);
    execFileSync('/usr/bin/python3', [join(root, 'tools/dist.py'), '--web', web,
      '--out', second], { stdio: 'ignore' });

    const host = await serve(distDir);
    const page = await newPage();
    await page.goto(host.url);
    await ready(page);
    const v1 = await page.evaluate(() => caches.keys());
    assert.equal(v1.length, 1, String(v1));

    host.setDir(second);
    await page.goto(host.url);
    await ready(page);
    const deploy = () => page.evaluate(() =>
      document.querySelector('meta[name=deploy]')?.content ?? '1');
    assert.equal(await deploy(), '2');
    // The new worker takes over and drops the old version's cache. (Polled from here: a
    // waitForFunction predicate that returns a promise counts as true at once, which once let
    // this test go offline while the old worker still served the page.)
    const cacheNames = () => page.evaluate(() => caches.keys());
    for (const started = Date.now(); ; await page.waitForTimeout(200)) {
      const names = await cacheNames();
      if (names.length === 1 && names[0] !== v1[0]) {
        break;
      }
      assert.ok(Date.now() - started < 30_000, `the old version's cache stayed: ${names}`);
    }

    await host.stop();
    servers.splice(servers.indexOf(host), 1);
    await page.reload();
    await ready(page);
    assert.equal(await deploy(), '2');
    const script = await page.evaluate(() =>
      document.querySelector('script[type=module]').src.split('/').pop());
    const secondMain = readdirSync(second).find((n) => /^main\.[0-9a-f]+\.js$/.test(n));
    assert.equal(script, secondMain);
    assert.equal(await page.evaluate(() => window.goroutineLab.threads), true);
    await page.context().close();
  } finally {
    rmSync(web, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Frames in course pages
// ---------------------------------------------------------------------------------------------

test('a frame in a course page that is not isolated runs the single-thread build, with its banner',
  async () => {
    const delays = goDelays(5).sort((a, b) => a - b);
    const app = await serve(distDir);
    const course = await serve(distDir, {
      pages: { '/course.html': coursePage(`${app.url}embed.html?lesson=waitgroup`) },
    });
    const page = await newPage();
    await page.goto(`${course.url}course.html`);
    const frame = page.frameLocator('#lab');
    const lab = await labFrame(page);
    const state = await ready(lab);
    assert.equal(state.isolated, false);
    assert.equal(await lab.evaluate(() => window.goroutineLab.threads), false);
    const banner = frame.locator('#banner');
    assert.match(await banner.innerText(),
      /^Simulating 4 cores on one thread, because this page is not cross-origin isolated/);

    // The lesson comes out as in Go: results in the order of their delays, total = longest.
    const final = await runToEnd(lab);
    assert.equal(final.status, 'finished', final.output);
    assert.deepEqual(waitgroupOrder(final.output).length, 5, final.output);
    const total = totalMs(final.output);
    assert.ok(total >= delays[4] && total <= delays[4] + 50,
      `total ${total}, longest ${delays[4]}`);
    assert.deepEqual(final.waitgroups.map((w) => w.count), [0]);
    await page.waitForTimeout(300);
    await shot(page, 'hosting-fallback-frame.png');
    await page.context().close();
  });

test('a same-origin frame in a page that is not isolated falls back without reloading itself',
  async () => {
    // The course page and the lab on one plain host: the frame's permissions allow isolation
    // by default, but its top is not isolated, so the service worker's headers cannot help.
    const host = await serve(distDir, {
      pages: { '/course.html': coursePage('embed.html?lesson=sequential') },
    });
    const page = await newPage();
    await page.goto(`${host.url}course.html`);
    const lab = await labFrame(page);
    const state = await ready(lab);
    assert.equal(state.isolated, false);
    assert.equal(await lab.evaluate(() => window.goroutineLab.threads), false);
    // NOTE: the server sees embed.html more than once (the service worker keeps a copy for
    // offline use); the frame's own navigation tells whether it reloaded.
    assert.equal(await lab.evaluate(() => performance.getEntriesByType('navigation')[0].type),
      'navigate');
    assert.equal(await lab.evaluate(() => sessionStorage.getItem('golab-isolation-reload')),
      null);
    await page.context().close();
  });

test('every lesson ends the same in the single-thread build as with threads', async () => {
  const host = await serve(distDir, { isolate: true });
  const outcomes = {};
  for (const threads of [true, false]) {
    const page = await newPage();
    for (const lesson of lessonIds) {
      // GOMAXPROCS 2: the threaded page has as many workers as cores, two on small machines.
      const query = `v=1&lesson=${lesson}&exec=virtual&seed=3&procs=2` +
        (threads ? '' : '&threads=0');
      await page.goto(`${host.url}index.html?${query}`);
      await ready(page);
      assert.equal(await page.evaluate(() => window.goroutineLab.threads), threads);
      const final = await runToEnd(page);
      const key = `${lesson}`;
      const outcome = { status: final.status, output: final.output, clock: final.clock_ms };
      if (threads) {
        outcomes[key] = outcome;
      } else {
        assert.deepEqual(outcome, outcomes[key], `lesson ${lesson}`);
      }
    }
    await page.context().close();
  }
  assert.equal(Object.keys(outcomes).length, lessonIds.length);
});

// Opens embed.html from appUrl in a frame of an isolated course page (its own host) with
// allow="cross-origin-isolated"; checks the frame runs threads and a lesson to its end.
async function frameInIsolatedCourse(appUrl, screenshot) {
  const course = await serve(distDir, {
    isolate: true,
    pages: {
      '/course.html': coursePage(`${appUrl}embed.html?lesson=sleepers`,
        { allow: 'allow="cross-origin-isolated"' }),
    },
  });
  const page = await newPage();
  await page.goto(`${course.url}course.html`);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'ready'), null,
    { timeout: kTimeoutMs });
  const lab = await labFrame(page);
  const state = await ready(lab);
  assert.equal(state.isolated, true);
  assert.equal(await lab.evaluate(() => window.goroutineLab.threads), true);
  assert.equal(await lab.locator('#banner').count(), 0);
  const final = await runToEnd(lab);
  assert.equal(final.status, 'finished', final.output);
  await page.waitForTimeout(300);
  await shot(page, screenshot);
  await page.context().close();
}

// The bug: tools/serve.py (./build.sh serve) sent only COOP and COEP, so an isolated course
// page could not frame the page it served (net::ERR_BLOCKED_BY_RESPONSE, a blank frame).
test('a frame from ./build.sh serve\'s server in an isolated course page runs threads',
  async () => {
    const app = await startServer();
    servers.push(app);
    await frameInIsolatedCourse(app.url, 'hosting-isolated-frame-serve-py.png');
  });

test('a frame in an isolated course page with allow="cross-origin-isolated" runs threads',
  async () => {
    const app = await serve(distDir, { isolate: true });
    await frameInIsolatedCourse(app.url, 'hosting-isolated-frame.png');
  });

test('postMessage: ready, state and height events; commands run; malformed ones are ignored',
  async () => {
    const app = await serve(distDir);
    const course = await serve(distDir, {
      pages: { '/course.html': coursePage(`${app.url}embed.html?lesson=sequential`) },
    });
    const page = await newPage();
    await page.goto(`${course.url}course.html`);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'ready'), null,
      { timeout: kTimeoutMs });
    const ready = await page.evaluate(() => window.received.find((m) => m.type === 'ready'));
    assert.equal(ready.state.lesson, 'sequential');
    assert.equal(ready.state.status, 'idle');
    await page.waitForFunction(() => window.received.some((m) => m.type === 'height'));
    const height = await page.evaluate(() => window.received.find((m) => m.type === 'height'));
    assert.ok(height.height >= 360 && height.height <= 900, JSON.stringify(height));

    // Malformed messages change nothing and break nothing.
    await page.evaluate(() => {
      const lab = document.getElementById('lab').contentWindow;
      for (const bad of [null, 'run', ['run'], { type: 'eval', code: 'alert(1)' },
        { type: 'setProcs', procs: 0 }, { type: 'setProcs', procs: 1.5 },
        { type: 'setSpeed', speed: 'fast' }, { type: 'setSpeed', speed: 1000 },
        { type: 'load', lesson: '<img src=x onerror=alert(1)>' },
        { type: 'load', lesson: 'waitgroup', code: 'package main' }, { type: 'load' }]) {
        lab.postMessage(bad, '*');
      }
    });
    await page.waitForTimeout(500);
    const lab = await labFrame(page);
    const still = await lab.evaluate(() => window.goroutineLab.state());
    assert.equal(still.lesson, 'sequential');
    assert.equal(still.status, 'idle');
    assert.equal(still.settings.gomaxprocs, 4);

    // Well-formed ones work: procs, speed, load, run; state events follow the run to its end.
    await page.evaluate(() => {
      const lab = document.getElementById('lab').contentWindow;
      window.received.length = 0;
      lab.postMessage({ type: 'setProcs', procs: 2 }, '*');
      lab.postMessage({ type: 'setSpeed', speed: 10 }, '*');
      lab.postMessage({ type: 'load', lesson: 'waitgroup' }, '*');
      lab.postMessage({ type: 'run' }, '*');
    });
    await page.waitForFunction(() => window.received.some((m) =>
      m.type === 'state' && m.state.status === 'finished'), null, { timeout: kTimeoutMs });
    const states = await page.evaluate(() =>
      window.received.filter((m) => m.type === 'state').map((m) => m.state));
    const end = states.at(-1);
    assert.equal(end.lesson, 'waitgroup');
    assert.equal(end.settings.gomaxprocs, 2);
    assert.equal(end.settings.speed, 10);
    assert.ok(states.some((s) => s.status === 'running' &&
      s.goroutines.some((g) => g.state === 'sleeping')), 'a state event while goroutines slept');
    assert.ok(end.goroutines.every((g) => g.state === 'done'), JSON.stringify(end.goroutines));
    assert.equal(await page.evaluate(() => typeof window.alertFired), 'undefined');
    await page.context().close();
  });

// NOTE: Space and the wheel scroll the course page smoothly, and Chromium lets such a scroll
// run on after window.scrollTo(0, 0): a click placed from a bounding box taken meanwhile lands
// wherever the page has moved to. So every scroll settles before the next step.
async function scrollSettled(page) {
  let last = await page.evaluate(() => window.scrollY);
  for (let still = 0; still < 4;) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.scrollY);
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return last;
}

async function scrollToTop(page) {
  await scrollSettled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.equal(await scrollSettled(page), 0);
}

test('in a frame, keys and the wheel stay with the course page until the canvas is clicked',
  async () => {
    const app = await serve(distDir);
    const course = await serve(distDir, {
      pages: { '/course.html': coursePage(`${app.url}embed.html?lesson=sequential`,
        { tall: true }) },
    });
    const page = await newPage();
    await page.goto(`${course.url}course.html`);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'ready'), null,
      { timeout: kTimeoutMs });
    const lab = await labFrame(page);

    // Space and the wheel over the course page scroll it; the lab does not start.
    const scrolledTo = (y) => page.waitForFunction((at) => window.scrollY >= at, y,
      { timeout: 10_000 });
    await page.mouse.move(1100, 300); // beside the frame
    await page.mouse.wheel(0, 200);
    await scrolledTo(200);
    await page.mouse.move(450, 300); // over the frame
    await page.mouse.wheel(0, 200);
    await scrolledTo(400);
    await scrollToTop(page);
    await page.keyboard.press('Space');
    await scrolledTo(1);
    assert.equal((await lab.evaluate(() => window.goroutineLab.state())).status, 'idle');

    // A click on the canvas gives the lab the keyboard: Space runs it.
    await scrollToTop(page);
    const box = await page.locator('#lab').boundingBox();
    await page.mouse.click(box.x + box.width * 0.65, box.y + 160); // the program clock

    await page.keyboard.down('Space');
    await page.waitForTimeout(100);
    await page.keyboard.up('Space');
    await lab.waitForFunction(() => window.goroutineLab.state().status !== 'idle', null,
      { timeout: 10_000 });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await page.context().close();
  });

// ---------------------------------------------------------------------------------------------
// Permalinks
// ---------------------------------------------------------------------------------------------

test('a permalink restores the code, settings and step it was made with', async () => {
  const host = await serve(distDir, { isolate: true });
  const code = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\n// ünïcode ✓\n' +
    'func hello(i int) {\n\tfmt.Println("hello", i)\n}\n\nfunc main() {\n' +
    '\tfor i := 0; i < 3; i++ {\n\t\tgo hello(i)\n\t}\n' +
    '\ttime.Sleep(10 * time.Millisecond)\n}\n';
  const page = await newPage();
  await page.goto(`${host.url}?lesson=sleepers`);
  await ready(page);
  await page.evaluate((source) => {
    window.goroutineLab.load(source);
    window.goroutineLab.configure({ procs: 2, virtualTime: true, seed: 42, speed: 2.5 });
  }, code);
  const ended = await runToEnd(page);
  assert.equal(ended.status, 'finished', ended.output);
  assert.equal(ended.lesson, 'custom');
  assert.match(ended.output, /hello 2/);
  await page.evaluate(() => window.goroutineLab.seek(4));
  await page.waitForFunction(() => window.goroutineLab.state().step === 4);
  const shown = await page.evaluate(() => window.goroutineLab.state());
  const url = await page.evaluate(() => window.goroutineLab.shareUrl());
  assert.match(url, /[?&]v=2&/);
  assert.match(url, /[?&]step=4(&|$)/);
  assert.ok(!/[?&]at=/.test(url), 'a virtual run is named by its step');
  assert.ok(!url.includes('hello'), 'the code is compressed, not plain');

  const other = await newPage();
  await other.goto(url);
  await ready(other);
  await other.waitForFunction(() => window.goroutineLab.state().step === 4 &&
    !window.goroutineLab.state().live, null, { timeout: kTimeoutMs });
  const restored = await other.evaluate(() => window.goroutineLab.state());
  assert.equal(await other.evaluate(() => window.goroutineLab.source()), code);
  assert.equal(restored.lesson, 'custom');
  assert.deepEqual(restored.settings, shown.settings);
  assert.equal(restored.output, shown.output);
  assert.deepEqual(restored.goroutines, shown.goroutines);
  assert.equal(await other.locator('#lesson-note').count(), 0);

  // The Share button shows the same link.
  await page.locator('#share').click();
  assert.equal(await page.locator('#share-box input').inputValue(), url);
  await shot(page, 'hosting-share.png');
  await page.context().close();
  await other.context().close();
});

test('a permalink from a run on threads opens the same view every time, and says how',
  async () => {
    const host = await serve(distDir, { isolate: true });
    const page = await newPage();
    await page.goto(`${host.url}?lesson=waitgroup`);
    assert.equal((await ready(page)).isolated, true);
    await page.evaluate(() => window.goroutineLab.configure({ procs: 2, virtualTime: false,
      seed: 7 }));
    const ended = await runToEnd(page);
    assert.equal(ended.status, 'finished', ended.output);
    assert.equal(ended.run.virtual_time, false);
    // Held halfway through the run on threads: the link carries the program time.
    await page.evaluate((n) => window.goroutineLab.seek(n), Math.floor(ended.events / 2));
    await page.waitForFunction(() => !window.goroutineLab.state().live);
    const shown = await page.evaluate(() => window.goroutineLab.state());
    // Changing what the next Run uses does not change what the link names.
    await page.evaluate(() => window.goroutineLab.configure({ seed: 99 }));
    const url = await page.evaluate(() => window.goroutineLab.shareUrl());
    const query = new URL(url).searchParams;
    assert.equal(query.get('v'), '2');
    assert.equal(query.get('exec'), 'threads');
    assert.equal(query.get('seed'), '7');
    assert.equal(query.get('step'), null);
    const at = Number(query.get('at'));
    assert.equal(at, Math.round(shown.clock_ms * 1e6));

    // Opened twice: both show the simulated run at that program time, the same goroutines in
    // the same states, and a note says why it is not the run it came from.
    const views = [];
    for (let i = 0; i < 2; i++) {
      const other = await newPage();
      await other.goto(url);
      await ready(other);
      // The page runs the program to its end, then holds the view at the link's time.
      await other.waitForFunction(() => !window.goroutineLab.state().live, null,
        { timeout: kTimeoutMs });
      const s = await other.evaluate(() => window.goroutineLab.state());
      assert.equal(s.run.virtual_time, true);
      assert.equal(s.run.seed, 7);
      // Nothing happens between two events: the view shows the last one before the link's
      // time, and the clock reads the link's time itself.
      assert.ok(Math.abs(s.clock_ms * 1e6 - at) < 1000, `${s.clock_ms} ms, the link ${at} ns`);
      assert.ok(s.step < s.events);
      const note = await other.locator('#lesson-note').innerText();
      assert.match(note, /shared from a run on worker threads/);
      assert.match(note, /seed 7\) at program time/);
      views.push({ step: s.step, goroutines: s.goroutines, output: s.output, clock: s.clock_ms });
      if (i === 0) {
        await shot(other, 'hosting-threaded-link.png');
      }
      await other.context().close();
    }
    assert.deepEqual(views[1], views[0]);
    await page.context().close();
  });

test('format 1 links keep opening', async () => {
  const host = await serve(distDir, { isolate: true });
  const page = await newPage();
  await page.goto(`${host.url}?v=1&lesson=waitgroup&seed=0&procs=2&exec=virtual&step=6`);
  await ready(page);
  await page.waitForFunction(() => window.goroutineLab.state().step === 6 &&
    !window.goroutineLab.state().live, null, { timeout: kTimeoutMs });
  const s = await page.evaluate(() => window.goroutineLab.state());
  assert.equal(s.lesson, 'waitgroup');
  assert.equal(s.run.virtual_time, true);
  assert.equal(await page.locator('#lesson-note').count(), 0);
  await page.context().close();
});

test('damaged or hostile links open the first lesson with a note and run nothing', async () => {
  const host = await serve(distDir, { isolate: true });
  const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
  const bomb = b64(deflateRawSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
  const cases = [
    ['v=1&lesson=waitgroup&code=d.%%%%', /not base64url/],
    ['v=1&lesson=waitgroup&code=d.' + b64([1, 2, 3, 4, 5, 6]), /does not decompress/],
    ['v=1&lesson=waitgroup&code=d.' + bomb, /longer than/],
    ['v=1&lesson=waitgroup&code=u.' + b64([0xff, 0xfe, 0x41]), /not UTF-8/],
    ['v=1&lesson=waitgroup&code=x.AAAA', /unknown form/],
    ['v=7&lesson=waitgroup', /version "7"/],
    ['v=2&lesson=waitgroup&step=3&at=5', /both a step and a time/],
    ['v=2&lesson=waitgroup&at=-1', /at is not/],
    ['v=1&lesson=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', /not a lesson name/],
    ['v=1&lesson=waitgroup&procs=-1', /procs/],
    ['v=1&lesson=waitgroup&speed=1e9', /speed/],
    ['v=1&lesson=waitgroup&exec=%3Cscript%3E', /executor/],
  ];
  const page = await newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  for (const [query, why] of cases) {
    await page.goto(`${host.url}?${query}`);
    const state = await ready(page);
    assert.equal(state.lesson, lessonIds.includes('sequential') ? 'sequential' : state.lesson);
    assert.equal(state.status, 'idle', query);
    const note = await page.locator('#lesson-note').innerText();
    assert.match(note, /^This link is damaged/, query);
    assert.match(note, why, query);
  }
  assert.equal(dialogs, 0);
  await shot(page, 'hosting-hostile-link.png');
  await page.context().close();
});

// ---------------------------------------------------------------------------------------------
// Browsers that lack something
// ---------------------------------------------------------------------------------------------

test('without WebGL2 the page says so instead of showing a blank canvas', async () => {
  const host = await serve(distDir, { isolate: true });
  const page = await newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(host.url);
  const notice = page.locator('#notice');
  await notice.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match(await notice.innerText(), /needs WebGL2/);
  assert.equal(await page.locator('#canvas').isVisible(), false);
  await page.context().close();
});

test('without service workers a plain host loads once and runs the single-thread build',
  async () => {
    const host = await serve(distDir);
    const page = await newPage();
    await page.addInitScript(() => {
      // Old browsers, and some private windows, have no navigator.serviceWorker at all.
      delete Navigator.prototype.serviceWorker;
    });
    let navigations = 0;
    page.on('framenavigated', (frame) => { navigations += frame === page.mainFrame() ? 1 : 0; });
    await page.goto(`${host.url}?lesson=sequential`);
    const state = await ready(page);
    assert.equal(navigations, 1, 'no reload was tried');
    assert.equal(state.isolated, false);
    assert.equal(await page.evaluate(() => window.goroutineLab.threads), false);
    assert.match(await page.locator('#banner').innerText(), /Simulating \d cores on one thread/);
    const final = await runToEnd(page);
    assert.equal(final.status, 'finished', final.output);
    assert.equal(final.output.split('\n').filter((line) => /id\d/.test(line)).length, 5,
      final.output);
    await page.context().close();
  });

test('without WebAssembly the page says so, and starts nothing', async () => {
  const host = await serve(distDir, { isolate: true });
  const page = await newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(host.url);
  const notice = page.locator('#notice');
  await notice.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match(await notice.innerText(), /needs WebAssembly/);
  assert.equal(await page.locator('#canvas').isVisible(), false);
  assert.ok(!requested.some((url) => /\.wasm$/.test(url)), requested.join('\n'));
  await page.context().close();
});

test('a program that fails to download gets a plain message, not a blank canvas', async () => {
  const host = await serve(distDir, { isolate: true });
  const page = await newPage();
  await page.route(/goroutine-lab[^/]*\.wasm$/, (route) => route.abort('failed'));
  await page.goto(host.url);
  const notice = page.locator('#notice');
  await notice.waitFor({ state: 'visible', timeout: kTimeoutMs });
  assert.match(await notice.innerText(), /could not start/);
  assert.match(await notice.innerText(), /Reloading the page may help/);
  assert.equal(await page.locator('#canvas').isVisible(), false);
  await shot(page, 'hosting-failed-download.png');
  await page.context().close();
});

test('the embedded view opens the full page with the learner\'s code, which runs', async () => {
  const host = await serve(distDir, { isolate: true });
  const page = await newPage();
  await page.goto(`${host.url}embed.html?lesson=waitgroup`);
  await ready(page);
  const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("edited in a frame")\n}\n';
  await page.evaluate((text) => window.goroutineLab.load(text), code);
  const button = page.locator('#share');
  assert.equal(await button.innerText(), 'Open in full page');
  const [popup] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
  await ready(popup);
  assert.equal(await popup.evaluate(() => window.goroutineLab.source()), code);
  const final = await runToEnd(popup);
  assert.equal(final.status, 'finished', final.output);
  assert.equal(final.output, 'edited in a frame\n');
  assert.ok(!popup.url().includes('embed.html'), popup.url());
  await page.context().close();
});

test('with storage denied the page works and remembers nothing', async () => {
  const host = await serve(distDir);
  const page = await newPage();
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() { throw new DOMException('denied', 'SecurityError'); },
      });
    }
  });
  await page.goto(`${host.url}?lesson=waitgroup`);
  const state = await ready(page);
  // No way to guard a reload: none is tried, and the single-thread build runs.
  assert.equal(state.isolated, false);
  assert.equal(await page.evaluate(() => window.goroutineLab.threads), false);
  const final = await runToEnd(page);
  assert.equal(final.status, 'finished', final.output);
  await page.context().close();
});
