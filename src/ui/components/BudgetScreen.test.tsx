/** BudgetScreen: income minus essentials, exact, updating as the person types; the direct amount. */
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { BudgetScreen } from './BudgetScreen';
import { renderPlanner } from '../testing/renderPlanner';
import { EXAMPLE_PROFILE_ID } from '../model/example';

describe('BudgetScreen', () => {
  it('sums the lines exactly and updates on each keystroke', async () => {
    const { repository } = await renderPlanner(() => <BudgetScreen />, { seed: 'example' });
    const available = await screen.findByTestId('budget-available');
    expect(available).toHaveTextContent('¥3,600.00');
    fireEvent.input(screen.getByLabelText('Rent (¥)'), { target: { value: '1800.1' } });
    expect(available).toHaveTextContent('¥3,599.90');
    fireEvent.input(screen.getByLabelText('Food (¥)'), { target: { value: '1500.2' } });
    expect(available).toHaveTextContent('¥3,599.70');
    await waitFor(async () => {
      const stored = await repository.loadProfile(EXAMPLE_PROFILE_ID);
      expect(stored.budget?.expenses.find((line) => line.category === 'food')?.amount).toBe('1500.20');
    });
  });

  it('says so when essentials exceed income', async () => {
    await renderPlanner(() => <BudgetScreen />, { seed: 'example' });
    fireEvent.input(await screen.findByLabelText('Rent (¥)'), { target: { value: '9000' } });
    expect(screen.getByTestId('budget-available')).toHaveTextContent('¥0.00');
    expect(screen.getByText(/Essentials are ¥3,600.00 more than income/)).toBeInTheDocument();
  });

  it('takes the amount directly', async () => {
    await renderPlanner(() => <BudgetScreen />, { seed: 'example' });
    fireEvent.click(await screen.findByLabelText('Type the amount directly'));
    fireEvent.input(screen.getByLabelText('Monthly amount for debts (¥)'), { target: { value: '2,500' } });
    expect(screen.getByTestId('budget-available')).toHaveTextContent('¥2,500.00');
  });
});
