/**
 * `npm run bench` (storage in a real browser): the operations of bench/storage.ts (loadProfile,
 * whole-database export, prepareImport, import into an empty database, import replacing the
 * profile) on the same data (bench/storageData.ts), and the counsellor's client list for 50, 200
 * and 500 clients (listing and loading every profile, then summarising and sorting), run by the
 * production storage code against Chromium's own IndexedDB.
 *
 * bench/storageBrowserPage.ts is bundled with esbuild, served on 127.0.0.1 (SHORE_BENCH_PORT, else
 * a free port) and driven with playwright-core in headless Chromium with an on-disk profile
 * (incognito would keep IndexedDB in memory). Each operation is timed inside the page with
 * performance.now(): one warm-up run, then 15 runs (SHORE_BENCH_RUNS); medians with min and max.
 * Everything runs twice: at full speed and with Chromium's CPU throttling at 4× (a rough cheap
 * phone; it slows the page's thread, not the browser's IndexedDB backend).
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchPersistentBrowser } from '../tests/e2e/browser';
import { BIG_SIZE } from './storageData';
import type { Samples, ShoreBench } from './storageBrowserPage';

const RUNS = Number(process.env.SHORE_BENCH_RUNS ?? 15);
const CLIENT_COUNTS = [50, 200, 500] as const;
const RATES = [1, 4] as const;

const bundle = await build({
  entryPoints: ['bench/storageBrowserPage.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;
const html =
  '<!doctype html><meta charset="utf-8"><title>Shore storage bench</title><script type="module" src="/bench.js"></script>';

const server = createServer((request, response) => {
  const [type, body] =
    request.url === '/bench.js'
      ? ['text/javascript', script]
      : request.url === '/'
        ? ['text/html', html]
        : [undefined, ''];
  response.writeHead(type ? 200 : 404, {
    'content-type': `${type ?? 'text/plain'}; charset=utf-8`,
    'cache-control': 'no-store',
  });
  response.end(body);
});
await new Promise<void>((resolve) => server.listen(Number(process.env.SHORE_BENCH_PORT ?? 0), '127.0.0.1', resolve));
const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

interface Stats {
  median: number;
  min: number;
  max: number;
}
function stats(samples: Samples): Stats {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}
const line = (label: string, samples: Samples): string => {
  const { median, min, max } = stats(samples);
  return `${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms  (min ${min.toFixed(1)}, max ${max.toFixed(1)})`;
};
const LABELS: Record<string, string> = {
  loadProfile: `loadProfile (${String(BIG_SIZE.debts)} debts, ${BIG_SIZE.log.toLocaleString('en')} log, ${String(BIG_SIZE.negotiations)} negotiations)`,
  exportBackup: 'exportBackup (whole database)',
  prepareImport: 'prepareImport (validate + checksum + preview)',
  importEmpty: 'import into an empty database (prepare + apply)',
  importReplace: 'import replacing the same profile (prepare + apply)',
};

const { context, dispose } = await launchPersistentBrowser();
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(600_000);
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForFunction(() => 'shoreBench' in window);
  const version =
    context.browser()?.version() ??
    (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?'));
  const cdp = await context.newCDPSession(page);
  console.log(
    `Shore storage in Chromium ${version} (real IndexedDB, on-disk profile; ${String(RUNS)} runs after a warm-up, timed in the page)`,
  );
  for (const rate of RATES) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    console.log(rate === 1 ? 'Full speed:' : `CPU throttled ${String(rate)}× (a rough cheap phone):`);
    const storage = await page.evaluate(
      (runs) => (window as unknown as { shoreBench: ShoreBench }).shoreBench.storage(runs),
      RUNS,
    );
    for (const { label, samples } of storage) console.log(`  ${line(LABELS[label] ?? label, samples)}`);
    for (const count of CLIENT_COUNTS) {
      const result = await page.evaluate(
        ([n, runs]) => (window as unknown as { shoreBench: ShoreBench }).shoreBench.clients(n, runs),
        [count, RUNS] as const,
      );
      console.log(`  ${line(`client list, ${String(count)} clients: load + summaries + sort`, result.total)}`);
      console.log(`  ${line('    of which loadClientDirectory (one read)', result.load)}`);
      console.log(`  ${line('    of which summaries + sortClients', result.summaries)}`);
    }
    await page.evaluate(() => (window as unknown as { shoreBench: ShoreBench }).shoreBench.cleanUp());
  }
} finally {
  await dispose();
  await new Promise((resolve) => server.close(resolve));
}
