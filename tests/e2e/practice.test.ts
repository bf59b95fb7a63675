/**
 * The counsellor's practice (issue 18) against the production build in real Chromium, through the
 * UI only: a client's outputs (scripts, the handover pack, the printed plan) in the client's
 * language while the screen is in the other one, both ways round, kept across a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from './session';

const browser = useBrowser();

const CJK = /[\u4e00-\u9fff]/;
/** English words that would give away an untranslated output. */
const ENGLISH_WORDS = /\b(the|and|you|your|plan|pay)\b/i;

async function step(page: Page): Promise<string> {
  return (await page.getByTestId('session-step').textContent()) ?? '';
}

async function next(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect.poll(() => step(page)).toBe(expected);
}

/** A client with one platform and a budget, walked through the session (English screen) to the handover. */
async function clientAtHandover(page: Page, name: string, language: 'zh-CN' | 'en'): Promise<void> {
  await page.locator('header').getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByLabel('Client’s name or a nickname').fill(name);
  await page.getByRole('button', { name: 'Create and start the session' }).click();
  await page.getByTestId('session-page').waitFor();
  await page
    .getByLabel('Client’s language (scripts, letters, pack, printed plan)')
    .selectOption(language === 'zh-CN' ? '中文 (Chinese)' : 'English');
  await next(page, 'Debts');
  const form = page.getByTestId('quick-debt');
  await form.getByLabel('Platform').fill('美团');
  await form.getByLabel('Principal owed now').fill('3000');
  await form.getByLabel('The rate is').selectOption({ label: 'per day' });
  await form.getByLabel('Rate (%)').fill('0.05');
  await form.getByRole('button', { name: 'Add, then enter the next platform' }).click();
  await form.getByText('Added 美团.').waitFor();
  await next(page, 'Income and essential costs');
  await page.getByLabel('Type the amount directly').check();
  await page.getByLabel('Monthly amount for debts (¥)').fill('1500');
  await next(page, 'The plan, in plain words');
  await next(page, 'What to say to each creditor');
  await page.getByLabel('What is needed from 美团').selectOption({ label: 'Repayment proposal' });
  await expect.poll(async () => page.getByTestId('session-script').count()).toBe(1);
  await next(page, 'This week');
  await next(page, 'Handover');
}

describe('the client’s language', () => {
  // Break: HandoverPack without <InClientLanguage> (the pack in the screen's language) → fails at the pack's title.
  it('writes the client’s scripts, pack and printed plan in Chinese while the screen is English, and the other way round', async () => {
    const { context, page, problems } = await openPage(browser(), 'en');
    page.setDefaultTimeout(10_000);
    await clientAtHandover(page, '周女士', 'zh-CN');

    // The screen stays English.
    expect(await page.getByRole('heading', { name: 'Guided session' }).count()).toBe(1);
    // The pack is Chinese, the script in it too.
    const pack = page.getByTestId('handover-pack');
    expect(await pack.locator('#pack-title').textContent()).toBe('上岸 · 交接材料');
    expect(await pack.getByText('客户：周女士').count()).toBe(1);
    expect(await pack.getByRole('heading', { name: '还款计划' }).count()).toBe(1);
    const script = (await pack.locator('.pack-script').textContent()) ?? '';
    expect(script).toMatch(CJK);
    expect(script).not.toMatch(ENGLISH_WORDS);
    // The script step, back in the session, shows the client's text too.
    await page.getByRole('button', { name: '5. What to say to each creditor' }).click();
    const sessionScript = (await page.getByTestId('session-script').textContent()) ?? '';
    expect(sessionScript).toMatch(CJK);
    expect(sessionScript).not.toMatch(ENGLISH_WORDS);

    // The printed plan and the scripts screen.
    await page.getByRole('navigation').getByRole('button', { name: 'Export', exact: true }).click();
    const printed = page.getByTestId('print-view');
    await printed.waitFor();
    expect(await printed.locator('#print-title').textContent()).toBe('上岸 · 还款计划');
    expect(await printed.getByRole('heading', { name: '概要' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('navigation').getByRole('button', { name: 'Scripts', exact: true }).click();
    await expect.poll(() => page.getByLabel('Language of the script').inputValue()).toBe('zh-CN');

    // The other way round: the screen in Chinese, the client's outputs in English; kept across a reload.
    await page.locator('header').getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('navigation').getByRole('button', { name: '导出', exact: true }).click();
    await page.getByLabel('客户材料的语言（话术、信函、资料包、打印的计划）').selectOption('English（英文）');
    await expect.poll(() => printed.locator('#print-title').textContent()).toBe('Shore · Repayment plan');
    await page.waitForTimeout(400);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('print-view').waitFor();
    expect(await page.getByTestId('print-view').locator('#print-title').textContent()).toBe('Shore · Repayment plan');
    expect(await page.getByRole('navigation').getByRole('button', { name: '导出', exact: true }).count()).toBe(1);

    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
