// frame_bench.mjs: opens build/web/bench.html in headless Chromium and prints what it
// reports: the p95 of the page's frame CPU time with ten thousand goroutines.
// Run: node tools/frame_bench.mjs   (needs tests/browser/node_modules, see build.sh)
// A benchmark, not a test: the figure depends on the machine and on what else it runs.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');

const server = spawn('/usr/bin/python3',
  [join(root, 'tools/serve.py'), '0', '--dir', join(root, 'build/web'), '--quiet'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = text.match(/serve: (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (match) {
      resolve(match[1]);
    }
  });
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}bench.html`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 180_000 });
  console.log(JSON.stringify(await page.evaluate(() => window.benchResult)));
} finally {
  await browser.close();
  server.kill();
}
