/** DebtForm: validation messages in the person's language, nothing lost on error, each rate form saved. */
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { DebtsScreen } from './DebtsScreen';
import { renderPlanner } from '../testing/renderPlanner';
import { EXAMPLE_PROFILE_ID } from '../model/example';

function type(label: string | RegExp, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('DebtForm', () => {
  it('shows an error per field, keeps what was typed, then saves', async () => {
    const { repository } = await renderPlanner(() => <DebtsScreen />, { seed: 'example' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add a debt' }));
    type('Platform or creditor', 'Test Lender');
    type('Principal owed now (¥)', '12.345');
    fireEvent.click(screen.getByRole('button', { name: 'Save debt' }));

    expect(await screen.findByText(/Nothing you typed has been lost/)).toBeInTheDocument();
    expect(screen.getByText(/Enter an amount like 1234.50/)).toBeInTheDocument();
    expect(screen.getByText('Please fill this in.')).toBeInTheDocument(); // the rate
    expect(screen.getByLabelText('Platform or creditor')).toHaveValue('Test Lender');
    expect(screen.getByLabelText('Principal owed now (¥)')).toHaveAttribute('aria-invalid', 'true');

    type('Principal owed now (¥)', '1234.5');
    fireEvent.change(screen.getByLabelText('Rate quoted as'), { target: { value: 'annual-percent' } });
    type('Rate (%)', '36');
    fireEvent.change(screen.getByLabelText('Days in a year for this rate'), { target: { value: '360' } });
    expect(screen.getByText(/about 36% a year/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save debt' }));

    expect(await screen.findByRole('heading', { name: 'Test Lender' })).toBeInTheDocument();
    await waitFor(async () => {
      const stored = (await repository.loadProfile(EXAMPLE_PROFILE_ID)).debts.find(
        (debt) => debt.platform === 'Test Lender',
      );
      expect(stored).toMatchObject({
        principal: '1234.50',
        enteredRate: { unit: 'annual-percent', percent: '36', basis: 360 },
      });
      expect(stored).not.toHaveProperty('dailyRate');
    });
  });

  it('speaks Chinese in a Chinese session', async () => {
    await renderPlanner(() => <DebtsScreen />, { seed: 'example', locale: 'zh-CN' });
    fireEvent.click(await screen.findByRole('button', { name: '添加一笔债务' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/你已输入的内容都还在/)).toBeInTheDocument();
    expect(screen.getAllByText('请填写这一项。').length).toBe(3);
  });

  it('shows each platform with what is owed and its queue place', async () => {
    await renderPlanner(() => <DebtsScreen />, { seed: 'example' });
    expect(await screen.findByRole('heading', { name: 'Sample QuickLoan' })).toBeInTheDocument();
    expect(screen.getByText('Place in queue: 1')).toBeInTheDocument();
    expect(screen.getByText('Owed in total: ¥56,098.80')).toBeInTheDocument();
  });
});
