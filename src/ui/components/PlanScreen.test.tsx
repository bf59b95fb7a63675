/** PlanScreen: strategy switch, this month's payments, the queue timeline, infeasible explanation, debt-free-by. */
import { fireEvent, screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { PlanScreen } from './PlanScreen';
import { renderPlanner } from '../testing/renderPlanner';
import { makeExampleProfile } from '../model/example';
import { FIXED_CLOCK } from '../testing/renderPlanner';

// Renders the whole plan screen (with payments, progress and reconcile since issue 17): 15 s on a shared machine.
describe('PlanScreen', { timeout: 15_000 }, () => {
  it('shows this month: whom to pay, how much, by when', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: 'example' });
    const month = await screen.findByTestId('this-month');
    expect(month).toHaveTextContent('Pay these by December 8, 2026. Total: ¥3,600.00.');
    const items = within(month).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Pay ¥2,700.00 to Sample Moonlight');
    expect(items[0]).toHaveTextContent('Its turn');
    expect(month).toHaveTextContent('Pay ¥600.00 to Sample EasyInstal');
  });

  it('switches strategy and this month follows', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: 'example' });
    const cards = await screen.findAllByRole('button', { name: /Use this order|In use/ });
    expect(cards).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'In use' })).toHaveAttribute('aria-pressed', 'true');
    const snowball = document.querySelector('[data-strategy="snowball"]') as HTMLElement;
    fireEvent.click(within(snowball).getByRole('button', { name: 'Use this order' }));
    expect(within(snowball).getByRole('button', { name: 'In use' })).toBeInTheDocument();
    const items = within(screen.getByTestId('this-month')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sample MiniCash');
  });

  it('orders platforms by hand with the custom order', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: 'example' });
    const custom = (await screen.findAllByRole('listitem')).find((item) => item.dataset['strategy'] === 'custom')!;
    fireEvent.click(within(custom).getByRole('button', { name: 'Use this order' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Sample MiniCash up' }));
    const items = within(screen.getByTestId('this-month')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sample MiniCash');
  });

  it('shows a platform on an agreed instalment as paying, not waiting, on the queue timeline', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: 'example' });
    const timeline = await screen.findByRole('region', { name: 'The queue' });
    const rowOf = (name: string) =>
      within(timeline)
        .getAllByRole('listitem')
        .find((item) => item.classList.contains('timeline__row') && within(item).queryByText(name) !== null)!;
    // Sample EasyInstal (agreed instalment ¥600.00 a month) queues last: instalments from the first
    // payment date until its turn.
    const spans = within(rowOf('Sample EasyInstal')).getAllByRole('listitem');
    expect(spans.map((span) => span.dataset['kind'])).toEqual(['instalment', 'focus']);
    expect(spans[0]).toHaveTextContent(/^Paying agreed instalments: December 8, 2026 – /);
    // A platform with no instalment still waits for its turn.
    expect(within(rowOf('Sample QuickLoan')).getAllByRole('listitem')[0]).toHaveTextContent(
      /^Waiting: December 8, 2026 – /,
    );
    expect(screen.getByTestId('timeline-instalment-note')).toHaveTextContent(
      'paid it every month, before its turn too',
    );
    expect(screen.getByTestId('timeline-legend')).toHaveTextContent('WaitingPaying agreed instalmentsIts turnCleared');
  });

  it('says "paying agreed instalments" in Chinese too', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: 'example', locale: 'zh-CN' });
    const timeline = await screen.findByRole('region', { name: '还款队列' });
    expect(within(timeline).getAllByText(/^按约定分期还款中：/)).toHaveLength(1);
    expect(screen.getByTestId('timeline-legend')).toHaveTextContent('按约定分期还款中');
  });

  it('explains an infeasible plan with the budget needed', async () => {
    const example = makeExampleProfile('en', FIXED_CLOCK.today(), FIXED_CLOCK.now());
    example.budget = { ...example.budget, mode: 'direct', directAmount: '500' };
    await renderPlanner(() => <PlanScreen />, { seed: example });
    const box = await screen.findByTestId('infeasible');
    expect(box).toHaveTextContent('need ¥900.00 a month, more than the ¥500.00 available');
    expect(box).toHaveTextContent('Sample EasyInstal: instalment ¥600.00');
    expect(box).toHaveTextContent('Sample Galaxy Card: small monthly payment ¥200.00');
    expect(box).toHaveTextContent('It works with ¥900.00 a month for debts');
  });

  it('answers "debt-free by" with the budget needed', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: 'example' });
    fireEvent.input(await screen.findByLabelText('I want to be debt-free by'), { target: { value: '2027-12-31' } });
    expect(screen.getByTestId('target-answer')).toHaveTextContent(
      /You would need ¥[\d,.]+ a month for debts \(now ¥3,600.00\)/,
    );
  });
});
