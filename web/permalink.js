// permalink.js: the Share button's links, format version 2, as URL query parameters.
//
//   v=2                      the format; a link without it is an ordinary address
//   lesson=<id>              the lesson shown (or the one the learner's code started from)
//   code=d.<base64url>       the learner's code, UTF-8, deflate-raw compressed; "u." instead
//                            of "d." when the browser had no CompressionStream
//   seed=<0..2^53>  speed=<0.1..10>  procs=<1..64>  exec=threads|virtual
//   step=<event>             the view held at an event of a run on the virtual executor
//   at=<ns>                  the view held at a program time of a run on threads
//
// What "restores exactly" means: a run on the virtual executor is a function of the code,
// the seed and GOMAXPROCS, so step N of it is the same instant on every machine, every time.
// A run on threads is not (the operating system decides who runs when), so no later run has
// its step N; its link carries the program time instead, and the page replays the program on
// the virtual executor with the link's seed to that time and says so in a note. Either way
// a link with a step or a time opens the same view every time it is opened.
//
// Version 1 links (v=1) are the same but for `at`; they keep opening. Their `step` with
// exec=threads counted events of a run that cannot be repeated; it is shown as event `step`
// of the virtual run, with the same note.
//
// Links are read by code we did not write the day they were made, so decoding trusts
// nothing: sizes are capped, every field is checked, and anything wrong throws a LinkError
// whose message says what, for the page to show. Knows nothing of the DOM: node tests it.

export const kLinkVersion = '2';
const kKnownVersions = ['1', '2'];

// Limits a link must keep: browsers and servers start refusing addresses near 32-64 KB, and
// no lesson needs more than a few KB of code.
export const kMaxCodeParam = 24 * 1024;
export const kMaxCodeBytes = 64 * 1024;

export class LinkError extends Error {}

const kBase64Url = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!kBase64Url.test(text) || text.length % 4 === 1) {
    throw new LinkError('its code is not base64url text');
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

// Runs bytes through a CompressionStream or DecompressionStream; a decompression stops with
// a LinkError once it passes kMaxCodeBytes, so a small link cannot expand into gigabytes.
async function pipe(stream, bytes) {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.length;
    if (stream instanceof DecompressionStream && size > kMaxCodeBytes) {
      reader.cancel().catch(() => {});
      throw new LinkError(`its code is longer than ${kMaxCodeBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// Returns the code parameter for source.
export async function encodeCode(source) {
  const bytes = new TextEncoder().encode(source);
  if (typeof CompressionStream === 'function') {
    return 'd.' + toBase64Url(await pipe(new CompressionStream('deflate-raw'), bytes));
  }
  return 'u.' + toBase64Url(bytes);
}

// Returns the source a code parameter holds; throws LinkError when it is damaged.
export async function decodeCode(param) {
  if (param.length > kMaxCodeParam) {
    throw new LinkError('its code is too long');
  }
  const kind = param.slice(0, 2);
  const bytes = fromBase64Url(param.slice(2));
  let raw;
  if (kind === 'u.') {
    raw = bytes;
  } else if (kind === 'd.') {
    if (typeof DecompressionStream !== 'function') {
      throw new LinkError('this browser cannot decompress its code');
    }
    try {
      raw = await pipe(new DecompressionStream('deflate-raw'), bytes);
    } catch (error) {
      throw error instanceof LinkError ? error : new LinkError('its code does not decompress');
    }
  } else {
    throw new LinkError('its code is in an unknown form');
  }
  if (raw.length > kMaxCodeBytes) {
    throw new LinkError(`its code is longer than ${kMaxCodeBytes} bytes`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new LinkError('its code is not UTF-8 text');
  }
}

// Returns the query string ("v=2&lesson=...") for a view: { lesson, code (or null: the
// lesson's own), seed, speed, procs, executor, step (or null), at (program ns, or null) }.
export async function encodeLink(view) {
  const q = new URLSearchParams();
  q.set('v', kLinkVersion);
  q.set('lesson', view.lesson);
  if (view.code !== null && view.code !== undefined) {
    q.set('code', await encodeCode(view.code));
  }
  q.set('seed', String(view.seed));
  q.set('speed', String(view.speed));
  q.set('procs', String(view.procs));
  q.set('exec', view.executor);
  if (view.step !== null && view.step !== undefined) {
    q.set('step', String(view.step));
  }
  if (view.at !== null && view.at !== undefined) {
    q.set('at', String(Math.round(view.at)));
  }
  return q.toString();
}

function integer(q, name, min, max) {
  const text = q.get(name);
  if (text === null) {
    return null;
  }
  if (!/^\d{1,16}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new LinkError(`its ${name} is not a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

// Returns the view a link's query holds, null when the query is no permalink (no v=), or
// throws LinkError. Whether the lesson exists is the page's to check.
export async function decodeLink(search) {
  const q = new URLSearchParams(search);
  const version = q.get('v');
  if (version === null) {
    return null;
  }
  if (!kKnownVersions.includes(version)) {
    throw new LinkError(`it is in format version ${JSON.stringify(version.slice(0, 8))}, ` +
      `which this page does not know`);
  }
  const lesson = q.get('lesson') ?? '';
  if (!/^[a-z0-9-]{1,40}$/.test(lesson)) {
    throw new LinkError('its lesson is not a lesson name');
  }
  const code = q.has('code') ? await decodeCode(q.get('code')) : null;
  let speed = null;
  if (q.has('speed')) {
    const text = q.get('speed');
    speed = Number(text);
    if (!/^\d{1,3}(\.\d{1,6})?$/.test(text) || speed < 0.1 || speed > 10) {
      throw new LinkError('its speed is not a number from 0.1 to 10');
    }
  }
  const executor = q.get('exec');
  if (executor !== null && executor !== 'threads' && executor !== 'virtual') {
    throw new LinkError('its executor is neither "threads" nor "virtual"');
  }
  const step = integer(q, 'step', 0, 10_000_000);
  const at = version === '1' ? null : integer(q, 'at', 0, Number.MAX_SAFE_INTEGER);
  if (step !== null && at !== null) {
    throw new LinkError('it names both a step and a time');
  }
  return {
    version: Number(version),
    lesson,
    code,
    seed: integer(q, 'seed', 0, Number.MAX_SAFE_INTEGER),
    speed,
    procs: integer(q, 'procs', 1, 64),
    executor,
    step,
    at,
  };
}
