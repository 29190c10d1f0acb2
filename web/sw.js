// sw.js: the page's service worker. It does two things a plain static host cannot:
//
// 1. Cross-origin isolation. Every same-origin response it hands the page gets the
//    Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers, so after one reload
//    the page has shared memory and runs goroutines on Web Workers (main.js decides when to
//    reload, at most once per visit).
// 2. Offline. A deployed build (./build.sh dist writes its version and file list below) keeps
//    the files it serves in a cache named after its version: the HTML and the start-up
//    script at install, the rest as the page asks for them. Every file but the HTML has its
//    content's hash in its name, so a cached page can only ever load its own version's
//    files; a new deploy's worker drops the old cache once it takes over. The development
//    build (version "dev") caches nothing.

const kVersion = 'dev';
const kPrecache = [];

const kCachePrefix = 'golab-';
const kCacheName = kCachePrefix + kVersion;

// Content-hashed names (goroutine-lab.1a2b3c4d5e.wasm) never change content: cache first.
const kHashedName = /\.[0-9a-f]{10}\.[a-z.]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (kVersion !== 'dev') {
      const cache = await caches.open(kCacheName);
      await cache.addAll(kPrecache.map((name) => new Request(name, { cache: 'reload' })));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(kCachePrefix) && name !== kCacheName) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

// Returns the response with the two isolation headers added. Opaque and error responses
// (status 0) cannot be rebuilt and are left alone.
function isolated(response) {
  if (!response || response.status === 0) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Cross-Origin-Resource-Policy', 'cross-origin'); // course pages may embed us
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

// Returns this version's response for request: hashed files from the cache first (their
// content never changes), the HTML from the network first (a new deploy shows at once when
// online) and from the cache when offline.
async function respond(request) {
  if (kVersion === 'dev') {
    return fetch(request);
  }
  const cache = await caches.open(kCacheName);
  const url = new URL(request.url);
  // A page's address may carry a query (?lesson=..., a permalink): the file is the same.
  const key = request.mode === 'navigate' ? url.origin + url.pathname : request;
  if (kHashedName.test(url.pathname)) {
    const cached = await cache.match(key);
    if (cached) {
      return cached;
    }
  }
  try {
    const fresh = kHashedName.test(url.pathname) ? {} : { cache: 'no-cache' };
    const response = await fetch(request, fresh);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) {
      return cached;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return; // the browser's own handling: nothing of ours
  }
  event.respondWith(respond(request).then(isolated));
});
