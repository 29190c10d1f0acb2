// overview_path.test.mjs: the overview's two ways of drawing its lanes. On a real GPU they
// are one instanced draw (a segment per instance, a shared unit quad); on a software
// renderer such as the SwiftShader of headless Chromium, which runs each instance as a draw
// of its own, indexed quads. ?overview=instanced|quads forces either. Both must draw the
// same picture: the same lanes at the same instant give the same pixels.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  artifacts, decodePng, frames, kTimeoutMs, serveForTests, state, until,
} from './harness.mjs';

const lab = serveForTests();

// Twenty goroutines that sleep, queue on a Mutex, count and sleep again: 21 lanes, more than
// the overview's threshold (12) and fewer than its rows, so none fold and the GPU draws every
// lane; and more sleeps than the lesson's bracket takes (20), so the time axis is the run's.
const kProgram = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%7) * 30 * time.Millisecond)
			mu.Lock()
			for k := 0; k < 20000; k++ {
				total++
			}
			mu.Unlock()
			time.Sleep(time.Duration(i%5) * 20 * time.Millisecond)
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
`;

// Counts, per animation frame, the instanced draws WebGL is asked for, installed before the
// page's scripts run: window.golabInstanced holds [frame, instances] for each.
function countInstancedDraws() {
  window.golabInstanced = [];
  let frame = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => {
    frame++;
    callback(t);
  });
  const original = WebGL2RenderingContext.prototype.drawArraysInstanced;
  WebGL2RenderingContext.prototype.drawArraysInstanced = function (mode, first, count, n) {
    window.golabInstanced.push([frame, n]);
    return original.call(this, mode, first, count, n);
  };
}

// Opens the page with extra address options, runs kProgram on the virtual executor to its
// end and holds the view at event `step` (half the run when null); resolves to the page, the
// state there, and the overview's pixels.
async function overviewAt(options, step) {
  const page = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(countInstancedDraws);
  await page.goto(`${lab.server.url}?${options}`);
  await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
    { timeout: kTimeoutMs });
  await page.evaluate((source) => window.goroutineLab.load(source), kProgram);
  await page.evaluate(() => window.goroutineLab.configure({ virtualTime: true, seed: 3, procs: 2 }));
  await page.evaluate(() => window.goroutineLab.run());
  const ended = await until(page, 'the run ends', (s) => s.status === 'finished');
  assert.equal(ended.output, '400000\n');
  const at = step ?? Math.floor(ended.events / 2);
  await page.evaluate((n) => window.goroutineLab.seek(n), at);
  // NOTE: ImGui's tables settle their column widths and scroll bars over more frames than a
  // seek draws, so the same instant can be laid out differently after different frame
  // histories (two page loads, two machine loads). Mouse moves over an empty corner of the
  // console make the page draw until the layout is done changing.
  for (let i = 0; i < 20; i++) {
    await page.mouse.move(1250 - (i % 2), 780);
    await frames(page);
  }
  // The layout settles over a few frames (the delays' bracket comes once the timeline has
  // read the whole run): the same overview box before and after two more frames.
  let s = null;
  for (let i = 0; ; i++) {
    const before = await until(page, 'the overview draws the held instant',
      (now) => now.step === at && now.overview.drawn === 'lanes');
    await frames(page);
    s = await state(page);
    if (JSON.stringify(s.controls.overview) === JSON.stringify(before.controls.overview) &&
      s.frames === before.frames) {
      break;
    }
    assert.ok(i < 100, 'the overview never settled');
  }
  const [x, y, w, h] = s.controls.overview;
  const png = await page.screenshot({ clip: { x, y, width: w, height: h } });
  await page.screenshot({ path: join(artifacts, `overview-page-${options.replace('=', '-')}.png`) });
  return { page, state: s, step: at, png, pixels: decodePng(png) };
}

test('headless Chromium draws the overview as indexed quads unless told otherwise',
  async () => {
    const page = await lab.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${lab.server.url}?lesson=waitgroup`);
    await page.waitForFunction(() => window.goroutineLab?.state().controls.run, null,
      { timeout: kTimeoutMs });
    const s = await until(page, 'the page is ready', (s) => s.controls.run);
    assert.match(s.overview.renderer, /swiftshader/i, 'headless Chromium draws in SwiftShader');
    assert.equal(s.overview.unmasked, true, 'Chromium offers WEBGL_debug_renderer_info');
    assert.equal(s.overview.path, 'quads');
    assert.equal(s.overview.forced, false);
    await page.close();
  });

test('the instanced and the quads overview draw the same pixels', async () => {
  const quads = await overviewAt('overview=quads', null);
  const instanced = await overviewAt('overview=instanced', quads.step);
  writeFileSync(join(artifacts, 'overview-quads.png'), quads.png);
  writeFileSync(join(artifacts, 'overview-instanced.png'), instanced.png);
  assert.deepEqual([quads.state.overview.path, quads.state.overview.forced], ['quads', true]);
  assert.deepEqual([instanced.state.overview.path, instanced.state.overview.forced],
    ['instanced', true]);
  assert.equal(quads.state.goroutine_count, 21);

  // One instanced draw a frame on the instanced page, of every segment; none on the other.
  const drawsOf = (page) => page.evaluate(() => window.golabInstanced);
  const instancedDraws = await drawsOf(instanced.page);
  assert.ok(instancedDraws.length > 0, 'the instanced page made no instanced draw');
  const perFrame = new Map();
  for (const [frame] of instancedDraws) {
    perFrame.set(frame, (perFrame.get(frame) ?? 0) + 1);
  }
  assert.deepEqual([...new Set(perFrame.values())], [1], 'one instanced draw a frame');
  assert.ok(instancedDraws.at(-1)[1] >= 21, 'the draw holds a segment per instance');
  assert.deepEqual(await drawsOf(quads.page), [], 'the quads page drew no instances');

  // The same picture, to the bit: both paths draw the same two triangles per segment, in the
  // same order, with the same shader, so a rasteriser has no reason to differ. The lanes are
  // there to compare: several colours beside the panel's.
  const a = quads.pixels;
  const b = instanced.pixels;
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  let differ = 0;
  const colours = new Set();
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] ||
      a.data[i + 2] !== b.data[i + 2]) {
      differ++;
    }
    colours.add((a.data[i] << 16) | (a.data[i + 1] << 8) | a.data[i + 2]);
  }
  assert.ok(colours.size >= 4, `the overview shows ${colours.size} colours: no lanes?`);
  assert.equal(differ, 0, `${differ} of ${a.width * a.height} pixels differ`);
  await quads.page.close();
  await instanced.page.close();
});
