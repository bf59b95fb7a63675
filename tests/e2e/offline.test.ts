/**
 * Offline and privacy, through the main flows (issue 6), against the production build with the
 * real service worker: after one visit the browser goes offline, and the app still reopens, opens
 * the example, takes an edit, recomputes the plan, writes a script and exports a file; back
 * online, the edit is still there. Every request the page makes on the way is recorded, and
 * any request to another origin than the app's fails the test.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL, PREVIEW_HOST } from './server';
import { openControlled } from './serviceWorker';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Every URL the context requests, so a test can assert none leaves the app's origin. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

function foreign(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const parsed = new URL(url);
    return !['data:', 'blob:'].includes(parsed.protocol) && parsed.hostname !== PREVIEW_HOST;
  });
}

/** The rent line of the example's budget as stored in IndexedDB (read directly, unlocked database). */
function storedRent(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('SHORE');
        open.onerror = () => reject(new Error('cannot open SHORE'));
        open.onsuccess = () => {
          const request = open.result.transaction('budgets').objectStore('budgets').getAll();
          request.onsuccess = () => {
            const budgets = request.result as { expenses?: { category: string; amount: string }[] }[];
            resolve(budgets[0]?.expenses?.find((line) => line.category === 'rent')?.amount);
            open.result.close();
          };
        };
      }),
  );
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

describe('offline, after the first visit', () => {
  it('opens, edits the example, plans, writes a script and exports a file; keeps the edit online again', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 360, height: 800 },
      acceptDownloads: true,
    });
    const requests = recordRequests(context);
    const page = await openControlled(context);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');

    // The example, and an edit: the rent goes up, so less is left for debts.
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.getByRole('heading', { name: 'Sample QuickLoan' }).waitFor();
    await tab(page, 'Budget');
    await page.getByLabel('Rent (¥)').fill('2300');
    await expect.poll(() => page.getByTestId('budget-available').textContent()).toContain('¥3,100.00');
    // Saved on the device while offline (edits are written within a moment of typing).
    await expect.poll(() => storedRent(page), { timeout: 5_000 }).toBe('2300.00');

    // The plan follows.
    await tab(page, 'Plan');
    await expect.poll(() => page.getByTestId('this-month').textContent()).toContain('Total: ¥3,100.00.');

    // A script from the plan's own figures.
    await tab(page, 'Scripts');
    const script = page.locator('#script-text');
    await script.waitFor();
    await expect.poll(() => script.inputValue()).toMatch(/of \d/);

    // A file, made on the device.
    await tab(page, 'Export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /schedule \(CSV\)/ }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Sample QuickLoan');

    // Still offline for real: the network is not reachable.
    const fetched = await page.evaluate(async () => {
      try {
        await fetch('/definitely-not-cached', { cache: 'no-store' });
        return 'fetched';
      } catch {
        return 'failed';
      }
    });
    expect(fetched).toBe('failed');

    // Back online: the edit was kept on the device.
    await context.setOffline(false);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');
    await tab(page, 'Budget');
    expect(await storedRent(page)).toBe('2300.00');
    await expect.poll(() => page.getByLabel('Rent (¥)').inputValue(), { timeout: 5_000 }).toBe('2300.00');

    expect(problems).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('privacy through the main flows', () => {
  it('never sends a request to another origin, whichever screen is used', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: '打开示例' }).click();
    for (const name of ['债务', '预算', '计划', '话术', '催收记录', '你的权利', '导出', '数据与备份']) {
      await tab(page, name);
      await page.locator('main h2').first().waitFor();
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
    }
    await page.getByRole('button', { name: '请浏览器保留数据' }).click();
    await page.getByTestId('persistence-status').filter({ hasNotText: '还没有询问' }).waitFor();
    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存全部数据的备份' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await backup.path(), 'utf8'))).toMatchObject({ format: 'shore-backup' });
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(5);
    expect(foreign(requests)).toEqual([]);
    await context.close();
  }, 90_000);
});
