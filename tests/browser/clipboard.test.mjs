// clipboard.test.mjs: the code editor and the system clipboard, in Debian's Chromium. A
// learner's program pasted with Ctrl+V lands in the editor (line ends made Go's), Ctrl+C and
// Ctrl+X put the editor's selection on the clipboard, and the pasted program runs with Go's
// output. A field of the page around the canvas keeps its own copy and paste.
// Controls are clicked where state().controls says they are drawn.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { goRun } from './go_oracle.mjs';
import {
  artifacts, clickControl as click, frames, kTimeoutMs, serveForTests, until,
} from './harness.mjs';

const lab = serveForTests();

// Windows line ends and text beyond ASCII (beyond U+FFFF too), as a program copied from
// elsewhere may have.
const kPasted = [
  'package main', '', 'import "fmt"', '', 'func main() {',
  '\ts := "café 😀"', '\tfmt.Println(s, len(s), len([]rune(s)))', '}', '',
].join('\r\n');
const kProgram = kPasted.replaceAll('\r\n', '\n');

async function open() {
  const context = await lab.browser.newContext({ viewport: { width: 1280, height: 760 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'],
    { origin: lab.server.url });
  const page = await context.newPage();
  await page.goto(`${lab.server.url}?lesson=waitgroup`);
  await page.waitForFunction(() => window.goroutineLab && window.goroutineLab.state().controls,
    null, { timeout: kTimeoutMs });
  await until(page, 'the controls are drawn', (s) => s.controls.run);
  return page;
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const setClipboard = (page, text) =>
  page.evaluate((t) => navigator.clipboard.writeText(t), text);

// Presses the keys one after the other, as quickly as Playwright types.
async function keys(page, ...presses) {
  for (const press of presses) {
    await page.keyboard.press(press);
  }
  await frames(page);
}

test('a pasted program runs; the editor copies and cuts to the clipboard', async () => {
  const page = await open();
  await click(page, 'edit');
  await click(page, 'editor', [0.5, 0.1]);

  // Pasted in place of everything, then again at the caret: the program twice over.
  await setClipboard(page, kPasted);
  await keys(page, 'Control+A', 'Control+V', 'Control+V');
  await keys(page, 'Control+A', 'Control+C');
  assert.equal(await clipboard(page), kProgram + kProgram);

  // Select all and paste: once, in place of the selection. Cut takes it all out...
  await setClipboard(page, kPasted);
  await keys(page, 'Control+A', 'Control+V');
  await page.screenshot({ path: join(artifacts, 'clipboard-pasted.png') });
  await setClipboard(page, '');
  await keys(page, 'Control+A', 'Control+X');
  assert.equal(await clipboard(page), kProgram);
  await keys(page, 'Control+A', 'Control+C');
  assert.equal(await clipboard(page), kProgram, 'cut left nothing to select: copy kept it');

  // ...and a paste brings it back; it runs as Go runs it.
  await keys(page, 'Control+V');
  await click(page, 'run_code');
  const end = await until(page, 'the pasted program ends', (s) => s.status === 'finished');
  assert.equal(end.lesson, 'custom');
  assert.equal(end.output, goRun(kProgram));
  assert.equal(await page.evaluate(() => window.goroutineLab.source()), kProgram);
  await page.context().close();
});

test('a field of the page keeps its own copy and paste while the editor is open',
  async () => {
    const page = await open();
    await click(page, 'edit');
    await click(page, 'editor', [0.5, 0.1]);
    await keys(page, 'Control+A');

    // A host page's own field over the canvas, as an embedding page's would be.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'host-field';
      field.style.cssText = 'position:fixed;left:600px;top:400px;width:200px;z-index:9';
      document.body.appendChild(field);
    });
    await setClipboard(page, 'from the host');
    await page.click('#host-field');
    await keys(page, 'Control+V');
    assert.equal(await page.inputValue('#host-field'), 'from the host');
    await page.fill('#host-field', 'typed on the page');
    await keys(page, 'Control+A', 'Control+C');
    assert.equal(await clipboard(page), 'typed on the page');
    await keys(page, 'Control+X');
    assert.equal(await page.inputValue('#host-field'), '');

    // The editor was left as it was: back in it, Ctrl+C copies the lesson's program.
    await click(page, 'editor', [0.5, 0.1]);
    await keys(page, 'Control+A', 'Control+C');
    assert.equal(await clipboard(page), await page.evaluate(() => window.goroutineLab.source()));
    await page.context().close();
  });

test('text an input method or a dead key composes reaches the editor, typed once', async () => {
  const page = await open();
  await click(page, 'edit');
  await click(page, 'editor', [0.5, 0.1]);
  await keys(page, 'Control+A', 'Delete');
  await page.keyboard.type('s := "');
  await frames(page);
  // What an input method commits: text with no key behind it, as Input.insertText sends it.
  await page.keyboard.insertText('ça 語');
  await frames(page);
  await page.keyboard.type('"');
  await keys(page, 'Enter', 'x', 'Backspace', 'y');
  await keys(page, 'Control+A', 'Control+C');
  assert.equal(await clipboard(page), 's := "ça 語"\ny');
  await page.context().close();
});
