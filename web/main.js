// main.js: starts the page. Checks what the browser offers, loads the WebAssembly program
// onto the canvas and exposes window.goroutineLab. Where the page is cross-origin isolated
// it loads goroutine-lab.js (goroutines on Web Workers); elsewhere, or with ?threads=0, it
// loads goroutine-lab-st.js, which runs the same program on this one thread, and says so in
// a banner. Whatever stops the page from running is said in plain words on the page itself.

import { LinkError, decodeLink, encodeLink } from './permalink.js';

const canvas = document.getElementById('canvas');
const loading = document.getElementById('loading');
const notice = document.getElementById('notice');
const params = new URLSearchParams(location.search);

// ./build.sh dist writes the deployed version and its content-hashed file names here.
const kBuild = { version: 'dev', files: {} };
const fileUrl = (name) => kBuild.files[name] ?? name;

// embed.html, or any page address with ?embed=1: the compact view for iframes.
const embedded = document.body.dataset.embed === '1' || params.get('embed') === '1';

// ---------------------------------------------------------------------------------------------
// [SECTION] Notices: what the page says when it cannot run
// ---------------------------------------------------------------------------------------------

// Replaces the canvas with a message; `body` is trusted HTML written in this file.
function showNotice(title, body) {
  loading.hidden = true;
  canvas.hidden = true;
  notice.innerHTML = `<h1>${title}</h1>${body}`;
  notice.hidden = false;
}

const kHtmlEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => kHtmlEntities[c]);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Threads or not: the build to load, and isolation through our service worker
// ---------------------------------------------------------------------------------------------

// Returns which program to load: { threads: true } where the browser gives shared memory,
// else { threads: false, why } with the reason the banner gives.
function chooseBuild() {
  if (params.get('threads') === '0') {
    return { threads: false, why: 'the address asks for it (threads=0)' };
  }
  if (self.crossOriginIsolated && typeof SharedArrayBuffer !== 'undefined') {
    return { threads: true };
  }
  return {
    threads: false,
    why: 'this page is not cross-origin isolated, so the browser gives it no shared memory ' +
      'for Web Workers',
  };
}

// Shows the one-line banner of the single-thread build above the canvas.
function showBanner(procs, why) {
  const banner = document.createElement('div');
  banner.id = 'banner';
  banner.className = 'banner';
  banner.setAttribute('role', 'status');
  banner.textContent = `Simulating ${procs} cores on one thread, because ${why}. ` +
    'Programs behave the same; only the speed of busy goroutines differs.';
  banner.title = banner.textContent;
  document.body.prepend(banner);
  document.body.classList.add('with-banner');
}

// Returns [title, body] for the first thing the browser lacks, or null when all is there.
function missingFeature() {
  if (typeof WebAssembly !== 'object') {
    return ['Goroutine Lab needs WebAssembly',
      '<p>This browser does not run WebAssembly. Please open the page in a current ' +
      'Chrome, Edge, Firefox or Safari.</p>'];
  }
  if (!document.createElement('canvas').getContext('webgl2')) {
    return ['Goroutine Lab needs WebGL2',
      '<p>The page draws with WebGL2, which this browser has turned off or does not ' +
      'offer. Check that hardware acceleration is enabled, or try another browser.</p>'];
  }
  return null;
}

function loadFailed(what) {
  showNotice('Goroutine Lab could not start',
    `<p>Loading the program failed:</p><pre>${escapeHtml(what)}</pre>` +
    '<p>Reloading the page may help. If it keeps failing, the build in this folder may be ' +
    'incomplete: run <code>./build.sh serve</code> again.</p>');
}

// Remembers, for this visit only, that the page reloaded itself to become isolated.
const kReloadKey = 'golab-isolation-reload';

// Returns a promise that rejects after ms.
const timeout = (ms) => new Promise((_, reject) =>
  setTimeout(() => reject(new Error('timeout')), ms));

// Where the host sends no COOP/COEP, registers sw.js (which adds them) and reloads the page
// once. Resolves to true when a reload is under way, false when the page should go on as it
// is: no service workers (old browsers, some private windows), storage denied (no way to
// remember the reload, so none is tried), a frame whose parent withholds isolation, or a
// reload already tried in this visit.
async function reloadIsolated() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) {
    return false;
  }
  const policy = document.featurePolicy;
  if (policy && policy.allowsFeature && !policy.allowsFeature('cross-origin-isolated')) {
    return false;
  }
  // NOTE: a frame is isolated only under an isolated top-level page. A same-origin frame
  // passes the policy check above by default, so where its top can be read and is not
  // isolated, a reload would be wasted: the headers alone cannot isolate it.
  if (window.top !== window) {
    try {
      if (!window.top.crossOriginIsolated) {
        return false;
      }
    } catch {
      // a cross-origin top: it may be isolated, so the reload may help
    }
  }
  try {
    if (sessionStorage.getItem(kReloadKey)) {
      return false;
    }
    sessionStorage.setItem(kReloadKey, '1');
  } catch {
    return false;
  }
  try {
    await Promise.race([registerWorker(), timeout(5000)]);
    await Promise.race([navigator.serviceWorker.ready, timeout(5000)]);
  } catch (error) {
    console.warn(`web: no service worker, so no isolation: ${error.message}`);
    return false;
  }
  location.reload();
  return true;
}

function registerWorker() {
  return navigator.serviceWorker.register('sw.js');
}

// A deployed page keeps its files for offline visits. The first visit loaded them before the
// service worker ran, so they are put in its cache here (from the HTTP cache, mostly).
async function keepForOffline(files) {
  if (kBuild.version === 'dev' || !('serviceWorker' in navigator) || !window.caches) {
    return;
  }
  try {
    // Asks for a new deploy's worker, which takes over once it has its files (see sw.js).
    // NOTE: Chromium defers the check it makes after a navigation while the page is busy
    // starting; a second later, asking works.
    const registration = await registerWorker();
    setTimeout(() => registration.update().catch(() => {}), 1000);
    const cache = await caches.open(`golab-${kBuild.version}`);
    await cache.addAll(files);
  } catch (error) {
    console.warn(`web: the page will not work offline: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The bridge: window.goroutineLab
// ---------------------------------------------------------------------------------------------

let lab = null;

// Called by main() once the App exists: the bridge becomes usable from here on.
async function onReady(build) {
  // For tools/budgets.mjs: when the program could first be used, and its first drawn frame
  // (main() hands the frame loop to the browser right after this call).
  performance.mark('golab-ready');
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('golab-first-frame')));

  const call = {
    state: Module.cwrap('golab_state_json', 'string', []),
    load: Module.cwrap('golab_load', null, ['string']),
    run: Module.cwrap('golab_run', null, []),
    reset: Module.cwrap('golab_reset', null, []),
    stop: Module.cwrap('golab_stop', null, []),
    preferTheme: Module.cwrap('golab_set_preferred_theme', null, ['number']),
    traceJson: Module.cwrap('golab_trace_json', 'string', []),
    pause: Module.cwrap('golab_pause', null, []),
    resume: Module.cwrap('golab_resume', null, []),
    step: Module.cwrap('golab_step', null, []),
    seek: Module.cwrap('golab_seek', null, ['number']),
    seekTime: Module.cwrap('golab_seek_time', null, ['number']),
    configure: Module.cwrap('golab_configure', null, ['number', 'number', 'number', 'number']),
    source: Module.cwrap('golab_source', 'string', []),
    compact: Module.cwrap('golab_set_compact', null, ['number']),
    textFieldActive: Module.cwrap('golab_text_field_active', 'number', []),
    textFieldSelection: Module.cwrap('golab_text_field_selection', 'string', []),
    textFieldPaste: Module.cwrap('golab_text_field_paste', null, ['string']),
    textFieldCut: Module.cwrap('golab_text_field_cut', null, []),
    inputNow: Module.cwrap('golab_input_now', null, []),
    typeText: Module.cwrap('golab_type_text', null, ['string']),
  };
  lab = call;
  window.goroutineLab = Object.freeze({
    state: () => JSON.parse(call.state()),
    load: (lessonIdOrSource) => call.load(String(lessonIdOrSource)),
    run: () => call.run(),
    reset: () => call.reset(),
    stop: () => call.stop(),
    // The ended run as Chrome trace-event JSON text ('' while no run has ended).
    traceJson: () => call.traceJson(),
    pause: () => call.pause(),
    step: () => call.step(),
    seek: (events) => call.seek(Number(events)),
    configure: ({ procs = 0, virtualTime, seed = -1, speed = 0 } = {}) => call.configure(
      procs, virtualTime === undefined ? -1 : Number(Boolean(virtualTime)), seed, speed),
    source: () => call.source(),
    shareUrl: () => shareUrl(),
    threads: build.threads,
  });
  loading.hidden = true;
  if (embedded) {
    call.compact(1);
  }
  if (!build.threads) {
    showBanner(window.goroutineLab.state().procs, build.why);
  }
  // SDL sizes the canvas's backing store from its CSS box, but reads that box only on the
  // window's resize event: a box that changes without one (the banner above, a container
  // whose layout changes) would leave the picture stretched to the old size.
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => window.dispatchEvent(new Event('resize'))).observe(canvas);
  }

  // The page starts in the browser's colour scheme and follows it until the learner picks.
  const light = matchMedia('(prefers-color-scheme: light)');
  light.addEventListener('change', () => call.preferTheme(light.matches ? 1 : 0));

  // A permalink sets the whole view; an unknown ?lesson= falls back to the first lesson.
  // Either way a note says what could not be shown, or how a threaded run's instant is.
  let problem = null;
  try {
    const view = await decodeLink(location.search);
    if (view) {
      problem = restoreView(view);
    }
  } catch (error) {
    if (!(error instanceof LinkError)) {
      throw error;
    }
    call.load('');
    problem = `This link is damaged (${error.message}); showing the first lesson instead.`;
  }
  const asked = params.get('lesson');
  const shown = window.goroutineLab.state().lesson;
  if (!problem && asked && shown !== asked && shown !== 'custom') {
    problem = `There is no lesson "${asked}"; showing "${shown}" instead.`;
  }
  if (problem) {
    showNote(problem);
  }

  addShareButton();
  startClipboard(call);
  startTextInput(call);
  // A press on the canvas is answered at once (Stop, above all), in a frame drawn now: the
  // next animation frame can be a second away when goroutines keep every core busy. SDL has
  // seen the press by now: it listens on the canvas itself. Then the keyboard goes where that
  // frame left it: to the hidden text area while a field of the canvas is being edited.
  document.addEventListener('mousedown', (event) => {
    if (event.target === canvas) {
      call.inputNow();
      focusForTyping(call);
    }
  });
  // A button can open a field (Edit opens the editor, with the keyboard in it): the field is
  // active a frame or two after the release, so the keyboard follows then.
  document.addEventListener('mouseup', (event) => {
    if (event.target === canvas) {
      requestAnimationFrame(() => requestAnimationFrame(() => focusForTyping(call)));
    }
  });
  if (embedded) {
    startEmbedding();
  }
  const page = location.pathname.split('/').pop() || './';
  const script = new URL(import.meta.url).pathname.split('/').pop();
  keepForOffline([page, script, ...['permalink.js', 'style.css'].map(fileUrl), ...build.files]);
  window.dispatchEvent(new Event('golab-ready'));
}

function showNote(text) {
  const note = document.createElement('div');
  note.id = 'lesson-note';
  note.className = 'lesson-note';
  note.setAttribute('role', 'status');
  note.textContent = text;
  note.addEventListener('click', () => note.remove());
  document.body.appendChild(note);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Permalinks: the Share button
// ---------------------------------------------------------------------------------------------

// Returns the view as the permalink's fields (see permalink.js for what a step means). A
// view held at an instant names the run on screen: its settings, and its step when it ran on
// the virtual executor, else its program time.
function currentView() {
  const state = window.goroutineLab.state();
  const held = state.live === false && state.run !== null && state.run !== undefined;
  const settings = (held ? state.run : state.settings) ?? {};
  const custom = state.lesson === 'custom';
  return {
    lesson: custom ? (params.get('lesson') ?? 'custom') : state.lesson,
    code: custom ? lab.source() : null,
    seed: settings.seed ?? 0,
    speed: settings.speed ?? 1,
    procs: settings.gomaxprocs ?? state.procs,
    executor: settings.virtual_time ? 'virtual' : 'threads',
    step: held && settings.virtual_time ? state.step : null,
    at: held && !settings.virtual_time ? Math.round(state.clock_ms * 1e6) : null,
  };
}

// Returns a full-page link to what is on screen.
async function shareUrl() {
  const view = currentView();
  if (view.lesson === 'custom') {
    view.lesson = 'waitgroup';
  }
  const page = new URL('index.html', location.href);
  page.search = await encodeLink(view);
  return page.href;
}

// Applies a decoded permalink; returns the note the page shows about it, or null.
// An instant (a step or a time) is always shown in a run on the virtual executor, the only
// one that comes out the same every time (see permalink.js).
function restoreView(view) {
  if (view.code !== null) {
    lab.load(view.code);
  } else {
    lab.load(view.lesson);
  }
  const instant = view.step !== null || view.at !== null;
  const virtual = instant || view.executor === 'virtual' ? 1 : view.executor === null ? -1 : 0;
  lab.configure(view.procs ?? 0, virtual, view.seed ?? -1, view.speed ?? 0);
  if (!instant) {
    return null;
  }
  lab.run();
  const wait = setInterval(() => {
    const state = window.goroutineLab.state();
    if (state.status !== 'running' && state.status !== 'idle') {
      clearInterval(wait);
      if (view.step !== null) {
        lab.seek(view.step);
      } else {
        lab.seekTime(view.at);
      }
    }
  }, 20);
  if (view.executor !== 'threads') {
    return null;
  }
  const where = view.at !== null ? `program time ${(view.at / 1e9).toFixed(3)} s`
    : `event ${view.step}`;
  return 'This view was shared from a run on worker threads, which never runs the same way ' +
    `twice; shown here is a simulated run on one thread (seed ${view.seed ?? 0}) at ${where}.`;
}

// Where the views leave room for the Share button: x, y, width, height in the canvas's CSS
// pixels, and whether they are light, from main_web.cpp after each frame that changed them;
// null before the first frame.
let shareRoom = null;

// Puts the Share button on the room the views left for it (hidden while they leave none),
// in the views' theme.
function placeShare(x, y, width, height, light) {
  shareRoom = [x, y, width, height, light];
  const button = document.getElementById('share');
  if (!button) {
    return;
  }
  const box = canvas.getBoundingClientRect();
  button.hidden = width <= 0 || height <= 0;
  button.classList.toggle('light', light);
  Object.assign(button.style, {
    left: `${box.left + x}px`, top: `${box.top + y}px`, width: `${width}px`,
    height: `${height}px`,
  });
}

function addShareButton() {
  const button = document.createElement('button');
  button.id = 'share';
  button.className = 'share';
  button.type = 'button';
  button.textContent = embedded ? 'Open in full page' : 'Share';
  button.title = embedded ? 'Open this program in the full page' : 'A link to this view';
  button.hidden = true;
  button.addEventListener('click', async () => {
    const url = await shareUrl();
    if (embedded) {
      window.open(url, '_blank', 'noopener');
      return;
    }
    showShareBox(url);
  });
  document.body.appendChild(button);
  if (shareRoom) {
    placeShare(...shareRoom);
  }
  // The canvas can move without the views moving the room (the banner above it).
  window.addEventListener('resize', () => shareRoom && placeShare(...shareRoom));
}

// Shows the link, selected, and copies it where the browser lets us.
function showShareBox(url) {
  let box = document.getElementById('share-box');
  if (!box) {
    box = document.createElement('div');
    box.id = 'share-box';
    box.className = 'share-box';
    const field = document.createElement('input');
    field.readOnly = true;
    field.setAttribute('aria-label', 'Link to this view');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => box.remove());
    box.append(field, close);
    document.body.appendChild(box);
  }
  const field = box.querySelector('input');
  field.value = url;
  field.focus();
  field.select();
  navigator.clipboard?.writeText(url).catch(() => {});
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Clipboard: copy, cut and paste in the code editor
// ---------------------------------------------------------------------------------------------
//
// SDL cancels every key pressed with Ctrl, so on its own the page would never copy or paste,
// not even in a field of the page around the canvas; and it keeps a clipboard of its own,
// which the system's never sees. So clipboard shortcuts never reach SDL: the browser turns
// them into copy, cut and paste events as on any page, and while one of the canvas's text
// fields is being edited (the code editor, the seed) those events copy its selection, cut it,
// or put the pasted text in its place. Everywhere else they are left to the browser.

// Returns whether a key event is one the browser copies, cuts or pastes on.
function isClipboardShortcut(event) {
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && !event.altKey) {
    // Ctrl with the key labelled C, V or X, or in a non-Latin layout the key in their place.
    const latin = /^[a-z]$/.test(key);
    if (['c', 'v', 'x'].includes(key) ||
        (!latin && ['KeyC', 'KeyV', 'KeyX'].includes(event.code))) {
      return true;
    }
  }
  return (key === 'insert' && (event.ctrlKey || event.shiftKey)) ||
    (key === 'delete' && event.shiftKey && !event.ctrlKey);
}

// The canvas's hidden text area (see startTextInput).
const textInput = document.createElement('textarea');

// Returns whether the page runs on an Apple system, where Cmd, not Ctrl, goes with a key for
// a shortcut (main() reads it as Module.golabMacKeys).
function isMac() {
  const platform = navigator.userAgentData?.platform || navigator.platform || '';
  return /^(mac|iphone|ipad|ipod)/i.test(platform);
}

// Returns whether the event is aimed at an element of the page other than the canvas: a field
// or a button that has the keyboard (the share box, a host page's own field).
function aimedElsewhere(event) {
  const target = event.target;
  return target instanceof Element && target !== canvas && target !== textInput &&
    target !== document.body && target !== document.documentElement;
}

function startClipboard(call) {
  // SDL listens on window, after this: what it never sees, it neither cancels nor acts on.
  // Keys typed into an element of the page are that element's alone (Ctrl+A selects its text,
  // R is a letter there, not Reset).
  for (const type of ['keydown', 'keypress']) {
    window.addEventListener(type, (event) => {
      if (aimedElsewhere(event) || (type === 'keydown' && isClipboardShortcut(event))) {
        event.stopImmediatePropagation();
      }
    }, { capture: true });
  }

  if (isMac()) {
    startCmdKeys();
  }

  // SDL cancels the mouse's default on the canvas, focus included: without this, a field of
  // the page clicked before would keep the keyboard, and the paste, while the editor shows a
  // caret.
  canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }), true);

  // An event is the editor's when it is aimed at the canvas (or at nothing focused), no text
  // of the page is selected and a field of the canvas is being edited.
  const ours = (event) => !aimedElsewhere(event) &&
    String(document.getSelection() ?? '') === '' && call.textFieldActive() === 1;
  const copy = (event, cut) => {
    if (!ours(event)) {
      return;
    }
    const text = call.textFieldSelection();
    if (text === '') {
      return;
    }
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    if (cut) {
      call.textFieldCut();
    }
  };
  document.addEventListener('copy', (event) => copy(event, false));
  document.addEventListener('cut', (event) => copy(event, true));
  document.addEventListener('paste', (event) => {
    if (!ours(event)) {
      return;
    }
    event.preventDefault();
    call.textFieldPaste(event.clipboardData.getData('text/plain'));
  });
}

// On a Mac, Cmd goes with a key for a shortcut: main() turns on ImGui's Mac behaviours, under
// which the code editor takes Cmd+A, Cmd+Z and Cmd+Shift+Z (and Alt+arrows for words). SDL
// cancels the browser's default of keys pressed with Ctrl only; these are cancelled here, so
// the browser neither selects the page nor undoes in the hidden text area while SDL acts on
// them. And macOS sends no keyup for a key let go while Cmd is held: SDL and ImGui would hold
// that key down for ever (repeating the undo at the next Cmd, drawing frames without end),
// so keys pressed with Cmd and still down when Cmd goes up are let go of then.
function startCmdKeys() {
  const heldWithCmd = new Map(); // code -> key
  window.addEventListener('keydown', (event) => {
    if (aimedElsewhere(event) || !event.metaKey || event.key === 'Meta') {
      return;
    }
    heldWithCmd.set(event.code, event.key);
    if (!event.ctrlKey && !event.altKey && ['KeyA', 'KeyZ', 'KeyY'].includes(event.code)) {
      event.preventDefault();
    }
  }, { capture: true });
  window.addEventListener('keyup', (event) => {
    heldWithCmd.delete(event.code);
    if (event.key !== 'Meta' || event.metaKey) {
      return; // the other Cmd key is still down
    }
    const keys = [...heldWithCmd];
    heldWithCmd.clear();
    for (const [code, key] of keys) {
      window.dispatchEvent(new KeyboardEvent('keyup', { code, key, bubbles: true }));
    }
  }, { capture: true });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Text input: what input methods and dead keys compose
// ---------------------------------------------------------------------------------------------
//
// A browser composes text (an input method's words, a dead key's é) only in an element that
// edits text, never in a canvas. So while a text field of the canvas is being edited, a hidden
// text area has the keyboard: keys still reach SDL (arrows, Backspace, Enter, shortcuts), but
// the text typed comes from the text area's input events, not from SDL's keypress, which is
// kept from SDL there so nothing is typed twice.

function startTextInput(call) {
  textInput.id = 'text-input';
  textInput.className = 'text-input';
  textInput.setAttribute('aria-hidden', 'true');
  textInput.tabIndex = -1;
  textInput.autocomplete = 'off';
  textInput.spellcheck = false;
  document.body.appendChild(textInput);

  window.addEventListener('keypress', (event) => {
    if (event.target === textInput) {
      event.stopImmediatePropagation();
    }
  }, { capture: true });
  const type = (text) => {
    if (text) {
      call.typeText(text);
    }
    textInput.value = '';
  };
  textInput.addEventListener('input', (event) => {
    if (!event.isComposing && event.inputType === 'insertText') {
      type(event.data);
    } else if (!event.isComposing) {
      textInput.value = ''; // a line break, a deletion: SDL had the key itself
    }
  });
  textInput.addEventListener('compositionend', (event) => type(event.data));
}

// Puts the hidden text area on the caret of the field being edited (x, y: the top of the caret
// line in the canvas, height: the line's, all in CSS pixels), where an input method shows the
// words it proposes. ImGui tells the caret's place through io.ImeSetInputScreenPosFn, each
// time it moves (main_web.cpp). Kept inside the canvas: a caret scrolled out of the code panel
// must not take the text area, and the browser's scrolling, off the page.
function placeTextInput(x, y, height) {
  const box = canvas.getBoundingClientRect();
  const left = Math.min(Math.max(x, 0), Math.max(box.width - 1, 0));
  const top = Math.min(Math.max(y, 0), Math.max(box.height - height, 0));
  const style = textInput.style;
  style.left = `${box.left + left}px`;
  style.top = `${box.top + top}px`;
  style.height = `${height}px`;
  style.lineHeight = `${height}px`;
  style.fontSize = `${Math.round(height * 0.8)}px`;
}

// Gives the keyboard to the hidden text area while a field of the canvas is being edited, and
// back to the canvas once none is.
function focusForTyping(call) {
  if (call.textFieldActive() === 1) {
    textInput.focus({ preventScroll: true });
  } else if (document.activeElement === textInput) {
    canvas.focus({ preventScroll: true });
  }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Embedding: postMessage API, focus and height for a host page
// ---------------------------------------------------------------------------------------------
//
// To the parent: { source: 'goroutine-lab', type: 'ready' | 'state' | 'height', ... }.
// From the parent (anything else is ignored):
//   { type: 'load', lesson: 'waitgroup' } or { type: 'load', code: 'package main ...' }
//   { type: 'run' | 'pause' | 'step' | 'reset' }
//   { type: 'setSpeed', speed: 0.1..10 }   { type: 'setProcs', procs: 1..64 }

const kMessageSource = 'goroutine-lab';

function tell(type, fields = {}) {
  if (window.parent !== window) {
    // NOTE: '*': the page does not know who embeds it, and nothing it says is secret.
    window.parent.postMessage({ source: kMessageSource, type, ...fields }, '*');
  }
}

// Returns the command a message asks for, or null when its shape is wrong.
function parseCommand(data) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return null;
  }
  const isText = (v, max) => typeof v === 'string' && v.length > 0 && v.length <= max;
  switch (data.type) {
  case 'load':
    if (isText(data.lesson, 40) && /^[a-z0-9-]+$/.test(data.lesson) && data.code === undefined) {
      return () => lab.load(data.lesson);
    }
    if (isText(data.code, 64 * 1024) && data.lesson === undefined) {
      return () => lab.load(data.code.includes('\n') ? data.code : data.code + '\n');
    }
    return null;
  case 'run':
    return () => lab.run();
  case 'pause':
    return () => lab.pause();
  case 'step':
    return () => lab.step();
  case 'reset':
    return () => lab.reset();
  case 'setSpeed':
    if (Number.isFinite(data.speed) && data.speed >= 0.1 && data.speed <= 10) {
      return () => lab.configure(0, -1, -1, data.speed);
    }
    return null;
  case 'setProcs':
    if (Number.isInteger(data.procs) && data.procs >= 1 && data.procs <= 64) {
      return () => lab.configure(data.procs, -1, -1, 0);
    }
    return null;
  default:
    return null;
  }
}

// The parts of the state a host page follows; a change in any of them is a 'state' event.
function publicState() {
  const s = window.goroutineLab.state();
  return {
    lesson: s.lesson,
    status: s.status,
    paused: s.paused,
    clock_ms: s.clock_ms,
    output: s.output,
    output_omitted: s.output_omitted,
    settings: s.settings,
    goroutines: s.goroutines.map((g) => ({ id: g.id, fn: g.fn, state: g.state, line: g.line })),
    goroutine_count: s.goroutine_count,
    goroutine_states: s.goroutine_states,
  };
}

// The height the view needs: the code panel shows every line of the program.
function wantedHeight() {
  const lines = lab.source().split('\n').length;
  return Math.round(Math.min(900, Math.max(360, 120 + lines * 21)));
}

function startEmbedding() {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.source === window) {
      return;
    }
    const command = parseCommand(event.data);
    if (command) {
      command();
    }
  });

  // Keyboard and wheel belong to the host page until the canvas is clicked, and again once
  // anything outside it is (focus leaves the frame).
  let focused = false;
  canvas.addEventListener('pointerdown', () => {
    focused = true;
    canvas.focus();
  }, true);
  window.addEventListener('blur', () => { focused = false; });
  for (const type of ['keydown', 'keyup', 'keypress', 'wheel']) {
    window.addEventListener(type, (event) => {
      if (!focused) {
        event.stopImmediatePropagation(); // SDL never sees it; the browser does as usual
      }
    }, { capture: true });
  }

  let last = '';
  let lastHeight = 0;
  setInterval(() => {
    const text = JSON.stringify(publicState());
    if (text !== last) {
      last = text;
      tell('state', { state: JSON.parse(text) });
    }
    const height = wantedHeight();
    if (height !== lastHeight) {
      lastHeight = height;
      tell('height', { height });
    }
  }, 50);
  tell('ready', { state: publicState() });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Start
// ---------------------------------------------------------------------------------------------

// Until the program is ready, a failure nobody catches means it cannot start: Emscripten leaves
// a failed download of the WebAssembly (the network, a host that lost the file) as an
// unhandled rejection, without calling onAbort, and the canvas would stay blank.
function watchStartFailures() {
  const failed = (reason) => {
    if (!lab && notice.hidden) {
      loadFailed(String(reason?.message ?? reason ?? 'unknown error'));
    }
  };
  window.addEventListener('unhandledrejection', (event) => failed(event.reason));
  window.addEventListener('error', (event) => failed(event.error ?? event.message));
}

async function start() {
  if (typeof WebAssembly !== 'object') {
    showNotice(...missingFeature());
    return;
  }
  const isolated = self.crossOriginIsolated && typeof SharedArrayBuffer !== 'undefined';
  if (!isolated && params.get('threads') !== '0' && await reloadIsolated()) {
    return;
  }

  const build = chooseBuild();
  const program = build.threads ? 'goroutine-lab' : 'goroutine-lab-st';
  build.files = [`${program}.js`, `${program}.wasm`]
    .concat(build.threads ? [`${program}.worker.js`] : []).map(fileUrl);
  window.Module = {
    canvas,
    locateFile: (path) => fileUrl(path),
    mainScriptUrlOrBlob: fileUrl(`${program}.js`),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => loadFailed(what),
    golabReady: () => onReady(build),
    golabMacKeys: isMac(),
    golabPlaceTextInput: placeTextInput,
    golabPlaceShare: placeShare,
  };
  watchStartFailures();
  const script = document.createElement('script');
  script.src = fileUrl(`${program}.js`);
  script.onerror = () => loadFailed(`${program}.js did not load`);
  document.body.appendChild(script);

  // NOTE: the WebGL2 probe starts the browser's GPU process, which took a second on a busy
  // machine: done while the program downloads and compiles, not before.
  const missing = missingFeature();
  if (missing) {
    window.Module.golabReady = () => {};
    window.Module.onAbort = () => {};
    showNotice(...missing);
  }
}

start();
