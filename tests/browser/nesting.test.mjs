// nesting.test.mjs: programs nested 10,000 levels deep, pasted into the page. The page
// compiles on the browser's main thread, whose stack is about 1 MB: the deep shapes Go builds
// must compile and run there with Go's output, and the shapes we still refuse must come back
// as a compile error, with the page working on afterwards.
// Serves build/web with tools/serve.py; the programs and Go's output for them are the
// conformance suite's (tests/conformance/bad_deep_*.go and .out).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveForTests, state, until } from './harness.mjs';

const lab = serveForTests();
const conformance = join(root, 'tests/conformance');

async function open() {
  const page = await lab.browser.newPage();
  const crashes = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  await page.goto(`${lab.server.url}?lesson=waitgroup`);
  await page.waitForFunction(() => window.goroutineLab, null, { timeout: 60_000 });
  await page.evaluate(() => window.goroutineLab.configure({ virtualTime: true }));
  return { page, crashes };
}

// Compiles source on the page's main thread and loads it.
const load = (page, source) => page.evaluate((text) => window.goroutineLab.load(text), source);

async function runToEnd(page) {
  await page.evaluate(() => window.goroutineLab.run());
  return until(page, 'the run ends', (s) => !['idle', 'running'].includes(s.status));
}

test('10,000 parentheses, negations, blocks, terms and else-if arms run with Go\'s output',
  async () => {
    const { page, crashes } = await open();
    for (const name of ['bad_deep_parens', 'bad_deep_unary', 'bad_deep_blocks',
      'bad_deep_blocks_decl', 'bad_deep_sum', 'bad_deep_and', 'bad_deep_else_if']) {
      const source = readFileSync(join(conformance, `${name}.go`), 'utf8');
      const want = readFileSync(join(conformance, `${name}.out`), 'utf8');
      await load(page, source);
      const end = await runToEnd(page);
      assert.equal(end.status, 'finished', `${name}: ${JSON.stringify(end.errors)}`);
      assert.equal(end.output, want, name);
    }
    assert.deepEqual(crashes, []);
    await page.close();
  });

test('nesting we still refuse is a compile error, and the page goes on working', async () => {
  const { page, crashes } = await open();
  const head = 'package main\n\nfunc f(x int) int { return x }\n\nfunc main() {\n\tx := ';
  const nest = (open, inner, close, n) => open.repeat(n) + inner + close.repeat(n);
  let previous = '';
  for (const [shape, expr] of [
    ['calls', nest('f(', '0', ')', 10000)],
    ['right operands', nest('1+(', '1', ')', 10000)],
    ['function literals', nest('func() int { return ', '1', ' }()', 10000)],
  ]) {
    await load(page, `${head}${expr}\n\t_ = x\n}\n`);
    const s = await until(page, `${shape}: the compile error`,
      (st) => st.status === 'compile-error' && st.errors[0] !== previous);
    assert.match(s.errors[0], /^prog\.go:6:\d+: not supported yet: nesting deeper than \d+ levels$/,
      shape);
    previous = s.errors[0];
  }

  // Just below the limit, each of those shapes compiles and runs on the main thread.
  const limit = Number((await state(page)).errors[0].match(/deeper than (\d+)/)[1]);
  // A function literal counts twice: it costs about twice the stack.
  for (const [shape, expr, want] of [
    ['calls', nest('f(', '7', ')', limit - 20), '7\n'],
    ['right operands', nest('1+(', '1', ')', limit - 20), `${limit - 19}\n`],
    ['function literals', nest('func() int { return ', '1', ' }()', limit / 2 - 20), '1\n'],
  ]) {
    const source = `package main\n\nimport "fmt"\n\nfunc f(x int) int { return x }\n\n` +
      `func main() {\n\tfmt.Println(${expr})\n}\n`;
    await load(page, source);
    const end = await runToEnd(page);
    assert.equal(end.status, 'finished', `${shape}: ${JSON.stringify(end.errors)}`);
    assert.equal(end.output, want, shape);
  }

  // The lesson still loads and runs.
  const lesson = readFileSync(join(root, 'src/lessons/waitgroup.go'), 'utf8');
  await load(page, lesson);
  const end = await runToEnd(page);
  assert.equal(end.status, 'finished', JSON.stringify(end.errors));
  assert.match(end.output, /Total execution time/);
  assert.deepEqual(crashes, []);
  await page.close();
});
