/**
 * `npm run bench` (the PWA): what a phone downloads and how fast the app opens from the service
 * worker cache, for the production build.
 *
 * Sizes:
 * - first-page JavaScript: the entry module and everything index.html preloads, gzipped (level 9,
 *   as a compressing host sends it);
 * - the whole app as shipped: every precached file gzipped (images as they are), which is what a
 *   first visit downloads from a compressing host;
 * - the precache as stored: the same files as built (ADR 0007: stored as the host sends them).
 * Load times (bench/pwaLoad.ts): medians of SHORE_BENCH_RELOADS (default 25) reloads served by the
 * worker, for a new visitor (welcome screen) and a returning person (the example's plan), at full
 * speed and with the CPU slowed 4×; on Linux also the renderer's main-thread CPU time per reload,
 * which, unlike the wall-clock times, does not grow when other programs share the cores.
 * Budgets (issue 19): first-page JS < 80 KB gzipped; whole app < 300 KB gzipped as shipped;
 * interactive from the worker < 400 ms at 4× CPU.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { productionBuild, servePreview } from './preview';
import {
  FIRST_SCREEN,
  openTimedPage,
  rendererCpuDuring,
  setCpuRate,
  stats,
  timeOneReload,
  type Stats,
} from './pwaLoad';

const dist = productionBuild();
const PORT = Number(process.env.SHORE_BENCH_PORT ?? 4347);
const BASE = `http://127.0.0.1:${String(PORT)}`;
const RELOADS = Number(process.env.SHORE_BENCH_RELOADS ?? 25);
const KB = 1024;

const bytes = (file: string): Buffer => readFileSync(join(dist, file));
/** Bytes a compressing host sends: gzip for text, images as they are (PNG is already compressed). */
const shipped = (file: string): number =>
  file.endsWith('.png') ? bytes(file).length : gzipSync(bytes(file), { level: 9 }).length;
const kb = (count: number): string => `${(count / KB).toFixed(1)} KB`;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstPageScripts = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((match) => match[1]!);
const firstPageGzip = firstPageScripts.reduce((total, file) => total + shipped(file), 0);

const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]!.replace(/^\//, '')))];
if (precached.length === 0) throw new Error(`no precache manifest found in ${dist}/sw.js`);
const stored = precached.reduce((total, file) => total + statSync(join(dist, file)).size, 0);
const wholeAppShipped = precached.reduce((total, file) => total + shipped(file), 0);

const server = await servePreview(dist, PORT);
const times: Record<'newVisitor' | 'returning', Record<1 | 4, { ready: Stats; screen: Stats; cpu: Stats }>> = {
  newVisitor: {} as never,
  returning: {} as never,
};
try {
  const browser = await launchBrowser();
  for (const who of ['newVisitor', 'returning'] as const) {
    const { context, page } = await openTimedPage(browser, BASE, FIRST_SCREEN[who]);
    if (who === 'returning') {
      await page.getByRole('button', { name: '打开示例' }).click();
      await page.locator('nav.tabs').waitFor();
      // The address names the screen (issue 19's navigation): reload on the plan, not the debts list.
      await page.goto(`${BASE}/#/plan`);
      await page.locator(FIRST_SCREEN.returning).waitFor();
    }
    for (const rate of [1, 4] as const) {
      await setCpuRate(context, page, rate);
      await timeOneReload(page); // warm-up: the first reload after a change fills caches
      const ready: number[] = [];
      const screen: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < RELOADS; i++) {
        cpu.push(
          await rendererCpuDuring(async () => {
            const sample = await timeOneReload(page);
            ready.push(sample.ready);
            screen.push(sample.screen);
          }),
        );
      }
      times[who][rate] = { ready: stats(ready), screen: stats(screen), cpu: stats(cpu) };
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}

const verdict = (value: number, budget: number): string => (value < budget ? 'within budget' : 'OVER BUDGET');
const line = (s: Stats): string =>
  `median ${String(s.median)} ms (min ${String(s.min)}, max ${String(s.max)}, ${String(s.runs)} reloads)`;
console.log('Shore PWA (production build)');
console.log(
  `first-page JavaScript (${String(firstPageScripts.length)} files)  ${kb(firstPageGzip)} gzipped   budget 80 KB: ${verdict(firstPageGzip, 80 * KB)}`,
);
console.log(
  `whole app as shipped (${String(precached.length)} files)   ${kb(wholeAppShipped)} gzipped   budget 300 KB: ${verdict(wholeAppShipped, 300 * KB)}`,
);
console.log(`precache as stored              ${kb(stored)} (the files as built)`);
console.log('load from the service worker, timed by the page from the start of its navigation:');
for (const who of ['newVisitor', 'returning'] as const) {
  const label = who === 'newVisitor' ? 'new visitor (welcome screen)' : 'returning (the example plan)';
  for (const rate of [1, 4] as const) {
    const { ready, screen, cpu } = times[who][rate];
    console.log(`  ${label}, CPU ${String(rate)}×: interactive ${line(ready)}; first screen ${line(screen)}`);
    if (rate === 1 && !Number.isNaN(cpu.median)) {
      console.log(
        `    renderer main-thread CPU per reload: median ${String(cpu.median)} ms (not inflated by other programs)`,
      );
    }
  }
}
const slowest = times.newVisitor[4].ready.median;
console.log(`interactive at 4× CPU (new visitor): ${String(slowest)} ms   budget 400 ms: ${verdict(slowest, 400)}`);
