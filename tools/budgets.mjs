// budgets.mjs: measures a first visit of build/dist in headless Chromium against our budgets.
//
//   node tools/budgets.mjs build/dist     (./build.sh budgets and ./build.sh bench run it)
//
// The site is served on 127.0.0.1 by tests/browser/static_server.mjs, as an isolated host
// that serves the precompressed copies. Three budgets, each printed with its figure:
//   transfer     everything the first visit downloads, compressed: at most 700 KB
//   first frame  from navigation to the first frame drawn: at most 1.5 s
//   workers      the pool of Web Workers is up before the first Run: a Run right after
//                start-up reaches the program's end as fast as any later one (within 100 ms)
// Exits 1 when one is over.

import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const { startStaticServer } = await import(join(root, 'tests/browser/static_server.mjs'));

const kTransferBudget = 700 * 1024;
const kFirstFrameBudgetMs = 1500;
const kFirstRunSlackMs = 100;

const dist = resolve(process.argv[2] ?? join(root, 'build/dist'));

// Runs the loaded program in the page; resolves to the wall time it took, in ms.
function timeRun(page) {
  return page.evaluate(() => new Promise((done) => {
    const t0 = performance.now();
    window.goroutineLab.run();
    const timer = setInterval(() => {
      if (!['idle', 'running'].includes(window.goroutineLab.state().status)) {
        clearInterval(timer);
        done(performance.now() - t0);
      }
    }, 1);
  }));
}

const server = await startStaticServer(dist, { isolate: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}?lesson=go-no-wait`);
  await page.waitForFunction(() => performance.getEntriesByName('golab-first-frame').length,
    null, { timeout: 60_000 });
  const firstFrameMs = await page.evaluate(() =>
    performance.getEntriesByName('golab-first-frame')[0].startTime);
  const threads = await page.evaluate(() => window.goroutineLab.threads);

  // The first Run, at once, then a later one: no worker may still be starting for the first.
  const firstRunMs = await timeRun(page);
  const laterRunMs = await timeRun(page);
  await page.waitForTimeout(1500); // what the page fetches after start-up (offline cache)

  let transfer = 0;
  const lines = [];
  for (const [path, bytes] of [...server.sent].sort((a, b) => b[1] - a[1])) {
    transfer += bytes;
    lines.push(`    ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${path}`);
  }
  const verdict = (ok) => {
    failed ||= !ok;
    return ok ? 'ok  ' : 'OVER';
  };
  console.log(`budgets: first visit of ${dist} (${threads ? 'threaded' : 'single-thread'} build)`);
  console.log(`  ${verdict(transfer <= kTransferBudget)} transfer     ` +
    `${(transfer / 1024).toFixed(1)} KB of ${kTransferBudget / 1024} KB`);
  console.log(lines.join('\n'));
  console.log(`  ${verdict(firstFrameMs <= kFirstFrameBudgetMs)} first frame  ` +
    `${firstFrameMs.toFixed(0)} ms of ${kFirstFrameBudgetMs} ms after navigation`);
  console.log(`  ${verdict(firstRunMs <= laterRunMs + kFirstRunSlackMs)} workers      ` +
    `first Run ended in ${firstRunMs.toFixed(0)} ms, a later one in ${laterRunMs.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
