// editor_keys.test.mjs: the code editor's keyboard in Debian's Chromium, headless. The hidden
// text area that takes the keyboard while the editor is edited sits on the caret the editor
// draws (where an input method shows its words), at devicePixelRatio 1 and 2, as the caret
// moves and the panel scrolls. On a Mac (the page made to believe it runs on one), Cmd+A,
// Cmd+Z and Cmd+Shift+Z act as Ctrl+A, Ctrl+Z and Ctrl+Y do elsewhere, and a key macOS never
// reports let go (it sends no keyup for a key released while Cmd is held) is not held for ever.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  artifacts, clickControl as click, decodePng, frames, kTimeoutMs, serveForTests, state, until,
} from './harness.mjs';

const lab = serveForTests();

// The editor's text metrics, in CSS pixels: ImGui sizes JetBrains Mono so that ascent plus
// descent (1,320 units) make 15 px, which puts its 600-unit advance at 6.8 px, snapped to 7;
// a line is as tall as the font, and the text starts FramePadding (0.6 em, 0.3 em) inside the
// field (src/app/theme.cpp).
const kCharW = 7;
const kLineH = 15;
const kPad = [9, 4.5];

// The dark theme's accent, in which the editor draws its caret.
const kAccent = [84, 204, 184];

// What a Mac's browser says of its platform, installed before the page's scripts run.
function pretendMac() {
  Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
  Object.defineProperty(Navigator.prototype, 'userAgentData', {
    get: () => ({ platform: 'macOS', mobile: false, brands: [] }),
  });
}

async function open({ scale = 1, mac = false } = {}) {
  const context = await lab.browser.newContext({
    viewport: { width: 1280, height: 760 }, deviceScaleFactor: scale, colorScheme: 'dark',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'],
    { origin: lab.server.url });
  const page = await context.newPage();
  if (mac) {
    await page.addInitScript(pretendMac);
  }
  await page.goto(`${lab.server.url}?lesson=waitgroup`);
  await page.waitForFunction(() => window.goroutineLab && window.goroutineLab.state().controls,
    null, { timeout: kTimeoutMs });
  await until(page, 'the controls are drawn', (s) => s.controls.run);
  return page;
}

// Presses the keys, each in a frame of its own (the page takes one tap of a key a frame).
async function keys(page, ...presses) {
  for (const press of presses) {
    await page.keyboard.press(press);
    await frames(page);
  }
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const setClipboard = (page, text) =>
  page.evaluate((t) => navigator.clipboard.writeText(t), text);

// Opens the editor and puts text in it in place of all (selected with `selectAll`), the caret
// at its end.
async function edit(page, text, selectAll = 'Control+A') {
  await click(page, 'edit');
  await click(page, 'editor', [0.5, 0.1]);
  await setClipboard(page, text);
  await keys(page, selectAll, 'Control+V');
}

// Returns the editor's text: select all with `selectAll`, then the browser's own copy (on
// Linux, Chromium copies on Ctrl+C whatever system the page believes it runs on).
async function editorText(page, selectAll) {
  await setClipboard(page, '<nothing copied>');
  await keys(page, selectAll, 'Control+C');
  return clipboard(page);
}

// Returns the hidden text area's box, in CSS pixels.
const textArea = (page) => page.locator('#text-input').boundingBox();

// Waits until the page has drawn every frame the input sent before asks for (ImGui settles
// over a few), then two more.
async function settle(page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const drawn = (await state(page)).frames;
    if (drawn === last) {
      return;
    }
    last = drawn;
    await page.waitForTimeout(250);
  }
  assert.fail('the page never stopped drawing');
}

// Returns how many rows of the screenshot's band [x - 3, x + 4) x [y + 2, y + h - 2) hold a
// pixel of the caret's colour: the caret is drawn there when all of them do.
async function caretRows(page, box) {
  const clip = { x: Math.max(box.x - 3, 0), y: box.y + 2, width: 7, height: box.height - 4 };
  const { data, width, height } = decodePng(await page.screenshot({ clip }));
  let rows = 0;
  for (let y = 0; y < height; y++) {
    let found = false;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      found = found || [0, 1, 2].every((c) => Math.abs(data[i + c] - kAccent[c]) < 40);
    }
    rows += found ? 1 : 0;
  }
  return { rows, height };
}

// Checks that the text area is where the caret is drawn, and as tall as its line.
async function assertOnCaret(page, what) {
  const box = await textArea(page);
  assert.ok(Math.abs(box.height - kLineH) < 0.5, `${what}: the text area is ${box.height} tall`);
  const { rows, height } = await caretRows(page, box);
  assert.equal(rows, height, `${what}: the caret is drawn in ${rows} of ${height} rows at ` +
    `the text area's box ${JSON.stringify(box)}`);
  return box;
}

// 60 lines, the fourth one "\tx := 12345" (a tab, then 10 columns), the last one "}".
const kLong = ['package main', '', 'func main() {', '\tx := 12345']
  .concat(Array.from({ length: 55 }, (_, i) => `\tx += ${i}`), ['}']).join('\n');

test('the hidden text area sits on the editor caret as it moves and scrolls, at 1x and 2x',
  async () => {
    for (const scale of [1, 2]) {
      const page = await open({ scale });
      await edit(page, kLong);
      const editor = (await state(page)).controls.editor;

      // The first character: where the field's text starts.
      await keys(page, 'Control+Home');
      const first = await assertOnCaret(page, `${scale}x, line 1 column 1`);
      assert.ok(Math.abs(first.x - (editor[0] + kPad[0])) <= 1 &&
        Math.abs(first.y - (editor[1] + kPad[1])) <= 1,
      `${scale}x: the text area is at ${first.x}, ${first.y}; the editor's text starts at ` +
        `${editor[0] + kPad[0]}, ${editor[1] + kPad[1]}`);

      // The end of the fourth line: three lines down, a tab and ten columns right.
      await keys(page, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'End');
      const fourth = await assertOnCaret(page, `${scale}x, end of line 4`);
      assert.ok(Math.abs(fourth.x - (first.x + 14 * kCharW)) <= 1,
        `${scale}x: at column 15 the text area is at x ${fourth.x}, not ${first.x + 14 * kCharW}`);
      assert.ok(Math.abs(fourth.y - (first.y + 3 * kLineH)) <= 1,
        `${scale}x: on line 4 the text area is at y ${fourth.y}, not ${first.y + 3 * kLineH}`);
      await page.screenshot({ path: join(artifacts, `editor-caret-dpr${scale}.png`) });

      // Line 20, then the panel scrolled by the wheel: the caret moves up on the screen, and
      // the text area with it.
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press('ArrowDown');
        await frames(page);
      }
      const twentieth = await assertOnCaret(page, `${scale}x, line 20`);
      assert.ok(Math.abs(twentieth.y - (first.y + 19 * kLineH)) <= 1,
        `${scale}x: on line 20 the text area is at y ${twentieth.y}`);
      await page.mouse.move(editor[0] + editor[2] / 2, editor[1] + 200);
      // SDL counts a notch of the wheel per 100 px of deltaY, which Chromium's emulation of a
      // pixel ratio divides by that ratio.
      await page.mouse.wheel(0, 100 * scale);
      await settle(page);
      const scrolled = await assertOnCaret(page, `${scale}x, after scrolling`);
      assert.ok(scrolled.y < twentieth.y - kLineH,
        `${scale}x: the text area stayed at ${scrolled.y}`);

      // Scrolled out of the panel: the text area waits at the panel's top edge, the panel's
      // padding (0.6 em) above where the field started before scrolling.
      for (let i = 0; i < 4; i++) {
        await page.mouse.wheel(0, 100 * scale);
        await frames(page);
      }
      await settle(page);
      const hidden = await textArea(page);
      assert.ok(Math.abs(hidden.y - (editor[1] - 9)) <= 1.5,
        `${scale}x: the caret scrolled out of sight, the text area is at y ${hidden.y}`);

      // The last line, which the panel scrolls to.
      await keys(page, 'Control+End');
      await frames(page);
      const last = await assertOnCaret(page, `${scale}x, the last line`);
      assert.ok(last.y + last.height <= 760, `${scale}x: the text area left the page`);
      await page.context().close();
    }
  });

// Presses a key with Cmd held and lets go of Cmd, as macOS reports it: no keyup of the key.
async function cmdTapNoKeyUp(cdp, key, code, keyCode) {
  const send = (params) => cdp.send('Input.dispatchKeyEvent', params);
  await send({ type: 'rawKeyDown', key: 'Meta', code: 'MetaLeft', windowsVirtualKeyCode: 91,
    modifiers: 4 });
  await send({ type: 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, modifiers: 4 });
  await send({ type: 'keyUp', key: 'Meta', code: 'MetaLeft', windowsVirtualKeyCode: 91,
    modifiers: 0 });
}

test('on a Mac, Cmd+A, Cmd+Z and Cmd+Shift+Z act in the editor as Ctrl does elsewhere',
  async () => {
    const page = await open({ mac: true });
    await edit(page, 'abc', 'Meta+A');
    assert.equal(await editorText(page, 'Meta+A'), 'abc', 'Cmd+A selects all');

    // Typed after the paste: undone one step at a time, and done again.
    await keys(page, 'End');
    await page.keyboard.type('de');
    await frames(page);
    await keys(page, 'Meta+KeyZ');
    assert.equal(await editorText(page, 'Meta+A'), 'abcd', 'Cmd+Z undoes');
    await keys(page, 'End', 'Meta+KeyZ');
    assert.equal(await editorText(page, 'Meta+A'), 'abc', 'Cmd+Z undoes again');
    await keys(page, 'End', 'Meta+Shift+KeyZ');
    assert.equal(await editorText(page, 'Meta+A'), 'abcd', 'Cmd+Shift+Z redoes');

    // Ctrl is not the shortcut key on a Mac: Ctrl+A leaves the selection as it was.
    await keys(page, 'End');
    assert.equal(await editorText(page, 'Control+A'), '<nothing copied>');

    // A paste (Cmd+V on a Mac, Ctrl+V on this Linux host: the browser's paste event either
    // way) replaces the selection.
    await setClipboard(page, 'pasted');
    await keys(page, 'Meta+A', 'Control+V');
    assert.equal(await editorText(page, 'Meta+A'), 'pasted', 'the paste replaced everything');

    // Cmd+Z twice with no keyup of Z, as macOS sends them: two undos, and Z is not left held
    // (which would draw frames for ever and undo again at the next Cmd).
    await keys(page, 'End');
    await page.keyboard.type('xy');
    await frames(page);
    const cdp = await page.context().newCDPSession(page);
    await cmdTapNoKeyUp(cdp, 'z', 'KeyZ', 90);
    await frames(page);
    await cmdTapNoKeyUp(cdp, 'z', 'KeyZ', 90);
    await frames(page);
    await page.waitForTimeout(500);
    const before = (await state(page)).frames;
    await page.waitForTimeout(1000);
    const drawn = (await state(page)).frames - before;
    assert.ok(drawn <= 2, `${drawn} frames drawn in 1 s after Cmd was let go: a key is held`);
    await keys(page, 'End');
    assert.equal(await editorText(page, 'Meta+A'), 'pasted', 'two undos, of y and of x');
    await page.context().close();
  });

test('elsewhere, Ctrl+A, Ctrl+Z and Ctrl+Y act in the editor, and Cmd does not', async () => {
  const page = await open();
  await edit(page, 'abc');
  await keys(page, 'End');
  await page.keyboard.type('de');
  await frames(page);
  await keys(page, 'Control+KeyZ');
  assert.equal(await editorText(page, 'Control+A'), 'abcd', 'Ctrl+Z undoes');
  await keys(page, 'End', 'Control+KeyY');
  assert.equal(await editorText(page, 'Control+A'), 'abcde', 'Ctrl+Y redoes');
  await keys(page, 'End');
  assert.equal(await editorText(page, 'Meta+A'), '<nothing copied>', 'Meta+A selects nothing');
  await page.context().close();
});

test('elsewhere, Ctrl+Shift+Z redoes as Ctrl+Y does, and leaves no key held', async () => {
  const page = await open();
  await edit(page, 'abc');
  await keys(page, 'End');
  await page.keyboard.type('de');
  await frames(page);
  await keys(page, 'Control+KeyZ');
  assert.equal(await editorText(page, 'Control+A'), 'abcd', 'Ctrl+Z undoes');
  await keys(page, 'End', 'Control+Shift+KeyZ');
  assert.equal(await editorText(page, 'Control+A'), 'abcde', 'Ctrl+Shift+Z redoes');

  // Shift let go before Z: the redo's key is still let go of, or the page would draw (and
  // redo) for ever.
  await keys(page, 'End', 'Control+KeyZ');
  for (const [action, key] of [['down', 'Control'], ['down', 'Shift'], ['down', 'KeyZ'],
    ['up', 'Shift'], ['up', 'KeyZ'], ['up', 'Control']]) {
    await page.keyboard[action](key);
    await frames(page);
  }
  await settle(page);
  const before = (await state(page)).frames;
  await page.waitForTimeout(1000);
  const drawn = (await state(page)).frames - before;
  assert.ok(drawn <= 2, `${drawn} frames drawn in 1 s after the keys were let go: a key is held`);
  await keys(page, 'End');
  assert.equal(await editorText(page, 'Control+A'), 'abcde', 'the second Ctrl+Shift+Z redoes');
  await page.context().close();
});

// The bug: Escape put back the text the field held when it was entered (ImGui's InputText
// does), so one key threw away everything typed since.
test('Escape leaves the editor and keeps what was typed', async () => {
  const page = await open();
  await edit(page, 'package main\n\nfunc main() {}\n');
  await keys(page, 'Control+End');
  await page.keyboard.type('// my note');
  await frames(page);
  await keys(page, 'Escape');
  await click(page, 'run_code');
  await until(page, 'the code is loaded', (s) => s.lesson === 'custom');
  assert.equal(await page.evaluate(() => window.goroutineLab.source()),
    'package main\n\nfunc main() {}\n// my note');
  await page.context().close();
});

// The learner's edit of a lesson survives a reload, even one that does not compile, and stays
// until "Lesson's original" (it was lost on reload).
test("an edit comes back after a reload until Lesson's original", async () => {
  const page = await open();
  const lesson = await page.evaluate(() => window.goroutineLab.source());
  const broken = 'package main\n\nfunc main() {\n\tx := 1\n}\n';
  await edit(page, broken);
  await click(page, 'run_code');
  await until(page, 'the errors show', (s) => s.status === 'compile-error');

  const reopen = async () => {
    await page.reload();
    await page.waitForFunction(() => window.goroutineLab && window.goroutineLab.state().controls,
      null, { timeout: kTimeoutMs });
    return page.evaluate(() => window.goroutineLab.source());
  };
  assert.equal(await reopen(), broken);
  const s = await until(page, 'the errors show again', (x) => x.status === 'compile-error');
  assert.match(s.errors.join('\n'), /x declared but not used/);

  await click(page, 'original');
  assert.equal(await page.evaluate(() => window.goroutineLab.source()), lesson);
  assert.equal(await reopen(), lesson, 'the edit is forgotten');
  await page.context().close();
});

// The bug: Edit opened the editor without the keyboard in it, so what a learner typed next
// went nowhere until they clicked inside.
test('Edit puts the keyboard in the editor', async () => {
  const page = await open();
  await click(page, 'edit');
  await frames(page);
  await frames(page);
  await page.keyboard.type('zz');
  await frames(page);
  await click(page, 'run_code');
  assert.match(await page.evaluate(() => window.goroutineLab.source()), /zz/);
  await page.context().close();
});
