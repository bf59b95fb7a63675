/**
 * Browser tests of the planner against the production build, in both languages: open the example,
 * add a debt with each rate form, change the budget, switch strategies, read this month, download
 * CSV and ICS and check them, render the print view, axe on every screen, and screenshots at
 * 360 px and 1280 px (test-results/screenshots/).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

const SCREENSHOTS = 'test-results/screenshots';
type Lang = 'zh-CN' | 'en';

const TEXT = {
  'zh-CN': {
    openExample: '打开示例',
    tabs: {
      debts: '债务',
      budget: '预算',
      plan: '计划',
      scripts: '话术',
      log: '催收记录',
      rights: '你的权利',
      exports: '导出',
      data: '数据与备份',
    },
    thisMonth: '这个月',
    quickLoan: '示例·快借宝',
  },
  en: {
    openExample: 'Open the example',
    tabs: {
      debts: 'Debts',
      budget: 'Budget',
      plan: 'Plan',
      scripts: 'Scripts',
      log: 'Collection log',
      rights: 'Your rights',
      exports: 'Export',
      data: 'Your data',
    },
    thisMonth: 'This month',
    quickLoan: 'Sample QuickLoan',
  },
} as const;

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function newPage(lang: Lang, width = 360): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: { width, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
  return { context, page, problems };
}

async function openExample(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: TEXT[lang].openExample }).click();
  await page.getByRole('heading', { name: TEXT[lang].quickLoan }).waitFor();
}

async function goTo(page: Page, lang: Lang, tab: keyof (typeof TEXT)['en']['tabs']): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: TEXT[lang].tabs[tab], exact: true }).click();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe.each(['zh-CN', 'en'] as const)('planner in %s', (lang) => {
  it('every screen passes axe and looks right at 360 px and 1280 px', async () => {
    const { context, page, problems } = await newPage(lang);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-welcome-360.png`, fullPage: true });
    await openExample(page, lang);
    for (const tab of ['debts', 'budget', 'plan', 'scripts', 'log', 'rights', 'exports', 'data'] as const) {
      await goTo(page, lang, tab);
      await page.locator('main h2').first().waitFor();
      // Open the disclosures so axe and the screenshots see their content too.
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
      expect(await seriousViolations(page), `${lang} ${tab}`).toEqual([]);
      await noHorizontalOverflow(page);
      // From the top, so the sticky tab bar does not cover content in the full-page capture.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SCREENSHOTS}/${lang}-${tab}-360.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}/${lang}-${tab}-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 360, height: 800 });
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows this month’s payments and follows a strategy switch', async () => {
    const { context, page } = await newPage(lang);
    await openExample(page, lang);
    await goTo(page, lang, 'plan');
    const month = page.getByTestId('this-month');
    await month.waitFor();
    const first = month.getByRole('listitem').first();
    const firstBefore = await first.textContent();
    expect(firstBefore).toContain(lang === 'en' ? 'Sample Moonlight' : '示例·月光借');
    expect(await month.textContent()).toMatch(
      lang === 'en' ? /Pay these by .+ Total: ¥3,600\.00\./ : /合计 ¥3,600\.00。/,
    );
    await page.locator('[data-strategy="snowball"] button').click();
    await expect.poll(() => first.textContent()).toContain(lang === 'en' ? 'Sample MiniCash' : '示例·小额速贷');
    await expect
      .poll(() => page.locator('[data-strategy="snowball"] button').getAttribute('aria-pressed'))
      .toBe('true');
    await context.close();
  });
});

describe('planner flows (English)', () => {
  it('adds a debt with each rate form and shows the annual equivalent', async () => {
    const { context, page } = await newPage('en');
    await openExample(page, 'en');
    const forms = [
      { platform: 'Daily Lender', unit: 'daily-percent', rate: '0.05', basis: null, annual: 'about 18.25% a year' },
      { platform: 'Monthly Lender', unit: 'monthly-percent', rate: '1.5', basis: null, annual: 'about 18% a year' },
      { platform: 'Annual Lender', unit: 'annual-percent', rate: '24', basis: '360', annual: 'about 24% a year' },
    ] as const;
    for (const form of forms) {
      await page.getByRole('button', { name: 'Add a debt' }).click();
      await page.getByLabel('Platform or creditor').fill(form.platform);
      await page.getByLabel('Principal owed now (¥)').fill('1000');
      await page.getByLabel('Rate quoted as').selectOption(form.unit);
      await page.getByLabel('Rate (%)').fill(form.rate);
      if (form.basis) await page.getByLabel('Days in a year for this rate').selectOption(form.basis);
      await page.getByRole('button', { name: 'Save debt' }).click();
      const card = page.locator('li.platform', { has: page.getByRole('heading', { name: form.platform }) });
      await card.waitFor();
      expect(await card.textContent()).toContain(form.annual);
    }
    // A form error keeps what was typed.
    await page.getByRole('button', { name: 'Add a debt' }).click();
    await page.getByLabel('Platform or creditor').fill('Half-typed');
    await page.getByLabel('Principal owed now (¥)').fill('12.345');
    await page.getByRole('button', { name: 'Save debt' }).click();
    await page.getByText('Nothing you typed has been lost').waitFor();
    expect(await page.getByLabel('Platform or creditor').inputValue()).toBe('Half-typed');
    // Stored on this device: still there after a reload.
    await page.reload({ waitUntil: 'networkidle' });
    await goTo(page, 'en', 'debts');
    await page.getByRole('heading', { name: 'Annual Lender' }).waitFor();
    await context.close();
  }, 60_000);

  it('changes the budget and the plan follows', async () => {
    const { context, page } = await newPage('en');
    await openExample(page, 'en');
    await goTo(page, 'en', 'budget');
    await page.getByLabel('Rent (¥)').fill('2300');
    expect(await page.getByTestId('budget-available').textContent()).toContain('¥3,100.00');
    await goTo(page, 'en', 'plan');
    expect(await page.getByTestId('this-month').textContent()).toContain('Total: ¥3,100.00.');
    await context.close();
  });

  it('downloads the schedule as CSV and the payments as ICS', async () => {
    const { context, page } = await newPage('en');
    await openExample(page, 'en');
    await goTo(page, 'en', 'exports');

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /schedule \(CSV\)/ }).click(),
    ]);
    // The client's name ("Example: Lin (fictional)", the colon dropped), then the date and time (issues 13, 18).
    expect(csvDownload.suggestedFilename()).toMatch(
      /^shore-plan-Example-Lin-\(fictional\)-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/,
    );
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(
      csv.startsWith('\uFEFFMonth,Date,Platform,Loan,its turn,Interest added,Fees added,Paid,Owed after\r\n'),
    ).toBe(true);
    expect(csv).toContain('Sample QuickLoan · QJ-0001');
    expect(csv.split('\r\n').length).toBeGreaterThan(50);

    const [icsDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /calendar, ICS/ }).click(),
    ]);
    expect(icsDownload.suggestedFilename()).toMatch(
      /^shore-calendar-Example-Lin-\(fictional\)-\d{4}-\d{2}-\d{2}-\d{4}\.ics$/,
    );
    const ics = readFileSync(await icsDownload.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/SUMMARY:Pay ¥2\\,700\.00 to Sample Moonlight/);
    expect(unfolded).toContain('SUMMARY:Sample Galaxy Card: its turn starts');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    await context.close();
  });

  it('renders the print view with client, preparer and figures', async () => {
    const { context, page } = await newPage('en', 1280);
    await openExample(page, 'en');
    await goTo(page, 'en', 'exports');
    await page.getByLabel('Client name (for counsellors, optional)').fill('Client A');
    await page.getByLabel('Prepared by (optional)').fill('Counsellor B');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const view = page.getByTestId('print-view');
    expect(await view.isVisible()).toBe(true);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('Client: Client A');
    expect(text).toContain('Prepared by: Counsellor B');
    expect(text).toContain('Monthly budget for debts: ¥3,600.00');
    await page.screenshot({ path: `${SCREENSHOTS}/en-print-1280.png`, fullPage: true });
    await context.close();
  });
});
