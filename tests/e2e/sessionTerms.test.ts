/**
 * The guided session edits a debt's agreed terms and overdue date in place (issue 18), against the
 * production build in real Chromium, through the UI only, in both languages: on the session's
 * debts step the counsellor opens a debt's terms (the debt form's own fields and checks, nothing
 * else of the form), a bad amount is refused next to its field with nothing stored, then the agreed
 * instalment and the overdue date are saved without leaving the session, and they are still there
 * after a reload.
 *
 * Expected values by hand: 美团 3,000.00 at 0%, agreed instalment 300.00 a month, overdue since
 * 2026-09-15, each as the line under the debt says it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from './session';

const browser = useBrowser();

const WORDS = {
  en: {
    clients: 'Clients',
    newName: 'Client’s name or a nickname',
    create: 'Create and start the session',
    next: 'Save and continue',
    platform: 'Platform',
    principal: 'Principal owed now',
    rate: 'Rate (%)',
    add: 'Add, then enter the next platform',
    added: 'Added 美团.',
    debtsStep: 'Debts',
    editTerms: 'Edit the agreed terms and overdue date of 美团',
    formTitle: 'Agreed terms and overdue date of 美团',
    instalment: 'Agreed monthly instalment (¥, optional)',
    overdue: 'Overdue since (optional)',
    principalField: 'Principal owed now (¥)',
    save: 'Save debt',
    moneyError: 'Enter an amount like 1234.50 (no minus sign, at most 2 decimals).',
    saved: 'Saved the terms of 美团.',
    before: '美团 — ¥3,000.00',
    after: '美团 — ¥3,000.00; agreed instalment ¥300.00 a month; overdue since September 15, 2026',
    session: 'Guided session with 张条件',
    name: '张条件',
  },
  'zh-CN': {
    clients: '客户',
    newName: '客户的名字或称呼',
    create: '创建并开始会谈',
    next: '保存并继续',
    platform: '平台',
    principal: '现在欠的本金',
    rate: '利率（%）',
    add: '添加，接着录下一个平台',
    added: '已添加 美团。',
    debtsStep: '欠款',
    editTerms: '修改美团的约定条件和逾期日期',
    formTitle: '美团的约定条件和逾期日期',
    instalment: '约定的每月分期金额（元，选填）',
    overdue: '开始逾期的日期（选填）',
    principalField: '现在欠的本金（元）',
    save: '保存',
    moneyError: '请输入金额，例如 1234.50（不要负号，最多两位小数）。',
    saved: '已保存美团的条件。',
    before: '美团 — ¥3,000.00',
    after: '美团 — ¥3,000.00；约定每月分期¥300.00；2026年9月15日开始逾期',
    session: '和 张条件 的引导式会谈',
    name: '张条件',
  },
} as const;

async function debtsStep(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  const w = WORDS[lang];
  await page.locator('header').getByRole('button', { name: w.clients, exact: true }).click();
  await page.getByLabel(w.newName).fill(w.name);
  await page.getByRole('button', { name: w.create }).click();
  await page.getByTestId('session-page').waitFor();
  await page.getByRole('button', { name: w.next }).click();
  await expect.poll(() => page.getByTestId('session-step').textContent()).toBe(w.debtsStep);
  const quick = page.getByTestId('quick-debt');
  await quick.getByLabel(w.platform).fill('美团');
  await quick.getByLabel(w.principal).fill('3000');
  await quick.getByLabel(w.rate).fill('0');
  await quick.getByRole('button', { name: w.add }).click();
  await quick.getByText(w.added).waitFor();
}

describe.each(['en', 'zh-CN'] as const)('the session’s debt terms (%s)', (lang) => {
  // Break: DebtForm's termsOnly forced to false (the whole debt form) → no form named "Agreed terms and
  //   overdue date of 美团" → fails (run, en). On 59ed274 the debts step has no edit button at all.
  it('edits the agreed instalment and the overdue date in place, with the debt form’s checks', async () => {
    const w = WORDS[lang];
    const { context, page, problems } = await openPage(browser(), lang);
    page.setDefaultTimeout(15_000);
    await debtsStep(page, lang);
    const debt = page.getByTestId('session-debt');
    await expect.poll(() => debt.locator('p').first().textContent()).toBe(w.before);

    // By keyboard: focus the edit button and press Enter.
    await debt.getByRole('button', { name: w.editTerms }).focus();
    await page.keyboard.press('Enter');
    const form = debt.getByRole('form', { name: w.formTitle });
    await form.waitFor();
    // Only the terms and the overdue date: the rest of the debt form is not shown.
    expect(await form.getByLabel(w.principalField, { exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

    // A bad amount: said next to the field, nothing stored, still on the session's debts step.
    await form.getByLabel(w.instalment).fill('3OO');
    await form.getByRole('button', { name: w.save }).click();
    await form.getByText(w.moneyError).waitFor();
    expect(await page.getByTestId('session-terms-saved').count()).toBe(0);

    await form.getByLabel(w.instalment).fill('300');
    await form.getByLabel(w.overdue).fill('2026-09-15');
    await form.getByRole('button', { name: w.save }).click();
    await page.getByTestId('session-terms-saved').getByText(w.saved).waitFor();
    expect(await page.getByTestId('session-step').textContent()).toBe(w.debtsStep);
    await expect.poll(() => debt.locator('p').first().textContent()).toBe(w.after);

    // Stored: after a reload the session shows the same terms.
    await page.waitForTimeout(400);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.locator('header').getByRole('button', { name: w.clients, exact: true }).click();
    await page.getByRole('button', { name: w.session }).click();
    await expect.poll(() => page.getByTestId('session-step').textContent()).toBe(w.debtsStep);
    await expect.poll(() => page.getByTestId('session-debt').locator('p').first().textContent()).toBe(w.after);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
