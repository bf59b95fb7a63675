/**
 * `npm run bench` (part 3): what a phone downloads and how fast the app opens from the
 * service worker cache.
 *
 * Prints the initial JavaScript (the entry module and everything index.html preloads), gzipped;
 * the whole precache (every file the service worker stores), raw and gzipped; and the median time
 * from a reload to the app being interactive (its `data-ready` marker set after the first render)
 * when served by the service worker, in headless Chromium on 127.0.0.1.
 * Budgets (issue 6): initial JS < 80 KB gzipped, precache < 400 KB, interactive < 500 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';

const dist = 'dist';
const PORT = Number(process.env.SHORE_BENCH_PORT ?? 4347);
const BASE = `http://127.0.0.1:${String(PORT)}`;

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});

const gz = (file: string): number => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initialFiles = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((match) => match[1]!);
const initialGzip = initialFiles.reduce((total, file) => total + gz(file), 0);

const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!.replace(/^\//, '')))];
const precacheRaw = precached.reduce((total, file) => total + statSync(join(dist, file)).size, 0);
const precacheGzip = precached.reduce((total, file) => total + gz(file), 0);

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
  });
  await page.reload({ waitUntil: 'load' });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('service worker not in control');

  const samples: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = Date.now();
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 });
    samples.push(Date.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[samples.length >> 1]!;
  await browser.close();

  console.log('Shore PWA budget (production build)');
  console.log(`initial JavaScript (${String(initialFiles.length)} files)  ${kb(initialGzip)} gzipped   budget 80 KB`);
  console.log(`precache (${String(precached.length)} files)           ${kb(precacheRaw)} raw, ${kb(precacheGzip)} gzipped (as served compressed)   budget 400 KB`);
  console.log(`reload → interactive from the service worker: median ${String(median)} ms over ${String(samples.length)} runs (min ${String(samples[0])}, max ${String(samples.at(-1))})   budget 500 ms`);
} finally {
  server.kill();
}
