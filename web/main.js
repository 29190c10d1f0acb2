// main.js: starts the page. Checks what the browser offers, loads the WebAssembly program
// (goroutine-lab.js, built by Emscripten) onto the canvas and exposes window.goroutineLab.
// Whatever stops the page from running is said in plain words on the page itself.

const canvas = document.getElementById('canvas');
const loading = document.getElementById('loading');
const notice = document.getElementById('notice');

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

const isolationHelp = `
  <p>Goroutine Lab runs every goroutine of your Go program on a pool of Web Workers that
  share memory. Browsers only allow shared memory (<code>SharedArrayBuffer</code>) on pages
  that are <em>cross-origin isolated</em>, and this page is not.</p>
  <p>The server must send these two headers with the page:</p>
  <pre>Cross-Origin-Opener-Policy: same-origin
Cross-Origin-Embedder-Policy: require-corp</pre>
  <p>To run it on your machine, from the project folder:</p>
  <pre>./build.sh serve</pre>
  <p>then open <code>http://127.0.0.1:8080/</code>.</p>`;

// Returns [title, body] for the first thing the browser lacks, or null when all is there.
function missingFeature() {
  if (typeof WebAssembly !== 'object') {
    return ['Goroutine Lab needs WebAssembly',
      '<p>This browser does not run WebAssembly. Please open the page in a current ' +
      'Chrome, Edge, Firefox or Safari.</p>'];
  }
  if (!self.crossOriginIsolated || typeof SharedArrayBuffer === 'undefined') {
    return ['Goroutine Lab needs cross-origin isolation', isolationHelp];
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

// Called by main() once the App exists: the bridge becomes usable from here on.
function onReady() {
  const call = {
    state: Module.cwrap('golab_state_json', 'string', []),
    load: Module.cwrap('golab_load', null, ['string']),
    run: Module.cwrap('golab_run', null, []),
    reset: Module.cwrap('golab_reset', null, []),
    stop: Module.cwrap('golab_stop', null, []),
    preferTheme: Module.cwrap('golab_set_preferred_theme', null, ['number']),
    traceJson: Module.cwrap('golab_trace_json', 'string', []),
  };
  window.goroutineLab = Object.freeze({
    state: () => JSON.parse(call.state()),
    load: (lessonIdOrSource) => call.load(String(lessonIdOrSource)),
    run: () => call.run(),
    reset: () => call.reset(),
    stop: () => call.stop(),
    // The ended run as Chrome trace-event JSON text ('' while no run has ended).
    traceJson: () => call.traceJson(),
  });
  loading.hidden = true;

  // The page starts in the browser's colour scheme and follows it until the learner picks.
  const light = matchMedia('(prefers-color-scheme: light)');
  light.addEventListener('change', () => call.preferTheme(light.matches ? 1 : 0));

  // An unknown ?lesson= falls back to the first lesson; say so where everyone can read it.
  const asked = new URLSearchParams(location.search).get('lesson');
  const shown = window.goroutineLab.state().lesson;
  if (asked && shown !== asked) {
    const note = document.createElement('div');
    note.id = 'lesson-note';
    note.className = 'lesson-note';
    note.setAttribute('role', 'status');
    note.textContent = `There is no lesson "${asked}"; showing "${shown}" instead.`;
    note.addEventListener('click', () => note.remove());
    document.body.appendChild(note);
  }
}

function start() {
  const missing = missingFeature();
  if (missing) {
    showNotice(...missing);
    return;
  }

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => loadFailed(what),
    golabReady: onReady,
  };
  const script = document.createElement('script');
  script.src = 'goroutine-lab.js';
  script.onerror = () => loadFailed('goroutine-lab.js did not load');
  document.body.appendChild(script);
}

start();
