/**
 * Browser tests of the negotiation scripts and the negotiation record (issue 5), in both
 * languages, against the production build: open the example, pick a creditor, write each of the
 * 8 kinds (the creditor's name, queue place and dated figures in the text), copy each and read the
 * clipboard back, then record an agreement, apply it to the plan in one action and see the plan
 * change (before/after table and the plan screen's figures), then correct the agreed amount with
 * Edit and find the correction still there after a reload. Axe on the screen; 360 px wide.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

type Lang = 'zh-CN' | 'en';
const KINDS = [
  'proposal',
  'instalment-request',
  'settlement-offer',
  'stop-third-party-contact',
  'contacts-warning',
  'guarantor-reply',
  'complaint',
  'follow-up',
] as const;

const TEXT = {
  'zh-CN': {
    openExample: '打开示例',
    quickLoan: '示例·快借宝',
    scriptsTab: '话术',
    planTab: '计划',
    creditor: '平台',
    kind: '你需要的是',
    output: '话术',
    copy: '复制',
    copied: '已复制。',
    place: /第 \d 位（共 5 个平台）/,
    date: /\d{4}年\d{1,2}月\d{1,2}日/,
    money: /¥[\d,]+\.\d{2}/,
    step: '发生了什么',
    frozen: '对方停止计收利息和费用（停息）',
    fixed: '每月分期金额（元，可选）',
    save: '保存到记录',
    agreedStage: '已谈妥条件，还没有书面确认',
    apply: '把谈妥的条件用到计划里',
    applied: '已应用。你的计划现在按谈妥的条件计算。',
    writtenMissing: '你还没有记录这些条件的书面确认',
    editAgreement: /^修改：\d{4}年\d{1,2}月\d{1,2}日谈妥了条件$/,
    saveChanges: '保存修改',
    changesSaved: '修改已保存。',
    earlierTerms: '计划仍按修改前的条件计算',
    instalment300: '分期：每月 ¥300.00',
    instalment350: '分期：每月 ¥350.00',
  },
  en: {
    openExample: 'Open the example',
    quickLoan: 'Sample QuickLoan',
    scriptsTab: 'Scripts',
    planTab: 'Plan',
    creditor: 'Creditor',
    kind: 'What you need',
    output: 'The script',
    copy: 'Copy',
    copied: 'Copied.',
    place: /\d(st|nd|rd|th) of 5/,
    date: /[A-Z][a-z]+ \d{1,2}, \d{4}/,
    money: /¥[\d,]+\.\d{2}/,
    step: 'What happened',
    frozen: 'They stop interest and fees (停息)',
    fixed: 'Monthly instalment (yuan, optional)',
    save: 'Save to the record',
    agreedStage: 'Terms agreed, not yet confirmed in writing',
    apply: 'Apply the agreed terms to the plan',
    applied: 'Applied. Your plan now uses the agreed terms.',
    writtenMissing: 'You have not recorded a written confirmation',
    editAgreement: /^Edit: Agreed terms on [A-Z][a-z]+ \d{1,2}, \d{4}$/,
    saveChanges: 'Save changes',
    changesSaved: 'Changes saved.',
    earlierTerms: 'Your plan still uses the terms as they were before the change',
    instalment300: 'Instalment: ¥300.00 a month',
    instalment350: 'Instalment: ¥350.00 a month',
  },
} as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function newPage(lang: Lang): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: lang === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: { width: 360, height: 800 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
  await page.locator('html[data-ready="true"]').waitFor();
  return { context, page, problems };
}

async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

/** A <select> wrapped in its <label>: its accessible name is the label text, then the chosen option. */
function selectNamed(scope: Page | ReturnType<Page['getByTestId']>, label: string) {
  return scope.getByRole('combobox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
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

describe.each(['zh-CN', 'en'] as const)('scripts and negotiation record in %s', (lang) => {
  const text = TEXT[lang];

  it('writes and copies each of the 8 kinds, then records an agreement that changes the plan and corrects its amount', async () => {
    const { context, page, problems } = await newPage(lang);
    await page.getByRole('button', { name: text.openExample }).click();
    await page.getByRole('heading', { name: text.quickLoan }).waitFor();

    // The plan's figures before any agreement.
    await goTo(page, text.planTab);
    const planBefore = await page.locator('main').innerText();

    await goTo(page, text.scriptsTab);
    const creditor = selectNamed(page, text.creditor);
    await creditor.locator('option').first().waitFor({ state: 'attached' });
    const options = await creditor.locator('option').allTextContents();
    expect(options.length).toBe(5);
    const platformName = options[1]!;
    await creditor.selectOption({ label: platformName });

    const output = page.getByLabel(text.output, { exact: true });
    const places = new Set<string>();
    for (const kind of KINDS) {
      await selectNamed(page, text.kind).selectOption(kind);
      await expect.poll(async () => (await output.inputValue()).length).toBeGreaterThan(200);
      const script = await output.inputValue();
      const title = await page.locator('#script-output-title').innerText();
      expect(script, kind).toContain(platformName);
      const place = text.place.exec(script)?.[0];
      expect(place, `${kind}: queue place`).toBeDefined();
      places.add(place!);
      expect(script, `${kind}: a date`).toMatch(text.date);
      if (kind === 'proposal' || kind === 'instalment-request' || kind === 'settlement-offer')
        expect(script, `${kind}: an amount`).toMatch(text.money);
      expect(script).not.toMatch(/undefined|NaN|null|\{\{/);

      await page.getByRole('button', { name: text.copy, exact: true }).click();
      await page.getByText(text.copied, { exact: true }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${title}\n\n${script}`);
    }
    // Every kind names the same place in the queue for this creditor.
    expect(places.size).toBe(1);

    // Record an agreement: interest stopped and a monthly instalment.
    const panel = page.getByTestId('negotiation-panel');
    await selectNamed(panel, text.step).selectOption('agreement');
    await panel.getByLabel(text.frozen).check();
    await panel.getByLabel(text.fixed).fill('300');
    await panel.getByRole('button', { name: text.save }).click();
    await expect.poll(() => panel.getByTestId('negotiation-stage').innerText()).toBe(text.agreedStage);
    expect(await panel.getByTestId('written-missing').innerText()).toContain(text.writtenMissing);

    const beforeInterest = await panel.getByTestId('before-interest').innerText();
    const afterInterest = await panel.getByTestId('after-interest').innerText();
    expect(afterInterest).not.toBe(beforeInterest);
    expect(planBefore).toContain(beforeInterest);

    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await panel.getByRole('button', { name: text.apply }).click();
    await panel.getByText(text.applied).waitFor();
    // The table keeps showing the plan before and after the change.
    expect(await panel.getByTestId('before-interest').innerText()).toBe(beforeInterest);

    await goTo(page, text.planTab);
    const planAfter = await page.locator('main').innerText();
    expect(planAfter).not.toBe(planBefore);
    expect(planAfter).toContain(afterInterest);

    // The record and the applied terms survive a reload (stored through the storage layer).
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('html[data-ready="true"]').waitFor();
    await goTo(page, text.scriptsTab);
    await selectNamed(page, text.creditor).selectOption({ label: platformName });
    await expect.poll(() => page.getByTestId('negotiation-stage').innerText()).toBe(text.agreedStage);
    expect(await page.getByTestId('negotiation-timeline').locator('li').count()).toBe(1);

    // Correct the agreed amount in place: the same form, filled in and focused; focus back on Edit.
    const timeline = page.getByTestId('negotiation-timeline');
    expect(await timeline.innerText()).toContain(text.instalment300);
    const edit = timeline.getByRole('button', { name: text.editAgreement });
    await edit.click();
    const editForm = page.getByTestId('negotiation-edit-form');
    await expect.poll(() => editForm.evaluate((form) => form.contains(document.activeElement))).toBe(true);
    expect(await editForm.getByLabel(text.fixed).inputValue()).toBe('300.00');
    expect(await seriousViolations(page)).toEqual([]);
    await editForm.getByLabel(text.fixed).fill('350');
    await editForm.getByRole('button', { name: text.saveChanges }).click();
    await expect.poll(() => page.getByTestId('timeline-status').innerText()).toContain(text.changesSaved);
    expect(await edit.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await timeline.innerText()).toContain(text.instalment350);
    // Terms already applied are not re-applied behind the person's back.
    expect(await page.getByTestId('earlier-terms').innerText()).toContain(text.earlierTerms);
    await page.getByTestId('negotiation-panel').getByRole('button', { name: text.apply }).waitFor();

    // The edit survives a reload (IndexedDB): still one event, with the corrected amount.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('html[data-ready="true"]').waitFor();
    await goTo(page, text.scriptsTab);
    await selectNamed(page, text.creditor).selectOption({ label: platformName });
    await expect.poll(() => page.getByTestId('negotiation-timeline').innerText()).toContain(text.instalment350);
    expect(await page.getByTestId('negotiation-timeline').locator('li').count()).toBe(1);
    expect(await page.getByTestId('negotiation-stage').innerText()).toBe(text.agreedStage);

    expect(problems).toEqual([]);
    await context.close();
  });
});
