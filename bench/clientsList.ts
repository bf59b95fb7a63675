/**
 * `npm run bench` (the counsellor's client list on screen, issue 18 "Caseload"): how long the
 * production build takes to draw the client list with 50, 200 and 500 clients, and how smoothly
 * it scrolls, in headless Chromium at full speed and with the CPU slowed 4× (Chromium's throttling,
 * Lighthouse's mobile setting, a rough cheap phone), in a 360 × 800 phone viewport.
 *
 * Set-up: `vite build` (unless SHORE_BENCH_DIST names a build), `vite preview` on SHORE_BENCH_PORT
 * (default 4348), one fresh browser context per client count. The clients (bench/storageData.ts:
 * about 8 debts on 5 platforms, a budget, plan settings, a session, negotiations and a collection
 * log each; none archived, so the list shows every one) are written by the production storage code
 * into the page's own IndexedDB (`SHORE`): an esbuild bundle run with `page.evaluate` (the app's
 * Content-Security-Policy refuses added script tags). No profile is active, the lock is off.
 *
 * What is timed, inside the page with `performance.now()`, medians of SHORE_BENCH_LIST_RUNS (default 7):
 * - open: on the running app (welcome screen, after a reload that is not timed), from the click on
 *   the header's "客户" (Clients) button until every client's card is in the list and the next
 *   frame has been painted. That is the whole of opening the list: the screen's code (loaded on
 *   demand), reading every client from IndexedDB, planning each, sorting, and drawing all cards.
 *   The list is neither paginated nor virtualised: "drawn" means all N cards.
 * - reload: from the start of a navigation to `/#/clients` until every card is in and painted
 *   (the app's own start-up included).
 * - scroll: the list scrolled from the top to the bottom by `window.scrollBy` once per animation
 *   frame, on each of SHORE_BENCH_SCROLLS (default 3) opens: SCROLL_STEP px a frame (a brisk
 *   fling, about 3,600 px/s at 60 frames a second), or more where the page is too long to cross in
 *   SCROLL_FRAMES frames (500 clients: a very fast fling, the hardest case for drawing). The
 *   intervals between animation frames are pooled: median and 95th percentile, and the share of
 *   frames that missed the display's 16.7 ms beat (interval over 20 ms, jitter allowed) or missed
 *   two (over 34 ms).
 *   Headless Chromium runs its own 60 Hz beat; --disable-gpu rasterises on the CPU.
 *
 * Budget (why): a counsellor opens the list many times a day, usually with the client in the chair;
 * under a second on a cheap phone (4×) keeps that a pause rather than a wait (the usual 1 s limit
 * for keeping one's train of thought), so: 500 clients drawn in under 1,000 ms at 4× (the open
 * above). Scrolling: 95th-percentile frame interval under 50 ms at 4× (no more than two missed
 * beats in the slowest twentieth of frames: visible, not a stall), and at 1× under 34 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser';
import { setCpuRate } from './pwaLoad';

const dist = process.env.SHORE_BENCH_DIST ?? 'dist';
const PORT = Number(process.env.SHORE_BENCH_PORT ?? 4348);
const BASE = `http://127.0.0.1:${String(PORT)}`;
const RUNS = Number(process.env.SHORE_BENCH_LIST_RUNS ?? 7);
const SCROLLS = Number(process.env.SHORE_BENCH_SCROLLS ?? 3);
const COUNTS = (process.env.SHORE_BENCH_CLIENTS ?? '50,200,500').split(',').map(Number);
const RATES = [1, 4] as const;
const SCROLL_STEP = 60;
const SCROLL_FRAMES = 600;
/** Pixels a frame: SCROLL_STEP, or more where the list is too long to cross in SCROLL_FRAMES frames. */
const scrollStep = (height: number): number => Math.max(SCROLL_STEP, Math.ceil((height - 800) / SCROLL_FRAMES));
const BUDGET = { open4x: 1000, p95at4x: 50, p95at1x: 34 } as const;

if (process.env.SHORE_BENCH_DIST === undefined) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The seeding code for the page: the production storage code and the bench's clients, as one script. */
const seedScript = (
  await build({
    stdin: {
      contents: `
        import { openShoreDb } from './src/storage/db';
        import { makeClients, seedClients } from './bench/storageData';
        window.__shoreSeedClients = async (count) => {
          const db = await openShoreDb();
          try {
            const clients = makeClients(count).map((client) => {
              const { archived, ...profile } = client.profile;
              return { ...client, profile };
            });
            await seedClients(db, clients);
          } finally {
            db.close();
          }
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
      sourcefile: 'seed.ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
  })
).outputFiles[0]!.text;

interface FrameStats {
  median: number;
  p95: number;
  missed1: number;
  missed2: number;
  frames: number;
}

const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

function frameStats(intervals: readonly number[]): FrameStats {
  return {
    median: median(intervals),
    p95: percentile(intervals, 95),
    missed1: intervals.filter((ms) => ms > 20).length / intervals.length,
    missed2: intervals.filter((ms) => ms > 34).length / intervals.length,
    frames: intervals.length,
  };
}

/**
 * The page's own code is kept as text (run by `inPage`), not as functions: tsx's name-keeping
 * helpers would not exist in the page.
 *
 * In the page: resolves with `performance.now()` once `count` client cards are in the document and
 * the frame showing them has been painted (a task queued from the next animation frame runs after it).
 */
const WAIT_FOR_CARDS = `(count) => new Promise((resolve, reject) => {
  const cards = () => document.querySelectorAll('[data-testid="client-card"]').length;
  const painted = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
  if (cards() >= count) return painted();
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('only ' + cards() + ' of ' + count + ' client cards after 120 s')); }, 120000);
  const observer = new MutationObserver(() => {
    if (cards() < count) return;
    observer.disconnect();
    clearTimeout(timer);
    painted();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
})`;

/** Runs `source` (a function's text) in the page with `args` and returns what it resolves with. */
function inPage<T>(page: Page, source: string, ...args: unknown[]): Promise<T> {
  return page.evaluate<T>(`(${source})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
}

/** In the page: clicks the header's Clients button and resolves with ms until every card is painted. */
const OPEN_LIST = `async (count) => {
  const button = [...document.querySelectorAll('header button')].find((candidate) => candidate.textContent.trim() === '客户');
  if (!button) throw new Error('no 客户 button in the header');
  const start = performance.now();
  const drawn = (${WAIT_FOR_CARDS})(count);
  button.click();
  return (await drawn) - start;
}`;

const timeOpen = (page: Page, count: number): Promise<number> => inPage<number>(page, OPEN_LIST, count);

/** Reloads at `/#/clients` and returns ms from the navigation's start until every card is painted. */
async function timeReload(page: Page, count: number): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  return inPage<number>(page, WAIT_FOR_CARDS, count);
}

/**
 * In the page: scrolls from the top to the bottom, one `scrollBy` an animation frame, and resolves
 * with the intervals between frames.
 */
const SCROLL_FRAMES_SCRIPT = `([step, maxFrames]) => new Promise((resolve) => {
  window.scrollTo(0, 0);
  const intervals = [];
  let last;
  const frame = (now) => {
    if (last !== undefined) intervals.push(now - last);
    last = now;
    const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    if (bottom || intervals.length >= maxFrames) return resolve(intervals);
    window.scrollBy(0, step);
    requestAnimationFrame(frame);
  };
  // Two frames first, so the first interval is not the one that started the loop.
  requestAnimationFrame(() => requestAnimationFrame(frame));
})`;

const scrollFrames = (page: Page, step: number): Promise<number[]> =>
  inPage<number[]>(page, SCROLL_FRAMES_SCRIPT, [step, SCROLL_FRAMES + 10]);

/** Back to the welcome screen by a reload of `/` (not timed), ready for the next open. */
async function toWelcome(page: Page): Promise<void> {
  await page.goto(`${BASE}/`, { waitUntil: 'load' });
  await page.locator('.welcome button').first().waitFor({ timeout: 60_000 });
}

async function checkList(page: Page, count: number): Promise<void> {
  const cards = await page.locator('[data-testid="client-card"]').count();
  const said = (await page.getByTestId('clients-count').textContent()) ?? '';
  const expected = `共 ${String(count)} 位，显示 ${String(count)} 位`;
  if (cards !== count || said !== expected)
    throw new Error(`the list shows ${String(cards)} cards and says "${said}"; expected ${String(count)} cards`);
}

interface Result {
  open: number[];
  reload: number[];
  frames: number[];
  height: number;
}

async function measure(browser: Browser, count: number): Promise<Record<1 | 4, Result>> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${BASE}/`, { waitUntil: 'load' });
  await page.locator('html[data-ready="true"]').waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.evaluate(seedScript);
  await page.evaluate(
    (n) => (window as unknown as { __shoreSeedClients: (n: number) => Promise<void> }).__shoreSeedClients(n),
    count,
  );
  const results = {} as Record<1 | 4, Result>;
  for (const rate of RATES) {
    await setCpuRate(context, page, rate);
    const open: number[] = [];
    const reload: number[] = [];
    const frames: number[] = [];
    let height = 0;
    for (let run = 0; run <= RUNS; run++) {
      await toWelcome(page);
      const ms = await timeOpen(page, count);
      await checkList(page, count);
      if (run > 0) open.push(ms); // the first run warms up (caches, compiled code)
      if (run > 0 && run <= SCROLLS) {
        height = await page.evaluate(() => document.documentElement.scrollHeight);
        frames.push(...(await scrollFrames(page, scrollStep(height))));
      }
    }
    // The address is now `/#/clients` (the open above put it there): each reload comes back to the list.
    for (let run = 0; run <= RUNS; run++) {
      const ms = await timeReload(page, count);
      await checkList(page, count);
      if (run > 0) reload.push(ms);
    }
    results[rate] = { open, reload, frames, height };
  }
  await context.close();
  if (problems.length > 0) throw new Error(`errors in the page: ${problems.join('; ')}`);
  return results;
}

const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    dist,
  ],
  { stdio: 'ignore' },
);
const all = new Map<number, Record<1 | 4, Result>>();
let version = '?';
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const browser = await launchBrowser();
  version = browser.version();
  for (const count of COUNTS) all.set(count, await measure(browser, count));
  await browser.close();
} finally {
  server.kill();
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
console.log(
  `Shore client list on screen (production build, Chromium ${version}, 360×800; medians of ${String(RUNS)} runs after a warm-up; every card drawn, no virtualisation)`,
);
console.log(
  `${'clients'.padEnd(8)}${'CPU'.padEnd(5)}${'open→drawn'.padStart(12)}${'reload→drawn'.padStart(14)}${'page px'.padStart(10)}${'px/frm'.padStart(8)}` +
    `${'frame med'.padStart(11)}${'p95'.padStart(8)}${'>20 ms'.padStart(9)}${'>34 ms'.padStart(9)}${'frames'.padStart(8)}`,
);
for (const [count, byRate] of all) {
  for (const rate of RATES) {
    const result = byRate[rate];
    const frames = frameStats(result.frames);
    console.log(
      `${String(count).padEnd(8)}${`${String(rate)}×`.padEnd(5)}${ms(median(result.open)).padStart(12)}${ms(median(result.reload)).padStart(14)}` +
        `${String(result.height).padStart(10)}${String(scrollStep(result.height)).padStart(8)}${frames.median.toFixed(1).padStart(11)}${frames.p95.toFixed(1).padStart(8)}` +
        `${pct(frames.missed1).padStart(9)}${pct(frames.missed2).padStart(9)}${String(frames.frames).padStart(8)}`,
    );
  }
}
const biggest = all.get(Math.max(...all.keys()));
if (biggest) {
  const open4 = median(biggest[4].open);
  const p95at4 = frameStats(biggest[4].frames).p95;
  const p95at1 = frameStats(biggest[1].frames).p95;
  const ok = open4 < BUDGET.open4x && p95at4 < BUDGET.p95at4x && p95at1 < BUDGET.p95at1x;
  console.log(
    `${String(Math.max(...all.keys()))} clients: drawn in ${ms(open4)} at 4× (budget < ${ms(BUDGET.open4x)}); ` +
      `scroll p95 frame ${p95at4.toFixed(1)} ms at 4× (budget < ${ms(BUDGET.p95at4x)}), ${p95at1.toFixed(1)} ms at 1× (budget < ${ms(BUDGET.p95at1x)}): ` +
      (ok ? 'within budget' : 'OVER BUDGET'),
  );
}
