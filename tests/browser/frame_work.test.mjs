// frame_work.test.mjs: what the page's main thread does in the frames of a run. WebGL calls
// that return a value (getProgramParameter, getUniformLocation, ...) wait for the GPU process
// to catch up with every frame queued before; with a software GPU on a busy machine that
// took most of a frame's CPU in the ten-thousand-goroutine lesson's run. The overview's
// shaders are built and asked about before the run, on the idle page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kTimeoutMs, serveForTests, until } from './harness.mjs';

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
    assert.equal(end.goroutines.length, 10001);
    assert.ok(end.controls.overview, 'the overview of the lanes is drawn');
    const during = await page.evaluate(() => window.golabGlQueries) - before;
    assert.equal(during, 0, `${during} WebGL queries in the run's frames`);
    await page.close();
  });
