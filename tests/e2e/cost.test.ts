/**
 * "What this loan really costs" (issue 16) in the browser, both languages, on the example's first
 * loan (示例·快借宝, an online loan): reached from the Debts screen, the address says only `#/cost`.
 * The worked examples through the screen, worked by hand (independently of the code):
 * - 12,000.00 received, 12 × 1,120.00 monthly → 21.46 % (monthly). Row 1: 12000 × 0.2146 / 12 = 214.60,
 *   principal 905.40, balance 11,094.60; row 2: 11094.60 × 0.2146 / 12 = 198.4067 → 198.41, principal
 *   921.59, balance 10,173.01; after row 12 a rounding difference of 0.20 (21.46 is 21.4572 rounded).
 * - the same with 1,200.00 (10 %) taken at drawdown: 10,800.00 received → 42.43 % (> 40 %).
 * - 1,000.00 for 14 days, 1,060.00 repaid (¥60 per ¥1,000): 365 × (1.06^(1/14) − 1) = 365 × 0.00417074
 *   = 152.23 % (daily; > 150 %).
 * Reference lines: an unlicensed lender with contract date 2023-09-01 → the 2023-08-21 row of the LPR
 * table, 3.45 %, four times 13.80 %; a licensed lender (consumer finance) → the reported 24 % and no
 * “无效”; an edited LPR row changes the figure. The figure appears in a letter only when ticked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seriousViolations, useBrowser } from './session';

const TEXT = {
  'zh-CN': {
    openExample: '打开示例',
    quickLoan: '示例·快借宝',
    debts: '债务',
    scripts: '话术',
    costButton: '这笔借款实际有多贵',
    borrowed: '合同上的借款金额（元）',
    upfront: '放款时被扣掉的钱（元，服务费、预扣的利息等，没有就填0）',
    start: '到手日期（合同成立日）',
    count: '一共还几个月',
    amount: '每月还款（元）',
    list: '按账单逐笔填写',
    date1: '第1笔：日期',
    amount1: '第1笔：金额（元）',
    rate: (r: string) => `这笔借款的真实年利率是${r}%。`,
    monthly: '按月计算',
    daily: '按两笔还款之间的实际天数计算',
    rounding: '余额显示为¥0.20',
    badAmount: '每月还款（元）：请填写金额，例如1120.00',
    edit: '修改',
    unlicensed: '没有放贷资质的个人或公司',
    consumerFinance: '消费金融公司',
    save: '保存',
    privateLine: '当时的一年期LPR为3.45%（2023-08-21起），四倍为13.80%',
    editedLine: '当时的一年期LPR为3.5%（2023-08-21起），四倍为14.00%',
    article: '第二十五条',
    licensedLine: '据媒体报道，监管要求助贷业务综合融资成本不超过年化24%',
    invalid: '无效',
    lprTable: '一年期LPR表',
    lprRow10: '第10行 一年期LPR（%）',
    lprSave: '保存LPR表',
    cite: '写信时可以引用这个数字（只有勾选才会写进信里）',
    saveCost: '保存这次计算',
    letterCite: '按实际到手金额和还款计划计算，这笔借款的实际年化成本约为21.46%。',
    creditor: '平台',
    output: '话术',
  },
  en: {
    openExample: 'Open the example',
    quickLoan: 'Sample QuickLoan',
    debts: 'Debts',
    scripts: 'Scripts',
    costButton: 'What this loan really costs',
    borrowed: 'Amount on the contract (¥)',
    upfront: 'Taken at drawdown (¥: service fee, interest taken in advance; 0 if none)',
    start: 'Day the money arrived (contract date)',
    count: 'Number of monthly payments',
    amount: 'Each monthly payment (¥)',
    list: 'Payment by payment, from the bill',
    date1: 'Payment 1: date',
    amount1: 'Payment 1: amount (¥)',
    rate: (r: string) => `The real annual rate of this loan is ${r}%.`,
    monthly: 'Worked out by month',
    daily: 'Worked out by the actual days between payments.',
    rounding: 'the balance shows ¥0.20',
    badAmount: 'Each monthly payment (¥): type an amount such as 1120.00',
    edit: 'Edit',
    unlicensed: 'A person or company with no lending licence',
    consumerFinance: 'A consumer finance company',
    save: 'Save debt',
    privateLine: 'by your LPR table the one-year LPR was then 3.45% (from 2023-08-21); four times is 13.80%',
    editedLine: 'by your LPR table the one-year LPR was then 3.5% (from 2023-08-21); four times is 14.00%',
    article: 'Article 25',
    licensedLine: 'media reportedly say regulators require the all-in financing cost of assisted lending',
    invalid: 'invalid',
    lprTable: 'One-year LPR table',
    lprRow10: 'Row 10 One-year LPR (%)',
    lprSave: 'Save the LPR table',
    cite: 'Letters may quote this figure (only when ticked)',
    saveCost: 'Save this calculation',
    letterCite:
      'Calculated from the amount I actually received and the repayment schedule, the real annual cost of this loan is about 21.46%.',
    creditor: 'Creditor',
    output: 'The script',
  },
} as const;

const browser = useBrowser();

async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

/** Sets the first loan's lender type through the debt form. */
async function setLender(page: Page, text: (typeof TEXT)[keyof typeof TEXT], label: string): Promise<void> {
  await nav(page, text.debts);
  await page
    .getByRole('button', { name: new RegExp(`^${text.edit}: ${text.quickLoan}`) })
    .first()
    .click();
  await page.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  await page.getByRole('button', { name: text.save, exact: true }).click();
}

async function openCost(page: Page, text: (typeof TEXT)[keyof typeof TEXT]): Promise<void> {
  await nav(page, text.debts);
  await page
    .getByRole('button', { name: new RegExp(`^${text.costButton}: ${text.quickLoan}`) })
    .first()
    .click();
  await page.getByLabel(text.borrowed).waitFor();
}

describe.each(['zh-CN', 'en'] as const)('the cost screen in %s', (lang) => {
  const text = TEXT[lang];

  it('computes the worked examples, shows a hand-checkable table, and explains bad input', async () => {
    // Break: costTable rounding interest down → row 2 shows 198.40 → fails.
    // Break: remove the 'cost' Match from App.tsx → the form never appears → fails.
    const { context, page, problems } = await openPage(browser(), lang);
    await page.getByRole('button', { name: text.openExample }).click();
    await page.getByRole('heading', { name: text.quickLoan }).waitFor();
    await openCost(page, text);
    expect(new URL(page.url()).hash).toBe('#/cost');

    await page.getByLabel(text.borrowed).fill('12000');
    await page.getByLabel(text.upfront).fill('0');
    await page.getByLabel(text.start).fill('2027-01-15');
    await page.getByLabel(text.count).fill('12');
    await page.getByLabel(text.amount).fill('1120');
    const result = page.getByTestId('cost-result');
    await result.getByText(text.rate('21.46')).waitFor();
    expect(await result.innerText()).toContain(text.monthly);
    const rows = page.getByTestId('cost-table').locator('tbody tr');
    expect(await rows.count()).toBe(13); // "received" + 12 payments
    const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).slice(2);
    expect(await cells(1)).toEqual(['¥1,120.00', '¥214.60', '¥905.40', '¥11,094.60']);
    expect(await cells(2)).toEqual(['¥1,120.00', '¥198.41', '¥921.59', '¥10,173.01']);
    expect(await page.getByTestId('cost-rounding').innerText()).toContain(text.rounding);
    expect(await seriousViolations(page)).toEqual([]);

    // 10 % taken at drawdown.
    await page.getByLabel(text.upfront).fill('1200');
    await result.getByText(text.rate('42.43')).waitFor();

    // Bad input: a clear message, no freeze; correcting it brings the result back.
    await page.getByLabel(text.amount).fill('11.2.0');
    await page.getByTestId('cost-errors').getByText(text.badAmount).waitFor();
    await page.getByLabel(text.amount).fill('1120');
    await result.getByText(text.rate('42.43')).waitFor();

    // A 14-day loan at ¥60 per ¥1,000.
    await page.getByLabel(text.borrowed).fill('1000');
    await page.getByLabel(text.upfront).fill('0');
    await page.getByLabel(text.list).check();
    await page.getByLabel(text.date1).fill('2027-01-29');
    await page.getByLabel(text.amount1).fill('1060');
    await result.getByText(text.rate('152.23')).waitFor();
    expect(await result.innerText()).toContain(text.daily);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the reference line for the lender type, with the LPR at the contract date, and cites only when ticked', async () => {
    // Break: costReferenceLines returning the private line for licensed lenders → “四倍” shown → fails.
    // Break: citedCostOf ignoring citeInLetters → the figure is in the letter before the tick → fails.
    const { context, page, problems } = await openPage(browser(), lang);
    await page.getByRole('button', { name: text.openExample }).click();
    await page.getByRole('heading', { name: text.quickLoan }).waitFor();
    await setLender(page, text, text.unlicensed);
    await openCost(page, text);
    await page.getByLabel(text.borrowed).fill('12000');
    await page.getByLabel(text.upfront).fill('0');
    await page.getByLabel(text.start).fill('2023-09-01');
    await page.getByLabel(text.count).fill('12');
    await page.getByLabel(text.amount).fill('1120');
    await page.getByTestId('cost-result').getByText(text.rate('21.46')).waitFor();
    const references = page.getByTestId('cost-references');
    expect(await references.innerText()).toContain(text.privateLine);
    expect(await references.innerText()).toContain(text.article);

    // Editing the LPR table changes the line (row 10 is 2023-08-21).
    await page.getByText(text.lprTable, { exact: true }).click();
    await page.getByLabel(text.lprRow10).fill('3.5');
    await page.getByRole('button', { name: text.lprSave }).click();
    await expect.poll(async () => references.innerText()).toContain(text.editedLine);

    // Not ticked: saved, but no letter cites it.
    await page.getByRole('button', { name: text.saveCost }).click();
    await nav(page, text.scripts);
    const creditor = page.getByRole('combobox', { name: new RegExp(`^${text.creditor}`) });
    await creditor.selectOption({ label: text.quickLoan });
    const output = page.getByLabel(text.output, { exact: true });
    await expect.poll(async () => (await output.inputValue()).length).toBeGreaterThan(200);
    expect(await output.inputValue()).not.toContain(text.letterCite);

    // Ticked and saved: the proposal states the figure, worded as a calculation.
    await openCost(page, text);
    await page.getByLabel(text.cite).check();
    await page.getByRole('button', { name: text.saveCost }).click();
    await nav(page, text.scripts);
    await creditor.selectOption({ label: text.quickLoan });
    await expect.poll(async () => output.inputValue()).toContain(text.letterCite);

    // A licensed lender: the reported 24 % wording, never “invalid” nor the 4× figure.
    await setLender(page, text, text.consumerFinance);
    await openCost(page, text);
    const licensed = await page.getByTestId('cost-references').innerText();
    expect(licensed).toContain(text.licensedLine);
    expect(licensed).not.toContain(text.invalid);
    expect(licensed).not.toContain('13.80');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
