// memory.test.mjs: the page's runs collect their garbage, as Go's do. A learner's loop that
// makes far more short-lived garbage than the tab's memory limit (1 GiB) ends as Go's does,
// with a small heap, instead of `fatal error: runtime: out of memory`; the state object says
// how many collections ran and how long the longest held the program. Both builds: threads
// and the single-thread fallback (?threads=0).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kTimeoutMs, serveForTests, until } from './harness.mjs';

const lab = serveForTests();

// 100,000 slices of 1,000 ints: 1.6 GB made in all (an int is a 16-byte value here), at most
// two alive at once.
const kGarbage = `package main

import "fmt"

var keep []int

func main() {
	sum := 0
	for i := 0; i < 100000; i++ {
		b := make([]int, 1000)
		b[i%1000] = i
		keep = b
		sum += keep[i%1000]
	}
	fmt.Println("sum", sum)
}
`;

const kMiB = 1 << 20;

for (const [build, query] of [['threads', ''], ['single-thread', '&threads=0']]) {
  test(`${build}: a loop that makes 1.6 GB of garbage runs in a small heap`, async (t) => {
    const page = await lab.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.goto(`${lab.server.url}?lesson=waitgroup${query}`);
    await page.waitForFunction(() => window.goroutineLab && window.goroutineLab.state().controls,
      null, { timeout: kTimeoutMs });
    await page.evaluate((source) => window.goroutineLab.load(source), kGarbage);
    await page.evaluate(() => window.goroutineLab.run());
    const s = await until(page, 'the run ends', (x) => x.status !== 'running' &&
      x.status !== 'idle');

    t.diagnostic(`memory: ${JSON.stringify(s.memory)}`);
    assert.equal(s.status, 'finished', s.output);
    assert.equal(s.output, 'sum 4999950000\n');
    assert.ok(s.memory.collections > 0, 'the run collected');
    assert.ok(s.memory.heap_peak_bytes < 64 * kMiB,
      `the heap peaked at ${s.memory.heap_peak_bytes} bytes`);
    assert.equal(await page.evaluate(() => window.goroutineLab.source()), kGarbage);
    await page.close();
  });
}
