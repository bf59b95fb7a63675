/** The debt form's issue-16 part: the lender question and the loan's charges are saved with the debt. */
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { DebtsScreen } from './DebtsScreen';
import { renderPlanner } from '../testing/renderPlanner';
import { EXAMPLE_PROFILE_ID } from '../model/example';

function type(label: string | RegExp, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('LoanTermsFields', () => {
  it('asks who lent the money, with “I don’t know”, and saves the answer and the charges', async () => {
    // Break: leave `lenderType` out of fromDebtDraft → the stored record has no lenderType and this fails.
    const { repository } = await renderPlanner(() => <DebtsScreen />, { seed: 'example' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add a debt' }));
    expect(screen.getByRole('group', { name: 'What kind of lender is it?' })).toBeInTheDocument();
    type('Platform or creditor', 'Fenqile');
    type('Principal owed now (¥)', '9000');
    fireEvent.change(screen.getByLabelText('Rate quoted as'), { target: { value: 'monthly-percent' } });
    type('Rate (%)', '0');
    fireEvent.click(screen.getByRole('radio', { name: /I don’t know/ }));
    type(/Monthly fee rate on the original amount/, '1');
    type(/Amount originally borrowed/, '12000');
    type(/Not overdue yet/, '1120');
    type(/Rate once overdue/, '1.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save debt' }));
    await waitFor(async () => {
      const stored = (await repository.loadProfile(EXAMPLE_PROFILE_ID)).debts.find(
        (debt) => debt.platform === 'Fenqile',
      );
      expect(stored).toMatchObject({
        lenderType: 'unknown',
        feePercent: '1',
        originalPrincipal: '12000.00',
        contractInstalment: '1120.00',
        penaltyPercent: '1.5',
      });
    });
  }, 20_000);

  it('refuses a contract instalment beside an agreed one, in Chinese', async () => {
    // Break: drop the 'instalment-and-fixed' check in validateDebtDraft → no message, and this fails.
    await renderPlanner(() => <DebtsScreen />, { seed: 'example', locale: 'zh-CN' });
    fireEvent.click(await screen.findByRole('button', { name: '添加一笔债务' }));
    type(/还没逾期：合同上每月应还多少/, '300');
    type(/约定的每月分期金额/, '200');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/合同月供和协商好的分期只填一个/)).toBeInTheDocument();
  }, 20_000);
});
