// share_layout.test.mjs: the page's Share button (an HTML button over the canvas) sits on the
// room the views leave for it and covers nothing they draw: at 1280x800, 800x600 and a narrow
// 560x760, in both themes, at devicePixelRatio 1 and 2 (screenshots in build/artifacts/).
// Embedded, its "Open in full page" link ends the controls' row (views.test.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, kTimeoutMs, serveForTests, until } from './harness.mjs';

const lab = serveForTests();

// Returns whether rectangles [x, y, w, h] a and b share any area.
const overlap = (a, b) =>
  a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

test('the Share button covers none of the views, at three sizes, in both themes, at 1x and 2x',
  async () => {
    for (const [width, height] of [[1280, 800], [800, 600], [560, 760]]) {
      for (const scheme of ['dark', 'light']) {
        for (const scale of [1, 2]) {
          const what = `${width}x${height} ${scheme} ${scale}x`;
          const context = await lab.browser.newContext({
            viewport: { width, height }, deviceScaleFactor: scale, colorScheme: scheme,
          });
          const page = await context.newPage();
          await page.goto(`${lab.server.url}?lesson=waitgroup`);
          await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
            { timeout: kTimeoutMs });
          // A run fills the console, whose corner the button used to cover.
          await page.evaluate(() => {
            window.goroutineLab.configure({ virtualTime: true });
            window.goroutineLab.run();
          });
          await until(page, `${what}: the run ends and the console is drawn`,
            (s) => s.status === 'finished' && s.controls.console && s.controls.share);
          // The views settle over a few frames after the run ends (the table's rows).
          await page.waitForTimeout(500);
          const s = await page.evaluate(() => window.goroutineLab.state());
          await page.screenshot({ path: join(artifacts, `share-${width}x${height}-${scheme}-` +
            `dpr${scale}.png`) });

          // The button is where the views left room for it, inside the page.
          const button = page.locator('#share');
          assert.ok(await button.isVisible(), `${what}: the button is hidden`);
          const box = await button.boundingBox();
          const room = s.controls.share;
          for (const [i, v] of [box.x, box.y, box.width, box.height].entries()) {
            assert.ok(Math.abs(v - room[i]) <= 1,
              `${what}: the button ${JSON.stringify(box)} is not on its room ${room}`);
          }
          assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width &&
            box.y + box.height <= height, `${what}: the button leaves the page`);

          // It covers no control and no panel: the console, the code, the lanes, the clock.
          const rect = [box.x, box.y, box.width, box.height];
          for (const [name, other] of Object.entries(s.controls)) {
            if (name !== 'share') {
              assert.ok(!overlap(rect, other), `${what}: the button covers ${name} ${other}`);
            }
          }
          // In the views' theme.
          assert.equal(await button.evaluate((b) => b.classList.contains('light')),
            scheme === 'light', `${what}: the button is not in the ${scheme} theme`);
          await context.close();
        }
      }
    }
  });
