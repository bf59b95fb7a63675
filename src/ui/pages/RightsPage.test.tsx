/**
 * The rights page inside the app: a counsellor's LPR figure is kept in settings (schema v6
 * `lprOverride`) and is still there after a reload.
 */
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_CHANNELS } from '../../rules';
import { App } from '../App';
import { renderPlanner } from '../testing/renderPlanner';
import { forWhom } from './RightsPage';

async function openRights(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Your rights' }));
  return screen.findByTestId('rights-page');
}
const page = () => within(screen.getByTestId('rights-page'));

describe('RightsPage in the app', () => {
  // A time limit, not a speed claim: on a loaded machine the first import of each lazy screen can pass vitest's 5 s.
  it('stores the LPR a counsellor enters, shows it, keeps it over a reload, and goes back to the built-in figure', async () => {
    const first = await renderPlanner(() => <App />, { locale: 'en', seed: 'example' });
    await openRights();
    expect(page().getByTestId('lpr-statement').textContent).toContain('2025-05-20');

    fireEvent.input(page().getByLabelText('One-year LPR (%)'), { target: { value: '3.1' } });
    fireEvent.input(page().getByLabelText('Date confirmed'), { target: { value: '2026-02-30' } });
    fireEvent.click(page().getByRole('button', { name: 'Save LPR' }));
    expect(await page().findByRole('alert')).toHaveTextContent('Enter a percent such as 3.0 and a date.');

    fireEvent.input(page().getByLabelText('Date confirmed'), { target: { value: '2026-11-20' } });
    fireEvent.input(page().getByLabelText('Date it took effect (optional)'), { target: { value: '2026-10-21' } });
    fireEvent.click(page().getByRole('button', { name: 'Save LPR' }));
    await waitFor(() =>
      expect(page().getByTestId('lpr-statement').textContent).toContain(
        '3.1% (from 2026-10-21; confirmed in settings on 2026-11-20)',
      ),
    );
    await waitFor(async () =>
      expect((await first.repository.getSettings())?.lprOverride).toEqual({
        percent: '3.1',
        confirmedOn: '2026-11-20',
        effectiveFrom: '2026-10-21',
      }),
    );
    first.unmount();

    // A reload: a new app over the same stored data.
    const second = await renderPlanner(() => <App />, { locale: 'en', repository: first.repository });
    await openRights();
    expect(page().getByTestId('lpr-statement').textContent).toContain(
      '3.1% (from 2026-10-21; confirmed in settings on 2026-11-20)',
    );
    expect(page().getByLabelText<HTMLInputElement>('One-year LPR (%)').value).toBe('3.1');

    fireEvent.click(page().getByRole('button', { name: 'Use the built-in figure' }));
    await waitFor(() => expect(page().getByTestId('lpr-statement').textContent).toContain('2025-05-20'));
    await waitFor(async () =>
      expect(Object.keys((await second.repository.getSettings()) ?? {})).not.toContain('lprOverride'),
    );
    // The other settings are untouched.
    expect(await second.repository.getSettings()).toMatchObject({ language: 'en' });
  }, 15_000);
});

describe('whom each complaint channel is for', () => {
  // Worked out from each channel's binds (src/rules/catalogue.ts) and the lender-type labels.
  // Mutation: forWhom ignoring binds (always "every lender") → the 12378 and local-regulator rows fail.
  it.each([
    ['12378', 'zh-CN', '适用于：银行或信用卡中心、消费金融公司'],
    ['12378', 'en', 'For: a bank or credit-card issuer, a consumer finance company'],
    ['local-regulator', 'zh-CN', '适用于：小额贷款公司或融资担保公司'],
    ['nifa', 'en', 'For: an online lending or loan-facilitation (助贷) platform'],
    ['110', 'zh-CN', '适用于所有放贷机构'],
  ] as const)('%s in %s', (id, locale, expected) => {
    const channel = COMPLAINT_CHANNELS.find((c) => c.id === id);
    expect(channel && forWhom(channel.binds, locale)).toBe(expected);
  });
  it('names one bank product when a channel is for only one', () => {
    expect(forWhom(['bank-card'], 'zh-CN')).toBe('适用于：银行的信用卡');
    expect(forWhom(['bank-loan', 'consumer-finance'], 'en')).toBe('For: a bank’s loans, a consumer finance company');
  });
});
