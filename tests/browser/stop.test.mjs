// stop.test.mjs: Stop ends a program whose goroutines keep every worker busy (`for {}`), on
// the press of the button (the release may be frames away when every core is busy), and the
// page goes on: the code stays, Run starts it again. Both builds: threads and the
// single-thread fallback (?threads=0).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, frames, kTimeoutMs, serveForTests, state, until } from './harness.mjs';

const lab = serveForTests();

const kBusy = `package main

func spin() {
	for {
	}
}

func main() {
	for i := 0; i < 8; i++ {
		go spin()
	}
	for {
	}
}
`;

async function open(query) {
  const page = await lab.browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(`${lab.server.url}?lesson=waitgroup${query}`);
  await page.waitForFunction(() => window.goroutineLab && window.goroutineLab.state().controls,
    null, { timeout: kTimeoutMs });
  await until(page, 'the controls are drawn', (s) => s.controls.run && s.controls.stop);
  await page.evaluate((source) => window.goroutineLab.load(source), kBusy);
  await frames(page); // the controls move up: the learner's program has no lesson text
  return page;
}

// Returns the middle of control `name` in page coordinates (the single-thread build's banner
// moves the canvas down).
async function middle(page, name) {
  const [x, y, w, h] = (await state(page)).controls[name];
  const box = await page.locator('#canvas').boundingBox();
  return [box.x + x + w / 2, box.y + y + h / 2];
}

// Presses Stop and holds it down until the run shows stopped; returns the milliseconds from
// the press (as the browser took it in) to the first state object that says so.
async function pressStop(page) {
  await page.mouse.move(...await middle(page, 'stop'));
  await page.evaluate(() => {
    window.stopTiming = { pressed: 0, stopped: 0 };
    document.getElementById('canvas').addEventListener('mousedown', (event) => {
      window.stopTiming.pressed = event.timeStamp;
    }, { capture: true, once: true });
    const watch = () => {
      if (window.goroutineLab.state().status === 'stopped') {
        window.stopTiming.stopped = performance.now();
      } else {
        setTimeout(watch, 2);
      }
    };
    watch();
  });
  await page.mouse.down();
  await page.waitForFunction(() => window.stopTiming.stopped > 0, null, { timeout: kTimeoutMs });
  await page.mouse.up();
  return page.evaluate(() => window.stopTiming.stopped - window.stopTiming.pressed);
}

for (const [build, query] of [['threads', ''], ['single-thread', '&threads=0']]) {
  test(`${build}: Stop ends goroutines that never yield, on the press; Run works again`,
    async (t) => {
      const page = await open(query);
      for (const round of [1, 2]) {
        // Run from the button, as a learner does; with threads, every P runs a spinning
        // goroutine (the single-thread build shows them between its slices of work).
        await page.mouse.click(...await middle(page, 'run'));
        await until(page, `run ${round}: every P spins`, (s) =>
          s.status === 'running' && s.goroutines.length === 9 && (query !== '' ||
          s.goroutines.filter((g) => g.state === 'running').length === s.settings.gomaxprocs));

        const ms = await pressStop(page);
        t.diagnostic(`run ${round}: press to stopped ${ms.toFixed(0)} ms`);
        const stopped = await state(page);
        assert.equal(stopped.status, 'stopped');
        assert.equal(stopped.lesson, 'custom');
        assert.equal(await page.evaluate(() => window.goroutineLab.source()), kBusy);
        if (round === 1) {
          await page.screenshot({ path: join(artifacts, `stop-busy-${build}.png`) });
        }
      }
      await page.close();
    });
}
