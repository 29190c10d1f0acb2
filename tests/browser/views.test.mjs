// views.test.mjs: what the views say and where they sit: the WaitGroup panel's sentence at the
// instant shown (scrubbing back after a run too quick to watch), a redraw after commands from
// JavaScript, the compact view of embed.html at small frame sizes, no text running past its
// room at the page sizes learners use, and the overview of 10,000 lanes in both themes.
// Serves build/web with tools/serve.py.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, frames, serveForTests, state, until } from './harness.mjs';

const lab = serveForTests();

async function open(path, { width = 1280, height = 720 } = {}) {
  const context = await lab.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${lab.server.url}${path}`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: 60_000 });
  return page;
}

// Runs what is loaded on the virtual clock (it ends in milliseconds) and returns the end.
async function runVirtual(page) {
  await page.evaluate(() => window.goroutineLab.configure({ virtualTime: true }));
  await page.evaluate(() => window.goroutineLab.run());
  return until(page, 'the run ends', (s) => !['idle', 'running'].includes(s.status));
}

// Waits until the page has drawn nothing for a while: it is idle.
async function idle(page) {
  let last = (await state(page)).frames;
  for (let quiet = 0; quiet < 3;) {
    await page.waitForTimeout(150);
    const now = (await state(page)).frames;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

test('the WaitGroup panel counts against the peak up to the instant shown', async () => {
  const page = await open('?lesson=waitgroup');
  const end = await runVirtual(page);
  assert.equal(end.waitgroups[0].says, 'wg: all Done, Wait returns');

  // Walk back through the run: the counter never reads "N of M" with M below N, and the
  // peak is the highest count so far, not the whole run's.
  let highest = 0;
  for (let step = 1; step <= end.events; step++) {
    await page.evaluate((n) => window.goroutineLab.seek(n), step);
    const s = await state(page);
    const { count, says } = s.waitgroups[0];
    highest = Math.max(highest, count);
    if (count > 0) {
      assert.equal(says, `wg: ${count} of ${highest} not Done yet`, `at step ${step}`);
    } else {
      assert.equal(says, highest > 0 ? 'wg: all Done, Wait returns' : 'wg: counter at zero',
        `at step ${step}`);
    }
  }
  assert.equal(highest, 5);
  await page.context().close();
});

test('a seek from JavaScript redraws an idle page', async () => {
  const page = await open('?lesson=waitgroup');
  await runVirtual(page);
  const before = await idle(page);
  await page.evaluate(() => window.goroutineLab.seek(3));
  await until(page, 'a frame after the seek', (s) => s.frames > before && s.step === 3);
  await page.context().close();
});

// Returns the named controls' rectangles from the state object.
async function controls(page) {
  return (await state(page)).controls;
}

test('embedded, the view keeps to the code, the run controls, the clock and the lanes',
  async () => {
    for (const [width, height] of [[640, 400], [800, 500], [900, 520]]) {
      const page = await open('embed.html?lesson=waitgroup', { width, height });
      await runVirtual(page);
      await idle(page);
      const c = await controls(page);
      for (const name of ['run', 'back', 'step', 'reset', 'scrubber', 'clock', 'timeline']) {
        assert.ok(c[name], `${width}x${height}: ${name} is missing: ${Object.keys(c)}`);
      }
      for (const name of ['speed', 'gomaxprocs', 'seed', 'virtual_time', 'guess', 'theme',
        'lesson', 'waitgroups', 'export_trace', 'export_png', 'worker_lanes', 'live', 'help']) {
        assert.ok(!c[name], `${width}x${height}: ${name} shows in the embedded view`);
      }
      // The controls' row ends before the host link over its right end, and every control
      // is inside the frame.
      const link = await page.locator('#share').boundingBox();
      const [sx, sy, sw, sh] = c.scrubber;
      assert.ok(sx + sw <= link.x, `${width}x${height}: the scrubber runs under the link`);
      assert.ok(sy < link.y + link.height && link.y < sy + sh, 'the link sits on the row');
      for (const [name, [x, y, w, h]] of Object.entries(c)) {
        assert.ok(x >= 0 && y >= 0 && x + w <= width + 0.5 && y + h <= height + 0.5,
          `${width}x${height}: ${name} [${x}, ${y}, ${w}, ${h}] is outside the frame`);
      }
      // The lanes keep a useful width beside the code.
      assert.ok(c.timeline[2] >= width * 0.25, `${width}x${height}: lanes ${c.timeline[2]} px`);
      await page.screenshot({ path: join(artifacts, `embed-${width}x${height}.png`) });
      await page.context().close();
    }
  });

test('at 1280, 1920 and 800 px the goroutine counts end before the buttons beside them',
  async () => {
    // Goroutines in four states at once: running, runnable, sleeping and waiting.
    const source = `package main

import (
\t"fmt"
\t"sync"
\t"time"
)

func spin(n int) int {
\tx := 0
\tfor i := 0; i < n; i++ {
\t\tx += i
\t}
\treturn x
}

func main() {
\tvar wg sync.WaitGroup
\tvar mu sync.Mutex
\tmu.Lock()
\tfor i := 0; i < 3; i++ {
\t\twg.Add(1)
\t\tgo func() { defer wg.Done(); mu.Lock(); mu.Unlock() }()
\t\tgo func() { time.Sleep(time.Second) }()
\t\tgo func() { fmt.Println(spin(1000000)) }()
\t}
\ttime.Sleep(time.Millisecond)
\tmu.Unlock()
\twg.Wait()
}
`;
    for (const [width, height] of [[1280, 720], [1920, 1080], [800, 600]]) {
      const page = await open('', { width, height });
      await page.evaluate((code) => window.goroutineLab.load(code), source);
      const end = await runVirtual(page);
      assert.equal(end.status, 'finished', end.output);
      // Back to an instant where the states are mixed.
      let mixed = 0;
      for (let step = 1; step < end.events && mixed < 4; step += 3) {
        await page.evaluate((n) => window.goroutineLab.seek(n), step);
        await frames(page);
        const s = await state(page);
        mixed = new Set(s.goroutines.map((g) => g.state)).size;
      }
      assert.ok(mixed >= 4, 'no instant with four states at once');
      await frames(page);
      const c = await controls(page);
      const [x, , w] = c.goroutine_counts;
      assert.ok(x + w <= c.worker_lanes[0], `${width}: the counts run into the buttons`);
      assert.ok(c.export_png[0] + c.export_png[2] <= width, `${width}: Save PNG is cut off`);
      await page.screenshot({ path: join(artifacts, `counts-${width}x${height}.png`) });
      await page.context().close();
    }
  });

// Walks a finished run event by event; returns the states seen.
async function walk(page, events) {
  const seen = [];
  for (let step = 1; step <= events; step++) {
    await page.evaluate((n) => window.goroutineLab.seek(n), step);
    seen.push(await state(page));
  }
  return seen;
}

test('the Mutex panel shows who holds the lock and who queues for it, at every step',
  async () => {
    const page = await open('?lesson=lost-updates');
    const end = await runVirtual(page);
    assert.deepEqual(end.mutexes, [{ name: 'mu', holder: null, waiting: [] }]);
    let queued = 0;
    for (const s of await walk(page, end.events)) {
      const [mu] = s.mutexes;
      if (!mu) {
        continue; // before the first Lock
      }
      const byId = new Map(s.goroutines.map((g) => [g.id, g]));
      if (mu.holder !== null) {
        assert.notEqual(byId.get(mu.holder).state, 'done', `step ${s.step}: a done holder`);
        assert.ok(!mu.waiting.includes(mu.holder), `step ${s.step}: the holder also waits`);
      }
      for (const id of mu.waiting) {
        assert.equal(byId.get(id).state, 'waiting', `step ${s.step}: G${id} queues, not parked`);
      }
      queued = Math.max(queued, mu.waiting.length);
    }
    assert.ok(queued >= 3, `at most ${queued} goroutines ever queued for mu`);
    await frames(page);
    await page.screenshot({ path: join(artifacts, 'sync-mutex.png') });
    await page.context().close();
  });

test('the channel panel shows the buffer filling and main blocked sending to a full one',
  async () => {
    const page = await open('?lesson=worker-pool');
    const end = await runVirtual(page);
    assert.deepEqual(end.channels,
      [{ name: 'jobs', len: 0, cap: 3, sending: [], receiving: [] }]);
    let fullWithSender = 0;
    let lens = new Set();
    for (const s of await walk(page, end.events)) {
      const [jobs] = s.channels;
      if (!jobs) {
        continue;
      }
      assert.equal(jobs.cap, 3);
      assert.ok(jobs.len >= 0 && jobs.len <= 3, `step ${s.step}: len ${jobs.len}`);
      lens.add(jobs.len);
      // Blocked senders only while the buffer is full, receivers only while it is empty.
      if (jobs.sending.length > 0) {
        assert.equal(jobs.len, 3, `step ${s.step}: a sender blocked with room left`);
        fullWithSender++;
      }
      if (jobs.receiving.length > 0) {
        assert.equal(jobs.len, 0, `step ${s.step}: a receiver blocked with jobs queued`);
      }
    }
    assert.ok(fullWithSender > 0, 'main never blocked on the full channel');
    assert.deepEqual([...lens].sort(), [0, 1, 2, 3]);
    await page.context().close();
  });

// Seeks through an ended run (at most about 40 instants) and returns the step at which the
// most goroutines hold or wait on Mutexes, RWMutexes and channels: where the sync panel is
// fullest.
async function busiestStep(page, events) {
  let best = events;
  let most = -1;
  for (let n = 1; n <= events; n += Math.max(1, Math.floor(events / 40))) {
    await page.evaluate((k) => window.goroutineLab.seek(k), n);
    const s = await state(page);
    const count = s.mutexes.reduce((a, m) => a + m.waiting.length + (m.holder ? 1 : 0), 0) +
      s.rwmutexes.reduce((a, m) => a + m.waiting_write.length + m.waiting_read.length, 0) +
      s.channels.reduce((a, c) => a + c.sending.length + c.receiving.length, 0) +
      s.selects.length + s.channels.length + s.mutexes.length;
    if (count > most) {
      most = count;
      best = n;
    }
  }
  return best;
}

// Opens path at each size, runs the lesson, and checks that no panel cut its contents off,
// at the sync panel's fullest instant and at the end; keeps a screenshot of each.
async function checkFits(path, sizes, { dpr = 1, theme = 'dark' } = {}) {
  for (const [width, height] of sizes) {
    const context = await lab.browser.newContext({
      viewport: { width, height }, deviceScaleFactor: dpr, colorScheme: theme,
    });
    const page = await context.newPage();
    await page.goto(`${lab.server.url}${path}`);
    await page.waitForFunction(() => window.goroutineLab, null, { timeout: 60_000 });
    const end = await runVirtual(page);
    const tag = `${path.replace(/\W+/g, '_')}-${width}x${height}-dpr${dpr}-${theme}`;
    for (const [when, step] of [['busiest', await busiestStep(page, end.events)],
      ['end', end.events]]) {
      await page.evaluate((n) => window.goroutineLab.seek(n), step);
      await frames(page);
      await frames(page);
      const s = await state(page);
      assert.ok(Array.isArray(s.overflow), 'the state object says what overflowed');
      assert.deepEqual(s.overflow, [], `${tag}, ${when} (step ${step}): cut off`);
      await page.screenshot({ path: join(artifacts, `fit-${tag}-${when}.png`) });
    }
    await context.close();
  }
}

const kSyncLessons = ['lost-updates', 'worker-pool', 'channel-results', 'select-timeout'];

test('every lesson fits its panels at 1280x720', async () => {
  const lessons = ['sequential', 'go-no-wait', 'waitgroup', 'add-inside', 'forgotten-done',
    'done-twice', 'waitgroup-copy', 'loop-capture', 'println-v', 'sleepers', 'cpu-bound',
    ...kSyncLessons];
  for (const lesson of lessons) {
    await checkFits(`?lesson=${lesson}`, [[1280, 720]]);
  }
});

test('the sync lessons fit at 1920x1080 and 800x600, at devicePixelRatio 2, in both themes',
  async () => {
    for (const lesson of kSyncLessons) {
      await checkFits(`?lesson=${lesson}`, [[1920, 1080], [800, 600]], { dpr: 2, theme: 'light' });
      await checkFits(`?lesson=${lesson}`, [[800, 600]], { dpr: 1, theme: 'dark' });
    }
    await checkFits('embed.html?lesson=select-timeout', [[640, 400]], { dpr: 2 });
  });

test('a narrow sync panel shows the Mutex at every step, never only a "+N more" count',
  async () => {
    // At 800x600 the WaitGroup and the Mutex of lost-updates do not both fit beside the clock.
    const page = await open('?lesson=lost-updates', { width: 800, height: 600 });
    const end = await runVirtual(page);
    let mutexShown = 0;
    for (let step = 1; step <= end.events; step++) {
      await page.evaluate((n) => window.goroutineLab.seek(n), step);
      await frames(page);
      const s = await state(page);
      const { shown, more } = s.sync_row;
      assert.ok(shown.length + more >= s.mutexes.length,
        `step ${step}: the Mutex is neither shown nor counted in "+N more"`);
      if (s.mutexes.length > 0) {
        assert.ok(shown.length >= 1, `step ${step}: only "+${more}" where the Mutex should be`);
        mutexShown += shown.some((words) => words.startsWith('mu ')) ? 1 : 0;
      }
      assert.deepEqual(s.overflow, [], `step ${step}`);
    }
    assert.ok(mutexShown > 0, 'the Mutex block never showed');
    await page.screenshot({ path: join(artifacts, 'sync-row-lost-updates-800x600.png') });
    await page.context().close();
  });

test('sync objects are named by the expression the program used them through', async () => {
  // lost-updates with its counter and Mutex in a struct, reached through a pointer.
  const source = `package main

import (
\t"fmt"
\t"sync"
\t"time"
)

type Tally struct {
\tn  int
\tmu sync.Mutex
}

func add(c *Tally, wg *sync.WaitGroup) {
\tdefer wg.Done()
\tc.mu.Lock()
\tv := c.n
\ttime.Sleep(10 * time.Millisecond)
\tc.n = v + 1
\tc.mu.Unlock()
}

func main() {
\tvar done sync.WaitGroup
\tcounter := &Tally{}
\tfor i := 0; i < 3; i++ {
\t\tdone.Add(1)
\t\tgo add(counter, &done)
\t}
\tdone.Wait()
\tfmt.Println(counter.n)
}
`;
  const page = await open('?lesson=lost-updates');
  await page.evaluate((code) => window.goroutineLab.load(code), source);
  const end = await runVirtual(page);
  assert.equal(end.output, '3\n');
  assert.deepEqual(end.waitgroups.map((wg) => wg.name), ['done']);
  assert.deepEqual(end.mutexes.map((m) => m.name), ['c.mu']);
  // While the first holds it, the panel says so by that name.
  let held = false;
  for (let step = 1; step <= end.events && !held; step++) {
    await page.evaluate((n) => window.goroutineLab.seek(n), step);
    await frames(page);
    const s = await state(page);
    held = s.sync_row.shown.some((words) => /^c\.mu held by G\d+, waiting: G/.test(words));
  }
  assert.ok(held, 'the panel never showed "c.mu held by ..., waiting: ..."');
  await page.screenshot({ path: join(artifacts, 'sync-names-c-mu.png') });
  await page.context().close();
});

test('the sync panel shows an RWMutex and a blocked select, at every step', async () => {
  const source = `package main

import (
\t"fmt"
\t"sync"
\t"time"
)

var rw sync.RWMutex
var wg sync.WaitGroup
var quit = make(chan bool)
var ticks = make(chan int)

func reader() {
\tdefer wg.Done()
\trw.RLock()
\ttime.Sleep(100 * time.Millisecond)
\trw.RUnlock()
}

func main() {
\twg.Add(3)
\tgo reader()
\tgo reader()
\tgo func() {
\t\tdefer wg.Done()
\t\tselect {
\t\tcase <-quit:
\t\tcase ticks <- 1:
\t\t}
\t}()
\ttime.Sleep(10 * time.Millisecond)
\trw.Lock()
\tfmt.Println("writer in")
\trw.Unlock()
\tclose(quit)
\twg.Wait()
}
`;
  const page = await open('', { width: 1280, height: 720 });
  await page.evaluate((code) => window.goroutineLab.load(code), source);
  const end = await runVirtual(page);
  assert.equal(end.status, 'finished', end.output);
  assert.deepEqual(end.rwmutexes,
    [{ name: 'rw', writer: null, readers: 0, waiting_write: [], waiting_read: [] }]);
  assert.deepEqual(end.selects, []);
  let readersWithWriterWaiting = 0;
  let writerInside = 0;
  let selecting = 0;
  for (const s of await walk(page, end.events)) {
    const [rw] = s.rwmutexes;
    if (rw) {
      assert.ok(rw.writer === null || rw.readers === 0, `step ${s.step}: a writer among readers`);
      if (rw.readers === 2 && rw.waiting_write.includes(1)) {
        readersWithWriterWaiting++;
      }
      if (rw.writer === 1) {
        writerInside++;
      }
    }
    for (const sel of s.selects) {
      assert.deepEqual([sel.recv, sel.send], [['quit'], ['ticks']], `step ${s.step}`);
      const g = s.goroutines.find((x) => x.id === sel.g);
      assert.equal(g.state, 'waiting', `step ${s.step}: G${sel.g} listed in select`);
      selecting++;
    }
  }
  assert.ok(readersWithWriterWaiting > 0, 'main never waited for the two readers');
  assert.ok(writerInside > 0, 'main never held rw');
  assert.ok(selecting > 0, 'the select never showed');
  // Back to an instant with both, for the screenshot.
  for (let step = 1; step <= end.events; step++) {
    await page.evaluate((n) => window.goroutineLab.seek(n), step);
    const s = await state(page);
    if (s.selects.length > 0 && s.rwmutexes[0]?.waiting_write.length > 0) {
      break;
    }
  }
  await frames(page);
  assert.deepEqual((await state(page)).overflow, []);
  await page.screenshot({ path: join(artifacts, 'sync-rwmutex-select.png') });
  await page.context().close();
});

// Returns the share of the pixels in rect (CSS pixels) of a screenshot that are clearly
// coloured: the panels of both themes are greys, every state's colour is not. (Comparing
// with one pixel of the rect failed when the lanes covered that pixel too.) The page decodes
// the PNG.
async function shareColoured(page, [x, y, w, h]) {
  const png = await page.screenshot({ clip: { x, y, width: w, height: h } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const px = g.getImageData(0, 0, image.width, image.height).data;
    let coloured = 0;
    for (let i = 0; i < px.length; i += 4) {
      const chroma = Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]);
      coloured += chroma > 60 ? 1 : 0;
    }
    return coloured / (px.length / 4);
  }, png.toString('base64'));
}

// The overview folds 10,001 lanes into rows whose colours add up. It once added them onto
// the light theme's near-white panel too, which left it white: an empty box.
test('the overview of ten thousand lanes shows them in both themes', async () => {
  for (const theme of ['light', 'dark']) {
    const context = await lab.browser.newContext({
      viewport: { width: 1280, height: 800 }, colorScheme: theme,
    });
    const page = await context.newPage();
    await page.goto(`${lab.server.url}index.html?lesson=many`);
    await page.waitForFunction(() => window.goroutineLab, null, { timeout: 60_000 });
    const end = await runVirtual(page);
    assert.equal(end.status, 'finished');
    await frames(page);
    const s = await state(page);
    assert.equal(s.theme, theme);
    assert.ok(s.controls.overview, 'no overview drawn for 10,001 lanes');
    await page.screenshot({ path: join(artifacts, `overview-${theme}.png`) });
    const share = await shareColoured(page, s.controls.overview);
    assert.ok(share > 0.3, `${theme}: only ${(share * 100).toFixed(1)}% of the overview coloured`);
    await context.close();
  }
});

