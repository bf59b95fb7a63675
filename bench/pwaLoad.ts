/**
 * How fast Shore opens from its service worker, measured inside headless Chromium: used by
 * `npm run bench` (bench/pwa.ts) and reusable to compare two builds served side by side.
 *
 * Each reload is timed by the page itself from the start of its navigation
 * (`performance.now()` is 0 there), so the time Node and the browser spend talking is not counted:
 * - `ready`: the app's `data-ready` marker (set once the first render has run; tests wait for it);
 * - `screen`: the first screen's own content is in the page (the welcome screen's "open the
 *   example" button for a new visitor, the plan for a returning person), after the stored data
 *   has been read.
 * "4×" is Chromium's CPU throttling at 4 (Lighthouse's mobile setting), a rough cheap phone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Selector of the first screen's own content, for a new visitor and for a returning person. */
export const FIRST_SCREEN = {
  newVisitor: '.welcome button',
  returning: '[data-testid="this-month"]',
} as const;

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    median: Math.round(median),
    min: Math.round(sorted[0]!),
    max: Math.round(sorted.at(-1)!),
    runs: sorted.length,
  };
}

/**
 * Script installed before every document: records when `data-ready` is set and when the first
 * screen's selector first matches, as `performance.now()` readings in `window.__shoreLoad`.
 * A string, not a function: tsx's name-keeping helpers would not exist in the page.
 */
function loadTimesScript(screenSelector: string): string {
  return `(() => {
    const times = {};
    window.__shoreLoad = times;
    console.timeStamp('shore-init');
    const observer = new MutationObserver(() => {
      if (times.ready === undefined && document.documentElement.dataset.ready === 'true') times.ready = performance.now();
      if (times.screen === undefined && document.querySelector(${JSON.stringify(screenSelector)})) {
        times.screen = performance.now();
        console.timeStamp('shore-screen');
      }
      if (times.ready !== undefined && times.screen !== undefined) observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  })();`;
}

/** A context whose page is controlled by Shore's service worker at `baseUrl`, with load timing installed. */
export async function openTimedPage(
  browser: Browser,
  baseUrl: string,
  screenSelector: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript(loadTimesScript(screenSelector));
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
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
  return { context, page };
}

/** Reload once and return the page's own `ready` and `screen` times in ms. */
export async function timeOneReload(page: Page): Promise<{ ready: number; screen: number }> {
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const times = (window as unknown as { __shoreLoad?: { ready?: number; screen?: number } }).__shoreLoad;
      return times?.ready !== undefined && times.screen !== undefined;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  return page.evaluate(() => {
    const times = (window as unknown as { __shoreLoad: { ready: number; screen: number } }).__shoreLoad;
    return { ready: times.ready, screen: times.screen };
  });
}

/** Slow the page's CPU by `rate` (1 = full speed). */
export async function setCpuRate(context: BrowserContext, page: Page, rate: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** True when `pid` is this Node process or one of its descendants (our Chromium, not another program's). */
function isOurs(pid: number): boolean {
  for (let current = pid, hops = 0; current > 1 && hops < 10; hops++) {
    if (current === process.pid) return true;
    const parent = /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${String(current)}/status`, 'utf8'))?.[1];
    if (parent === undefined) return false;
    current = Number(parent);
  }
  return false;
}

/**
 * CPU time of the main threads of this process's Chromium renderers, from Linux's /proc
 * (`schedstat`: nanoseconds on a CPU). Unlike wall-clock times it does not grow when other
 * programs share the machine's cores, so it tells whether a change made the page's own work
 * smaller. Empty off Linux.
 */
export function rendererMainThreadCpu(): Map<number, number> {
  const cpu = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return cpu;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer') || !isOurs(Number(entry)))
        continue;
      const nanoseconds = Number(readFileSync(`/proc/${entry}/task/${entry}/schedstat`, 'utf8').split(' ')[0]);
      cpu.set(Number(entry), nanoseconds / 1e6);
    } catch {
      // the process ended meanwhile
    }
  }
  return cpu;
}

/**
 * Main-thread CPU milliseconds this process's renderers spent while `action` ran (a renderer that
 * started meanwhile counts from its start; one that ended is left out), or NaN off Linux.
 */
export async function rendererCpuDuring(action: () => Promise<unknown>): Promise<number> {
  const before = rendererMainThreadCpu();
  await action();
  const after = rendererMainThreadCpu();
  if (after.size === 0) return Number.NaN;
  let used = 0;
  for (const [pid, ms] of after) used += ms - (before.get(pid) ?? 0);
  return used;
}
