// static_server.mjs: the static hosts the hosting tests and tools/budgets.mjs play against.
//
// One small node server on 127.0.0.1 that can act as a plain host (no special headers, like
// a university web space or GitHub Pages) or as one that sends the cross-origin-isolation
// headers, and that serves the precompressed .br/.gz copies ./build.sh dist writes when the
// browser accepts them. It counts the bytes it sends, per file, so a test can tell what a
// visit transferred. Like the hosts it imitates it answers a revalidation with 304 (ETag),
// and lets browsers keep the content-hashed files for good, as dist's _headers asks.
// Extra pages (a course page with an iframe) come from `pages`.

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const kTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

// Starts a server for dir. Options: isolate (send COOP/COEP), pages ({'/x.html': html}).
// Resolves to { url, stop(), setDir(dir) (a new deploy), sent: Map(path -> bytes),
// requests: [path] }.
export function startStaticServer(dir, { isolate = false, pages = {} } = {}) {
  const sent = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    const hashed = /\.[0-9a-f]{10}\.[a-z.]+$/.test(path);
    const headers = {
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (isolate) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      headers['Cross-Origin-Resource-Policy'] = 'cross-origin'; // isolated course pages embed it
    }
    const reply = (status, body, type) => {
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (status === 200 && request.headers['if-none-match'] === etag) {
        response.writeHead(304, { ...headers, ETag: etag });
        response.end();
        return;
      }
      response.writeHead(status, { ...headers, 'Content-Type': type,
        'Content-Length': body.length, ETag: etag });
      response.end(request.method === 'HEAD' ? undefined : body);
      sent.set(path, (sent.get(path) ?? 0) + body.length);
    };

    if (pages[path] !== undefined) {
      reply(200, Buffer.from(pages[path]), kTypes['.html']);
      return;
    }
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path);
    if (relative.split('/').includes('..')) {
      reply(403, Buffer.from('forbidden'), 'text/plain');
      return;
    }
    const file = join(dir, relative);
    if (!(await isFile(file))) {
      reply(404, Buffer.from('not found'), 'text/plain');
      return;
    }
    const accepts = String(request.headers['accept-encoding'] ?? '');
    for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(encoding) && await isFile(file + ext)) {
        headers['Content-Encoding'] = encoding;
        headers.Vary = 'Accept-Encoding';
        reply(200, await readFile(file + ext), kTypes[extname(file)] ?? 'application/octet-stream');
        return;
      }
    }
    reply(200, await readFile(file), kTypes[extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        stop: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
        setDir: (newDir) => { dir = newDir; },
        sent,
        requests,
      });
    });
  });
}
