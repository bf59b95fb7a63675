/**
 * Plan against reality (issue 17) in real Chromium against the production build, in both
 * languages: open the example, record three months of payments from "this month" (one partial,
 * one missed), reconcile two platforms' balances with the lender, and see the plan restart
 * (this month's date and the debt-free date move), progress in plain words and the planned and
 * actual chart change; the records survive a reload (IndexedDB).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentsEn } from '../../src/i18n/payments.en';
import { paymentsZhCN } from '../../src/i18n/payments.zh-CN';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

type Lang = 'zh-CN' | 'en';
const DICT = { 'zh-CN': paymentsZhCN, en: paymentsEn } as const;
const UI = {
  'zh-CN': { openExample: '打开示例', quickLoan: '示例·快借宝', plan: '计划', card: '示例·星河信用卡' },
  en: { openExample: 'Open the example', quickLoan: 'Sample QuickLoan', plan: 'Plan', card: 'Sample Galaxy Card' },
} as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A template's text before its first placeholder (enough to recognise it on the page). */
function lead(template: string): string {
  return template.split('{')[0] ?? template;
}

function isoInDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function thisMonthIntro(page: Page): Promise<string> {
  return (await page.getByTestId('this-month').locator('p').first().textContent()) ?? '';
}

/** Answer every line of the period on screen; `first` says what to do with the first line. */
async function answerPeriod(page: Page, lang: Lang, first: 'paid' | 'partial' | 'missed'): Promise<void> {
  const t = DICT[lang];
  const before = await thisMonthIntro(page);
  const lines = page.getByTestId('this-month').locator('li.payment');
  const count = await lines.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const line = lines.nth(i);
    if (i === 0 && first === 'partial') {
      await line.locator('button', { hasText: t['pay.edit'] }).click();
      await line.getByLabel(t['pay.amount']).fill('100');
      await line.getByRole('button', { name: t['pay.save'], exact: true }).click();
    } else {
      const which = i === 0 && first === 'missed' ? t['pay.markMissed'] : t['pay.markPaid'];
      // The buttons' accessible names say the platform and amount; their text is the short word.
      await line.locator('button', { hasText: which }).click();
    }
    if (i < count - 1) await line.getByTestId('payment-recorded').waitFor();
  }
  // The next period comes up once every line is answered.
  await expect.poll(() => thisMonthIntro(page)).not.toBe(before);
}

describe.each(['zh-CN', 'en'] as const)('payments in %s', (lang) => {
  it('records three months (one partial, one missed), reconciles two balances and sees plan, progress and chart change', async () => {
    const t = DICT[lang];
    const context = await browser.newContext({
      locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: UI[lang].openExample }).click();
    await page.getByRole('heading', { name: UI[lang].quickLoan }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: UI[lang].plan, exact: true }).click();
    await page.getByTestId('this-month').waitFor();
    await expect.poll(() => page.getByTestId('tracking').textContent()).toContain(t['track.nothingYet']);
    const headline = page.locator('main .headline').first();
    const debtFreeBefore = await headline.textContent();

    await answerPeriod(page, lang, 'paid');
    await answerPeriod(page, lang, 'partial');
    await answerPeriod(page, lang, 'missed');

    // Progress by what was paid: the partial payment (100 instead of the plan's amount) puts it behind.
    const progress = page.getByTestId('progress');
    await expect.poll(() => progress.getByTestId('ahead-behind').textContent()).toContain(lead(t['track.behindPaid']));
    const history = page.getByTestId('history').filter({ hasText: UI[lang].quickLoan }).first();
    await expect.poll(() => history.locator('li').count()).toBe(3);
    const periodBefore = await thisMonthIntro(page);

    // Reconcile two platforms, 100 days on; the others stay "not known".
    const reconcile = page.getByTestId('reconcile');
    await reconcile.getByLabel(t['rec.date']).fill(isoInDays(100));
    const quick = reconcile.locator('.reconcile-line', { hasText: UI[lang].quickLoan });
    await quick.getByRole('textbox').fill('3000');
    await expect.poll(() => quick.getByTestId('difference').textContent()).toContain(lead(t['rec.difference']));
    const card = reconcile.locator('.reconcile-line', { hasText: UI[lang].card });
    await card.getByRole('textbox').fill('2000');
    await reconcile.getByRole('button', { name: t['rec.restart'] }).click();
    await reconcile.getByRole('status').waitFor();

    // The plan restarts: this month's date and the debt-free date move; progress compares what is owed.
    await expect.poll(() => thisMonthIntro(page)).not.toBe(periodBefore);
    await expect.poll(() => headline.textContent()).not.toBe(debtFreeBefore);
    const aheadBehind = await progress.getByTestId('ahead-behind').textContent();
    expect(
      [t['track.aheadOwed'], t['track.behindOwed'], t['track.onPlanOwed']].some((template) =>
        (aheadBehind ?? '').includes(lead(template)),
      ),
    ).toBe(true);
    await expect.poll(() => progress.getByTestId('interest-avoided').textContent()).toMatch(/\d/);
    // The chart now has an actual point on the reconcile day, partly Shore's own figure.
    const chart = page.getByTestId('progress-chart');
    await chart.locator('summary').click();
    await expect.poll(() => chart.locator('tbody tr').count()).toBe(2);
    expect(await chart.getByTestId('progress-chart-alt').textContent()).toContain(t['track.chartEstimated']);
    expect(await history.textContent()).toContain(lead(t['history.balance']));

    // Everything was written: a reload shows the same records.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('tracking').waitFor();
    await expect
      .poll(() => page.getByTestId('history').filter({ hasText: UI[lang].quickLoan }).first().locator('li').count())
      .toBe(4);
    expect(problems).toEqual([]);
    await context.close();
    // Renders the whole app and records a dozen writes: more than the default 30 s on a shared machine.
  }, 120_000);
});
