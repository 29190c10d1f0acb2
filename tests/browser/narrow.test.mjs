// narrow.test.mjs: the page on a phone or in a column of course notes (360 to 560 CSS px
// wide), and at 800x600: no panel cuts its contents off, no control lies over another or off
// the page, each one is reached where the state object says it is, and the sync panel shows
// every WaitGroup, Mutex and channel the lesson uses rather than folding them into "+N".
// Serves build/web with tools/serve.py.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  artifacts, clickControl, frames, serveForTests, state, until,
} from './harness.mjs';

const lab = serveForTests();

// Phones held upright, and the column of a page of course notes.
const kNarrow = [[360, 740], [420, 760], [480, 720], [560, 700]];

// The controls the full page draws at any width (the lanes' "pick_gN" come and go with the
// run, "goroutine_counts" is text).
const kControls = ['lesson', 'theme', 'share', 'run', 'back', 'step', 'reset', 'stop',
  'scrubber', 'live', 'help', 'speed', 'gomaxprocs', 'seed', 'virtual_time', 'edit',
  'copy_code', 'clock', 'waitgroups', 'worker_lanes', 'export_trace', 'export_png', 'timeline'];

async function open(lesson, width, height, { dpr = 1, theme = 'dark' } = {}) {
  const context = await lab.browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, colorScheme: theme,
  });
  const page = await context.newPage();
  await page.goto(`${lab.server.url}?lesson=${lesson}`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: 60_000 });
  await until(page, 'the controls are drawn', (s) => s.controls.run);
  return page;
}

async function runVirtual(page) {
  await page.evaluate(() => window.goroutineLab.configure({ virtualTime: true }));
  await page.evaluate(() => window.goroutineLab.run());
  return until(page, 'the run ends', (s) => !['idle', 'running'].includes(s.status));
}

async function seek(page, step) {
  await page.evaluate((n) => window.goroutineLab.seek(n), step);
  await frames(page);
  await frames(page);
  return state(page);
}

// Checks that the controls are all drawn, inside the viewport, and that no two overlap.
function assertControlsApart(s, width, height, what) {
  const boxes = Object.entries(s.controls).filter(([name]) => name !== 'goroutine_counts' &&
    !name.startsWith('pick_g'));
  for (const name of kControls) {
    assert.ok(s.controls[name], `${what}: control ${name} is not drawn`);
  }
  const kSlack = 0.5;
  for (const [name, [x, y, w, h]] of boxes) {
    assert.ok(w > 0 && h > 0 && x >= -kSlack && y >= -kSlack && x + w <= width + kSlack &&
      y + h <= height + kSlack, `${what}: ${name} at ${[x, y, w, h]} is off the page`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, [ax, ay, aw, ah]] = boxes[i];
      const [b, [bx, by, bw, bh]] = boxes[j];
      const apart = ax + aw <= bx + kSlack || bx + bw <= ax + kSlack ||
        ay + ah <= by + kSlack || by + bh <= ay + kSlack;
      assert.ok(apart, `${what}: ${a} ${[ax, ay, aw, ah]} overlaps ${b} ${[bx, by, bw, bh]}`);
    }
  }
}

// Points at each control where the state object says it is: the page must see that control
// under the mouse (the Share button, an element over the canvas, must be the element there).
async function assertReachable(page, what) {
  const s = await state(page);
  for (const name of kControls) {
    const [x, y, w, h] = s.controls[name];
    const [cx, cy] = [x + w / 2, y + h / 2];
    if (name === 'share') {
      const id = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.id,
        [cx, cy]);
      assert.equal(id, 'share', `${what}: the Share button is not where its room is`);
      continue;
    }
    await page.mouse.move(cx, cy);
    await frames(page);
    const hovered = await until(page, `${what}: ${name} hovered`, (t) => t.hovered !== undefined);
    assert.equal(hovered.hovered, name, `${what}: pointing at ${name} reaches ${hovered.hovered}`);
  }
  await page.mouse.move(0, 0);
  await frames(page);
}

test('narrow pages cut nothing off and keep every control apart and reachable', async () => {
  for (const [width, height] of kNarrow) {
    for (const [dpr, theme] of [[1, 'dark'], [2, 'light']]) {
      const what = `${width}x${height} dpr ${dpr} ${theme}`;
      const page = await open('worker-pool', width, height, { dpr, theme });
      let s = await state(page);
      assert.deepEqual(s.overflow, [], `${what}, before the run: cut off`);
      assertControlsApart(s, width, height, `${what}, before the run`);

      const end = await runVirtual(page);
      for (const step of [Math.ceil(end.events / 3), end.events]) {
        s = await seek(page, step);
        assert.deepEqual(s.overflow, [], `${what}, step ${step}: cut off`);
        assertControlsApart(s, width, height, `${what}, step ${step}`);
      }
      const shot = `narrow-${width}x${height}-dpr${dpr}-${theme}.png`;
      await page.screenshot({ path: join(artifacts, shot) });
      await assertReachable(page, what);
      await page.context().close();
    }
  }
});

// 630 to 800 CSS px wide, 600 tall (a small laptop window, a tablet held upright): the
// header keeps the theme toggle and the Share button beside the longest status, "deadlocked
// (exit 2)", and "looking back"; the body stacks where the sync panel would not fit beside
// the clock. Until 6 December the toggle made way for Share at 800 px and the sync panel's
// label was cut off at 630-720.
const kMiddle = [
  [630, 1, 'dark'], [630, 2, 'light'], [700, 1, 'dark'], [760, 2, 'light'],
  [800, 1, 'dark'], [800, 2, 'light'], [800, 1, 'light'], [800, 2, 'dark'],
];

test('630 to 800 px wide: the header keeps every control, nothing is cut off', async () => {
  for (const [width, dpr, theme] of kMiddle) {
    const what = `${width}x600 dpr ${dpr} ${theme}`;
    const page = await open('forgotten-done', width, 600, { dpr, theme });
    const end = await runVirtual(page);
    assert.equal(end.status, 'deadlocked');
    for (const step of [end.events, Math.ceil(end.events / 2)]) {
      const s = step === end.events ? await state(page) : await seek(page, step);
      const at = `${what}, step ${step}${s.live ? '' : ' (looking back)'}`;
      assert.deepEqual(s.overflow, [], `${at}: cut off`);
      assertControlsApart(s, width, 600, at);
      // The header's buttons sit above the run controls, not on the console's label row.
      for (const name of ['theme', 'share']) {
        assert.ok(s.controls[name][1] < s.controls.run[1], `${at}: ${name} left the header`);
      }
    }
    await page.screenshot({ path: join(artifacts, `middle-${width}x600-dpr${dpr}-${theme}.png`) });
    if (dpr === 1 && theme === 'dark') {
      await assertReachable(page, what);
    }
    await page.context().close();
  }
});

test('on a narrow page the controls still act when clicked', async () => {
  const page = await open('worker-pool', 360, 740);
  const toggles = [
    ['theme', (s) => s.theme],
    ['virtual_time', (s) => s.settings.virtual_time],
    ['worker_lanes', (s) => s.worker_lanes],
    ['help', (s) => s.help],
  ];
  for (const [name, read] of toggles) {
    const before = read(await state(page));
    await clickControl(page, name);
    await until(page, `${name} toggles`, (s) => read(s) !== before);
    await clickControl(page, name);
    await until(page, `${name} toggles back`, (s) => read(s) === before);
  }
  const end = await runVirtual(page);
  await clickControl(page, 'back');
  await until(page, 'Back steps back', (s) => s.step === end.events - 1 && !s.live);
  await clickControl(page, 'step');
  await until(page, 'Step steps on', (s) => s.step === end.events);
  await clickControl(page, 'reset');
  await until(page, 'Reset forgets the run', (s) => s.status === 'idle');
  await clickControl(page, 'run');
  await until(page, 'Run runs', (s) => s.status !== 'idle');
  await page.context().close();
});

// Seeks through the run and checks, at each instant, that the sync panel shows a sentence
// for every WaitGroup, Mutex and channel that exists then, and folds none into "+N".
async function assertSyncShown(page, what) {
  const end = await runVirtual(page);
  let channelsSeen = 0;
  for (let step = 1; step <= end.events; step += Math.max(1, Math.floor(end.events / 30))) {
    const s = await seek(page, step);
    const { shown, more } = s.sync_row;
    assert.equal(more, 0, `${what}, step ${step}: "+${more}" where ${JSON.stringify(shown)}`);
    for (const wg of s.waitgroups) {
      assert.ok(shown.includes(wg.says), `${what}, step ${step}: ${wg.says} is not shown`);
    }
    for (const mu of s.mutexes) {
      assert.ok(shown.some((w) => w.startsWith(`${mu.name} `)),
        `${what}, step ${step}: Mutex ${mu.name} is not shown in ${JSON.stringify(shown)}`);
    }
    for (const ch of s.channels) {
      const fill = ch.cap === 0 ? 'unbuffered' : `${ch.len} of ${ch.cap} buffered`;
      assert.ok(shown.some((w) => w.startsWith(`${ch.name} ${fill}`)),
        `${what}, step ${step}: ${ch.name}'s fill (${fill}) is not in ${JSON.stringify(shown)}`);
      channelsSeen++;
    }
    assert.deepEqual(s.overflow, [], `${what}, step ${step}: cut off`);
  }
  return channelsSeen;
}

test('the sync panel shows every WaitGroup, Mutex and channel at 800x600 and narrow',
  async () => {
    for (const [width, height] of [[800, 600], ...kNarrow]) {
      for (const lesson of ['worker-pool', 'lost-updates']) {
        const page = await open(lesson, width, height);
        const channels = await assertSyncShown(page, `${lesson} at ${width}x${height}`);
        if (lesson === 'worker-pool') {
          assert.ok(channels > 0, 'the worker pool never showed its channel');
          await seek(page, 20);
          await page.screenshot({ path: join(artifacts, `sync-${lesson}-${width}x${height}.png`) });
        }
        await page.context().close();
      }
    }
  });

// The scrubber's text ("1.112µs of 1.8s") was drawn centred, under the grab wherever the grab
// stood in the middle; on a narrow page the middle is most of the slider. Now it goes beside
// the grab, the time alone where there is no room for both, clipped where not even that fits.
test('the scrubber\'s time never runs under its grab', async () => {
  for (const [width, height] of [[360, 740], [630, 600], [800, 600]]) {
    const page = await open('worker-pool', width, height);
    const end = await runVirtual(page);
    for (const step of [1, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0].map((f) => Math.ceil(end.events * f))) {
      const s = await seek(page, step);
      const what = `${width}x${height}, step ${step}`;
      const [x, y, w, h] = s.controls.scrubber;
      const { text, box: [tx, ty, tw, th], grab: [gx, , gw] } = s.scrubber;
      assert.match(text, /^[0-9.]+(ns|µs|ms|s)( of [0-9.]+(ns|µs|ms|s))?$/, `${what}: ${text}`);
      assert.ok(tw > 0 && tx >= x && tx + tw <= x + w && ty >= y && ty + th <= y + h + 0.5,
        `${what}: the text ${[tx, ty, tw, th]} is not inside the scrubber ${[x, y, w, h]}`);
      assert.ok(tx + tw <= gx || tx >= gx + gw,
        `${what}: "${text}" at ${tx}-${tx + tw} runs under the grab at ${gx}-${gx + gw}`);
    }
    await page.screenshot({ path: join(artifacts, `scrubber-${width}x${height}.png`) });
    await page.context().close();
  }
});
