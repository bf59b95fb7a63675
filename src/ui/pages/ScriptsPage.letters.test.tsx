/**
 * The scripts page's issue-14 wiring (component tests over the example profile; expected figures
 * worked by hand from src/ui/model/example.ts: budget 8,000 − 4,400 = 3,600 a month; the first
 * creditor in the plan is Moonlight (35.9 % a year), which gets 3,600 − 100 (QuickLoan's small
 * payment) − 200 (the card's) − 600 (EasyInstal's instalment) = 2,700.00 in its first month).
 */
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { renderPlanner } from '../testing/renderPlanner';
import { ScriptsPage } from './ScriptsPage';

// Each test renders the whole page over the example and recomposes per change: a limit, not a timing.
vi.setConfig({ testTimeout: 30_000 });

async function open(locale: 'en' | 'zh-CN' = 'en') {
  const rendered = await renderPlanner(() => <ScriptsPage />, { locale, seed: 'example' });
  const output = await screen.findByLabelText<HTMLTextAreaElement>(locale === 'en' ? 'The script' : '话术');
  return { ...rendered, output };
}

const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const chooseCreditor = (label: string, name: string) => {
  const select = screen.getByLabelText<HTMLSelectElement>(label);
  const option = [...select.options].find((o) => o.textContent === name);
  if (!option) throw new Error(`no creditor ${name}`);
  fireEvent.change(select, { target: { value: option.value } });
};
const kindsOffered = (label: string) =>
  [...screen.getByLabelText<HTMLSelectElement>(label).options].map((option) => option.value);

describe('ScriptsPage: the creditor’s kind', () => {
  // Break: creditorKind not passed to the request → the consumer-finance letter says 贵方 → fails.
  it('a card issuer is addressed 贵行, a consumer-finance company 贵公司, an online loan of unknown lender 贵方', async () => {
    const { output } = await open('zh-CN');
    chooseCreditor('平台', '示例·星河信用卡');
    await waitFor(() => expect(output.value).toContain('贵行'));
    expect(output.value).not.toContain('贵方');
    chooseCreditor('平台', '示例·安心分期');
    await waitFor(() => expect(output.value).toContain('贵公司'));
    expect(output.value).not.toMatch(/贵方|贵行|贵平台/);
    chooseCreditor('平台', '示例·快借宝');
    await waitFor(() => expect(output.value).toContain('贵方'));
    expect(output.value).not.toContain('贵行');
  });

  // Break: kinds() returning every kind → verify-collector offered for the card → fails.
  it('the request to prove who a collector acts for: offered for an unknown lender, or when unsure who calls', async () => {
    await open();
    chooseCreditor('Creditor', 'Sample QuickLoan');
    await waitFor(() => expect(kindsOffered('What you need')).toContain('verify-collector'));
    chooseCreditor('Creditor', 'Sample Galaxy Card');
    await waitFor(() => expect(kindsOffered('What you need')).not.toContain('verify-collector'));
    fireEvent.click(screen.getByLabelText('I am not sure who is contacting me about this debt'));
    await waitFor(() => expect(kindsOffered('What you need')).toContain('verify-collector'));
    expect(kindsOffered('What you need')).toHaveLength(9);
  });
});

describe('ScriptsPage: settlement', () => {
  // MiniCash owes 2,400 principal + 180 interest + 60 fees = 2,640.00 at asOf.
  // Break: settlementAmount not passed to the request → a letter appears, no alert → fails.
  it('¥20,000 on a ¥2,640 debt is refused in plain words, and no letter is written', async () => {
    await open();
    chooseCreditor('Creditor', 'Sample MiniCash');
    choose('What you need', 'settlement-offer');
    expect(await screen.findByText(/You owe this creditor ¥2,640\.00 as of November 28, 2026/)).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText(/Lump sum you can offer/), { target: { value: '20,000' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The lump sum (¥20,000.00) is more than you owe this creditor (¥2,640.00). Offer at most what you owe.',
    );
    expect(screen.queryByLabelText('The script')).toBeNull();
    expect(screen.getByLabelText(/Lump sum you can offer/).getAttribute('aria-invalid')).toBe('true');
  });

  // Cash 1,000 offered on 2,640 owed (2,400 principal): 1,640 waived = 240 of charges + 1,400 of principal.
  // Break: cashOnHand not passed → the letter asks for the creditor's figure, no ¥1,000.00 → fails.
  it('the cash on hand is asked: the offer is that cash, the waiver split into charges and principal', async () => {
    const { output } = await open();
    chooseCreditor('Creditor', 'Sample MiniCash');
    choose('What you need', 'settlement-offer');
    await waitFor(() => expect(output.value).not.toContain('¥1,000.00'));
    fireEvent.input(screen.getByLabelText(/Cash you have now/), { target: { value: '1000' } });
    await waitFor(() => expect(output.value).toContain('I pay ¥1,000.00 in one payment'));
    expect(output.value).toContain('waive the remaining ¥1,640.00');
    expect(output.value).toMatch(/¥240\.00 of [a-z ,]+ and ¥1,400\.00 of principal/);
    fireEvent.input(screen.getByLabelText(/Lump sum you can offer/), { target: { value: '1500' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The lump sum (¥1,500.00) is more than the cash you have (¥1,000.00).',
    );
  });
});

describe('ScriptsPage: one set of commitments', () => {
  // Galaxy Card owes 21,500 + 1,380 + 320 = 23,200.00; over 60 months 23,200 / 60 = 386.67 (rounded up).
  // Moonlight's first month then: 3,600 − 100 − 386.67 − 600 = 2,513.33 (was 2,700.00).
  // Break: letters composed from planner.planInput() instead of the version → Moonlight still 2,700.00 → fails.
  it('an instalment asked of the card is written into the plan first, so the first creditor’s letter changes', async () => {
    const { output } = await open();
    chooseCreditor('Creditor', 'Sample Moonlight');
    await waitFor(() => expect(output.value).toContain('¥2,700.00'));
    chooseCreditor('Creditor', 'Sample Galaxy Card');
    choose('What you need', 'instalment-request');
    fireEvent.input(screen.getByLabelText(/Months you would like/), { target: { value: '60' } });
    await waitFor(() => expect(output.value).toContain('¥386.67'));
    const version = screen.getByTestId('letters-version');
    expect(version.textContent).toContain('Sample Galaxy Card: an instalment of ¥386.67 a month (60 months)');
    fireEvent.click(within(version).getByRole('button', { name: 'Use this instalment in every letter' }));
    chooseCreditor('Creditor', 'Sample Moonlight');
    choose('What you need', 'proposal');
    await waitFor(() => expect(output.value).toContain('¥2,513.33'));
    expect(output.value).not.toContain('¥2,700.00');
    // Taking the instalment out gives the plan as it was.
    fireEvent.click(within(version).getByRole('button', { name: /Stop assuming the instalment/ }));
    await waitFor(() => expect(output.value).toContain('¥2,700.00'));
  });

  // Budget 3,600 → 3,500 (rent 1,800 → 1,900): Moonlight's first month 2,700.00 → 2,600.00.
  // Break: keptStatus always 'current' → no change lines → fails.
  // Break: `previousDate: v.optional(date)` in keptLetterV14 (the form's '' refused, nothing stored) → fails.
  it('a copied letter is listed; when the budget changes it is marked out of date, naming what changed', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { output, planner, repository } = await open();
    chooseCreditor('Creditor', 'Sample Moonlight');
    await waitFor(() => expect(output.value).toContain('¥2,700.00'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const kept = await screen.findByTestId('kept-letter');
    expect(kept.dataset.state).toBe('current');
    // Stored with the client (schema v14), as the form had it ('' for a date not filled in).
    await planner.actions.flush();
    const profile = planner.state.profile;
    if (profile === null) throw new Error('no profile');
    const stored = await repository.loadProfile(profile.id);
    expect(stored.planSettings?.keptLetters?.map((letter) => letter.figures.amounts.focusAmount)).toEqual(['2700.00']);
    expect(kept.textContent).toContain('Still matches your plan.');
    expect(kept.textContent).toContain('Copied November 28, 2026');
    planner.actions.updateBudget((budget) => ({
      ...budget,
      expenses: budget.expenses.map((line) => (line.category === 'rent' ? { ...line, amount: '1900.00' } : line)),
    }));
    await waitFor(() => expect(screen.getByTestId('kept-letter').dataset.state).toBe('changed'));
    const lines = [...screen.getByTestId('kept-letter').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toContain('Monthly budget: ¥3,600.00 → ¥3,500.00');
    expect(lines).toContain('Payment in the first month of its turn: ¥2,700.00 → ¥2,600.00');
    // The letter on screen is from the new plan.
    await waitFor(() => expect(output.value).toContain('¥2,600.00'));
  });
});

describe('ScriptsPage: claims only what is true', () => {
  // Break: evidenceKept not passed to the request → "I have kept call recordings" never appears → fails.
  it('the stop-contact letter mentions recordings only once they are ticked', async () => {
    const { output } = await open();
    chooseCreditor('Creditor', 'Sample QuickLoan');
    choose('What you need', 'stop-third-party-contact');
    await waitFor(() => expect(output.value.length).toBeGreaterThan(200));
    expect(output.value).not.toMatch(/recording/i);
    const box = screen.getByLabelText<HTMLInputElement>('Call recordings');
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(output.value).toContain('I have kept call recordings of these contacts.'));
  });
});

describe('ScriptsPage: the date line', () => {
  // Break: letterDate left out of the request → the letter ends with the blank date line → fails.
  // Break: on main at 441471a (no letterDate passed) the letter ends with the blank line → fails.
  it('a letter is signed, then dated today (the UI’s today, 2026-11-28); the date can be changed', async () => {
    const { output } = await open('zh-CN');
    await waitFor(() => expect(output.value.trimEnd().split('\n').at(-1)).toBe('2026年11月28日'));
    fireEvent.input(screen.getByLabelText(/^信上的日期/), { target: { value: '2026-12-04' } });
    await waitFor(() => expect(output.value.trimEnd().split('\n').at(-1)).toBe('2026年12月4日'));
    fireEvent.input(screen.getByLabelText(/^信上的日期/), { target: { value: '' } });
    await waitFor(() => expect(output.value.trimEnd().split('\n').at(-1)).toBe('　　　　年　　月　　日'));
  });
});
