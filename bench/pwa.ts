/**
 * `npm run bench` (part 3): what a phone downloads and how fast the app opens from the
 * service worker cache.
 *
 * Prints the initial JavaScript (the entry module and everything index.html preloads), gzipped;
 * the whole precache: the bytes the service worker downloads and stores (scripts and styles as
 * their gzip copies, ADR 0005), and the size of the app once unpacked; and the median time
 * from a reload to the app being interactive (its `data-ready` marker set after the first render)
 * when served by the service worker, in headless Chromium on 127.0.0.1.
 * Budgets (issue 6): initial JS < 80 KB gzipped, precache < 400 KB, interactive < 500 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACKED_SUFFIX } from '../src/serviceWorker/packedAssets';
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
const precached = [...new Set([...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]!.replace(/^\//, '')))];
if (precached.length === 0) throw new Error('no precache manifest found in dist/sw.js');
const size = (file: string): number => statSync(join(dist, file)).size;
const precacheStored = precached.reduce((total, file) => total + size(file), 0);
const unpacked = (file: string): string => (file.endsWith(PACKED_SUFFIX) ? file.slice(0, -PACKED_SUFFIX.length) : file);
const precacheUnpacked = precached.reduce((total, file) => total + size(unpacked(file)), 0);

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
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
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
  });
  await page.reload({ waitUntil: 'load' });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
    throw new Error('service worker not in control');

  /** Median of 25 reloads, each timed from the reload to the app's `data-ready` marker. */
  const reloadTimes = async (): Promise<{ median: number; min: number; max: number }> => {
    const samples: number[] = [];
    for (let i = 0; i < 25; i++) {
      const start = Date.now();
      await page.reload({ waitUntil: 'commit' });
      await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
      samples.push(Date.now() - start);
    }
    samples.sort((a, b) => a - b);
    return { median: samples[samples.length >> 1]!, min: samples[0]!, max: samples.at(-1)! };
  };
  const fast = await reloadTimes();
  // A cheap phone, roughly: Chromium's CPU throttling at 4× (Lighthouse's mobile setting).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await reloadTimes();
  await browser.close();

  console.log('Shore PWA budget (production build)');
  console.log(`initial JavaScript (${String(initialFiles.length)} files)  ${kb(initialGzip)} gzipped   budget 80 KB`);
  console.log(
    `precache (${String(precached.length)} files)           ${kb(precacheStored)} downloaded and stored (${kb(precacheUnpacked)} once unpacked)   budget 400 KB`,
  );
  const line = (times: { median: number; min: number; max: number }): string =>
    `median ${String(times.median)} ms over 25 runs (min ${String(times.min)}, max ${String(times.max)})`;
  console.log(`reload → interactive from the service worker: ${line(fast)}   budget 500 ms`);
  console.log(`  the same with the CPU slowed 4× (a cheap phone): ${line(slow)}`);
} finally {
  server.kill();
}
