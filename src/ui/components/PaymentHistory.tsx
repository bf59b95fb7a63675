/**
 * One platform's payment history (issue 17): paid (a partial payment says of how much), missed,
 * new charges and the balances read from the lender, newest first, each with a delete button.
 * The plan screen lists every platform's (PaymentsPanel); the debts screen shows each beside the
 * debt, folded (`DebtHistory`: a <details>, so it opens by keyboard and takes no room when shut).
 */
import { For, Show } from 'solid-js';
import { toFen } from '../../domain/money';
import type { PlatformKey } from '../../domain/platform';
import type { PaymentRecord } from '../../domain/records';
import { recordsOf } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';
import { useBudgetText, type BudgetT } from './budgetText';
import { usePaymentActions } from './paymentActions';
import { usePaymentsText, type PaymentsT } from './paymentsText';

/** A payment below what the plan asked for on its date. */
function isPartial(row: PaymentRecord): row is PaymentRecord & { planned: string } {
  return row.kind === 'paid' && row.planned !== undefined && toFen(row.amount) < toFen(row.planned);
}

/** One line of a platform's history, in plain words. */
export function historyText(
  row: PaymentRecord,
  text: { pt: PaymentsT; bt: BudgetT },
  money: (amount: string) => string,
  date: (iso: string) => string,
): string {
  const at = date(row.on);
  if (row.kind === 'balance') {
    return row.amount === ''
      ? text.pt('history.balanceUnknown', { date: at, amount: money(row.expected ?? '0') })
      : text.pt('history.balance', { date: at, amount: money(row.amount) });
  }
  if (isPartial(row)) {
    return text.bt('history.partial', { date: at, amount: money(row.amount), planned: money(row.planned) });
  }
  return text.pt(`history.${row.kind}`, { date: at, amount: money(row.amount) });
}

/** One platform's records, newest first, each with a delete button. */
export function PlatformHistory(props: { platformKey: PlatformKey }) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const bt = useBudgetText();
  const actions = usePaymentActions();
  const rows = () => [...recordsOf(planner.records.payments, props.platformKey)].reverse();
  return (
    <Show when={rows().length > 0} fallback={<p class="muted">{pt('history.empty')}</p>}>
      <ul class="history">
        <For each={rows()}>
          {(row) => {
            const text = () => historyText(row, { pt, bt }, planner.money, planner.date);
            return (
              <li data-kind={row.kind}>
                {text()}{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={pt('history.removeLabel', { what: text() })}
                  onClick={() => actions.remove(row.id)}
                >
                  {pt('history.remove')}
                </button>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}

/** Beside a debt: the platform's history, folded under a summary that says how many records. */
export function DebtHistory(props: { platformKey: PlatformKey; name: string }) {
  const planner = usePlanner();
  const bt = useBudgetText();
  const count = () => recordsOf(planner.records.payments, props.platformKey).length;
  return (
    <details class="debt-history" data-testid="debt-history" data-platform={props.name}>
      <summary>{count() > 0 ? bt('history.summary', { count: count() }) : bt('history.summaryNone')}</summary>
      <PlatformHistory platformKey={props.platformKey} />
    </details>
  );
}
