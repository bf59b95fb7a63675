/**
 * "这笔借款实际有多贵" / "What this loan really costs" (issue 16), reached from each debt on the
 * Debts screen (`#/cost`; which debt is kept in memory, `state/costTarget.ts`, never in the address).
 *
 * The person types the amount on the contract, what was taken at drawdown, the day the money
 * arrived, the schedule (count × amount, or payments from the bill) and a fee added each period;
 * defaults come from the debt's saved check, else its record. The page shows the real annual rate
 * (`annualCost`, with its method), a table to check by hand (`costTable`: rounding on each row, the
 * rounding difference after the last row; the footnote says how), the reference lines for the
 * debt's lender type (src/rules/cost.ts, each at its tier), the editable LPR table, and the
 * opt-in tick that lets letters cite the figure (`DebtRecord.cost.citeInLetters`).
 * Bad input shows which field to correct, in the person's language; nothing is thrown.
 */
import { For, Index, Show, createMemo, createSignal, untrack } from 'solid-js';
import { annualCost, costInputOf, costTable, PlanInputError, type LoanCostTerms } from '../../domain';
import type { DebtRecord, LoanCost, LoanSchedule } from '../../domain/records';
import { makeTranslator, type Locale } from '../../i18n/translate';
import { costEn, type CostDict, type CostKey } from '../../i18n/cost.en';
import { costZhCN } from '../../i18n/cost.zh-CN';
import { rightsT } from './rightsText';
import { DEFAULT_LPR_HISTORY, costReferenceLines, lenderOfDebts, type LprRow } from '../../rules';
import { isIsoDate, localIsoDate } from '../model/dates';
import { parseMoneyInput } from '../model/money';
import { costDebtId, setCostDebtId } from '../state/costTarget';
import { usePlanner } from '../state/PlannerProvider';
import { useServices } from '../state/services';
import { sortDebts } from '../model/planInput';

const DICTS: Readonly<Record<Locale, CostDict>> = { 'zh-CN': costZhCN, en: costEn };
const costT = makeTranslator<CostKey>(DICTS);

interface Draft {
  borrowed: string;
  upfrontFee: string;
  startDate: string;
  mode: 'equal' | 'list';
  count: string;
  amount: string;
  payments: { date: string; amount: string }[];
  periodFee: string;
  cite: boolean;
}

function draftOf(debt: DebtRecord, today: string): Draft {
  const saved = debt.cost;
  if (saved) {
    return {
      borrowed: saved.borrowed,
      upfrontFee: saved.upfrontFee,
      startDate: saved.startDate,
      mode: saved.schedule.mode,
      count: saved.schedule.mode === 'equal' ? String(saved.schedule.count) : '12',
      amount: saved.schedule.mode === 'equal' ? saved.schedule.amount : '',
      payments: saved.schedule.mode === 'list' ? saved.schedule.payments.map((p) => ({ ...p })) : [],
      periodFee: saved.periodFee,
      cite: saved.citeInLetters,
    };
  }
  return {
    borrowed: debt.originalPrincipal ?? debt.principal,
    upfrontFee: '0',
    startDate: today,
    mode: 'equal',
    count: '12',
    amount: debt.contractInstalment ?? debt.fixedPayment ?? '',
    payments: [{ date: '', amount: '' }],
    periodFee: '0',
    cite: false,
  };
}

/** A typed amount as a money string, or as typed when it is not one (costInputOf then names the field). */
const money = (text: string): string => parseMoneyInput(text) ?? text;

function termsOf(draft: Draft): LoanCostTerms {
  const schedule: LoanSchedule =
    draft.mode === 'equal'
      ? {
          mode: 'equal',
          count: /^\d{1,4}$/.test(draft.count.trim()) ? Number(draft.count.trim()) : NaN,
          amount: money(draft.amount),
        }
      : { mode: 'list', payments: draft.payments.map((p) => ({ date: p.date, amount: money(p.amount) })) };
  return {
    borrowed: money(draft.borrowed),
    upfrontFee: money(draft.upfrontFee),
    startDate: draft.startDate,
    schedule,
    periodFee: money(draft.periodFee),
  };
}

interface Problem {
  path: string;
  code: string;
}

export function CostPage() {
  const planner = usePlanner();
  const services = useServices();
  const locale = (): Locale => planner.state.locale;
  const t = (key: CostKey, params?: Record<string, string | number>): string => costT(locale(), key, params);
  const today = localIsoDate(services.now());

  const debts = createMemo(() => sortDebts(planner.state.debts));
  const debt = createMemo(() => debts().find((d) => d.id === costDebtId()) ?? debts()[0]);
  const nameOf = (d: DebtRecord): string => [d.platform || d.id, d.contractNumber].filter(Boolean).join(' · ');

  // The form holds its own draft from the debt it opened on (never re-read from the store while open).
  const [draft, setDraft] = createSignal<Draft | undefined>(undefined);
  const [savedNote, setSavedNote] = createSignal(false);
  const current = (): Draft => {
    const own = draft();
    if (own) return own;
    return untrack(() => draftOf(debt()!, today)); // only called inside <Show when={debt()}>
  };
  const set = (patch: Partial<Draft>): void => {
    setDraft({ ...current(), ...patch });
    setSavedNote(false);
  };
  const choose = (id: string): void => {
    setCostDebtId(id);
    setDraft(undefined);
    setSavedNote(false);
  };

  const outcome = createMemo(() => {
    const built = costInputOf(termsOf(current()));
    if (!built.ok) return { ok: false as const, problems: built.issues };
    try {
      const result = annualCost(built.input);
      return { ok: true as const, input: built.input, result, table: costTable(built.input, result) };
    } catch (error) {
      if (!(error instanceof PlanInputError)) throw error;
      return {
        ok: false as const,
        problems: error.issues.map((issue) => ({
          path: issue.path.replace(/^payments\[/, 'schedule.payments[').replace(/^received$/, 'borrowed'),
          code: issue.code,
        })),
      };
    }
  });

  const fieldLabel = (path: string): string => {
    const row = /^schedule\.payments\[(\d+)\]\.(date|amount)$/.exec(path);
    if (row) {
      const n = Number(row[1]) + 1;
      if (current().mode === 'equal') return t('cost.count');
      return t(row[2] === 'date' ? 'cost.payment.date' : 'cost.payment.amount', { n });
    }
    switch (path) {
      case 'borrowed':
        return t('cost.borrowed');
      case 'upfrontFee':
        return t('cost.upfrontFee');
      case 'startDate':
        return t('cost.startDate');
      case 'periodFee':
        return t('cost.periodFee');
      case 'schedule.count':
        return t('cost.count');
      case 'schedule.amount':
        return t('cost.amount');
      default:
        return t('cost.field.schedule');
    }
  };
  const problemText = (problem: Problem): string => {
    const known: readonly string[] = [
      'money-format',
      'not-positive',
      'fee-not-below-borrowed',
      'count',
      'date',
      'empty',
      'not-after-start',
      'out-of-order',
      'too-far',
      'too-many',
    ];
    const key = (known.includes(problem.code) ? `cost.error.${problem.code}` : 'cost.error.other') as CostKey;
    return t(key, { field: fieldLabel(problem.path) });
  };

  const lprHistory = (): readonly LprRow[] => planner.state.settings.lprHistory ?? DEFAULT_LPR_HISTORY;
  const lender = createMemo(() => {
    const d = debt();
    return d ? lenderOfDebts(planner.state.debts, d.platform || d.id).type : 'unknown';
  });
  const references = createMemo(() =>
    isIsoDate(current().startDate) ? costReferenceLines(lender(), current().startDate, lprHistory()) : [],
  );

  const save = (): void => {
    const d = debt();
    const result = outcome();
    if (!d || !result.ok) return;
    const terms = termsOf(current());
    const cost: LoanCost = {
      borrowed: terms.borrowed,
      upfrontFee: terms.upfrontFee.trim() === '' ? '0.00' : terms.upfrontFee,
      startDate: terms.startDate,
      schedule: terms.schedule,
      periodFee: terms.periodFee.trim() === '' ? '0.00' : terms.periodFee,
      annualRate: result.result.annualRate,
      method: result.result.method,
      citeInLetters: current().cite,
      computedOn: today,
    };
    planner.actions.saveDebt({ ...d, cost });
    setSavedNote(true);
  };

  return (
    <section aria-labelledby="cost-title" class="screen cost-screen">
      <h2 id="cost-title">{t('cost.title')}</h2>
      <Show when={debt()} fallback={<p class="empty">{t('cost.noDebts')}</p>}>
        {(shown) => (
          <>
            <p class="hint">{t('cost.intro')}</p>
            <div class="field">
              <label for="cost-debt">{t('cost.which')}</label>
              <select id="cost-debt" value={shown().id} onChange={(event) => choose(event.currentTarget.value)}>
                <For each={debts()}>{(d) => <option value={d.id}>{nameOf(d)}</option>}</For>
              </select>
            </div>
            <p>{t('cost.lender', { type: rightsT(locale(), `lender.type.${lender()}`) })}</p>

            <div class="field">
              <label for="cost-borrowed">{t('cost.borrowed')}</label>
              <input
                id="cost-borrowed"
                inputmode="decimal"
                value={current().borrowed}
                onInput={(event) => set({ borrowed: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="cost-upfront">{t('cost.upfrontFee')}</label>
              <input
                id="cost-upfront"
                inputmode="decimal"
                value={current().upfrontFee}
                onInput={(event) => set({ upfrontFee: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="cost-start">{t('cost.startDate')}</label>
              <input
                id="cost-start"
                type="date"
                value={current().startDate}
                onInput={(event) => set({ startDate: event.currentTarget.value })}
              />
            </div>
            <fieldset>
              <legend>{t('cost.scheduleLegend')}</legend>
              <label>
                <input
                  type="radio"
                  name="cost-mode"
                  checked={current().mode === 'equal'}
                  onChange={() => set({ mode: 'equal' })}
                />{' '}
                {t('cost.mode.equal')}
              </label>
              <label>
                <input
                  type="radio"
                  name="cost-mode"
                  checked={current().mode === 'list'}
                  onChange={() =>
                    set({
                      mode: 'list',
                      payments: current().payments.length > 0 ? current().payments : [{ date: '', amount: '' }],
                    })
                  }
                />{' '}
                {t('cost.mode.list')}
              </label>
              <Show
                when={current().mode === 'list'}
                fallback={
                  <>
                    <div class="field">
                      <label for="cost-count">{t('cost.count')}</label>
                      <input
                        id="cost-count"
                        inputmode="numeric"
                        value={current().count}
                        onInput={(event) => set({ count: event.currentTarget.value })}
                      />
                    </div>
                    <div class="field">
                      <label for="cost-amount">{t('cost.amount')}</label>
                      <input
                        id="cost-amount"
                        inputmode="decimal"
                        value={current().amount}
                        onInput={(event) => set({ amount: event.currentTarget.value })}
                      />
                    </div>
                  </>
                }
              >
                <Index each={current().payments}>
                  {(payment, i) => (
                    <div class="cost-payment">
                      <label>
                        {t('cost.payment.date', { n: i + 1 })}
                        <input
                          type="date"
                          value={payment().date}
                          onInput={(event) => {
                            const value = event.currentTarget.value;
                            set({ payments: current().payments.map((p, j) => (j === i ? { ...p, date: value } : p)) });
                          }}
                        />
                      </label>
                      <label>
                        {t('cost.payment.amount', { n: i + 1 })}
                        <input
                          inputmode="decimal"
                          value={payment().amount}
                          onInput={(event) => {
                            const value = event.currentTarget.value;
                            set({
                              payments: current().payments.map((p, j) => (j === i ? { ...p, amount: value } : p)),
                            });
                          }}
                        />
                      </label>
                      <button
                        type="button"
                        onClick={() => set({ payments: current().payments.filter((_, j) => j !== i) })}
                      >
                        {t('cost.removePayment', { n: i + 1 })}
                      </button>
                    </div>
                  )}
                </Index>
                <button
                  type="button"
                  onClick={() => set({ payments: [...current().payments, { date: '', amount: '' }] })}
                >
                  {t('cost.addPayment')}
                </button>
              </Show>
            </fieldset>
            <div class="field">
              <label for="cost-period-fee">{t('cost.periodFee')}</label>
              <input
                id="cost-period-fee"
                inputmode="decimal"
                value={current().periodFee}
                onInput={(event) => set({ periodFee: event.currentTarget.value })}
              />
            </div>

            <Show
              when={(() => {
                const o = outcome();
                return o.ok ? o : undefined;
              })()}
              fallback={
                <div role="alert" class="form-errors" data-testid="cost-errors">
                  <p>{t('cost.error.title')}</p>
                  <ul>
                    <For
                      each={(() => {
                        const o = outcome();
                        return o.ok ? [] : o.problems;
                      })()}
                    >
                      {(problem) => <li>{problemText(problem)}</li>}
                    </For>
                  </ul>
                </div>
              }
            >
              {(ok) => (
                <div data-testid="cost-result">
                  <h3>{t('cost.resultTitle')}</h3>
                  <p class="cost-rate" role="status">
                    <strong>{t('cost.result', { rate: ok().result.annualRate })}</strong>
                  </p>
                  <p>{t(`cost.method.${ok().result.method}`)}</p>
                  <p>
                    {t('cost.totals', {
                      received: planner.money(ok().input.received),
                      paid: planner.money(ok().result.totalPaid),
                      cost: planner.money(ok().result.totalCost),
                    })}
                  </p>
                  <div
                    class="table-scroll"
                    tabindex="0"
                    role="region"
                    aria-label={t('cost.table.caption', { rate: ok().result.annualRate })}
                  >
                    <table data-testid="cost-table">
                      <caption>{t('cost.table.caption', { rate: ok().result.annualRate })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('cost.table.date')}</th>
                          <th scope="col">{t(`cost.table.periods.${ok().table.unit}`)}</th>
                          <th scope="col">{t('cost.table.payment')}</th>
                          <th scope="col">{t('cost.table.interest')}</th>
                          <th scope="col">{t('cost.table.principal')}</th>
                          <th scope="col">{t('cost.table.balance')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        <tr>
                          <td>{ok().input.startDate}</td>
                          <td>{t('cost.table.start')}</td>
                          <td />
                          <td />
                          <td />
                          <td>{planner.money(ok().table.received)}</td>
                        </tr>
                        <For each={ok().table.rows}>
                          {(row) => (
                            <tr>
                              <td>{row.date}</td>
                              <td>{row.periods}</td>
                              <td>{planner.money(row.payment)}</td>
                              <td>{planner.money(row.interest)}</td>
                              <td>{planner.money(row.principal)}</td>
                              <td>{planner.money(row.balance)}</td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </div>
                  <p class="hint" data-testid="cost-rounding">
                    {t('cost.rounding', { amount: planner.money(ok().table.roundingDifference) })}
                  </p>
                  <p class="hint">{t('cost.footnote')}</p>

                  <h3>{t('cost.referenceTitle')}</h3>
                  <ul data-testid="cost-references">
                    <For each={references()}>
                      {(line) => <li>{locale() === 'zh-CN' ? line.text.zh : line.text.en}</li>}
                    </For>
                  </ul>

                  <div class="field">
                    <label>
                      <input
                        type="checkbox"
                        checked={current().cite}
                        onChange={(event) => set({ cite: event.currentTarget.checked })}
                      />{' '}
                      {t('cost.cite')}
                    </label>
                    <p class="hint">{t('cost.citeHint', { rate: ok().result.annualRate })}</p>
                  </div>
                  <button type="button" class="primary" onClick={save}>
                    {t('cost.save')}
                  </button>
                  <Show when={savedNote()}>
                    <p role="status">{t('cost.saved')}</p>
                  </Show>
                </div>
              )}
            </Show>
            <LprTable t={t} />
            <p>
              <button type="button" onClick={() => planner.actions.setScreen('debts')}>
                {t('cost.back')}
              </button>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}

/** The person's one-year LPR table: view, change, add, remove rows; saved in settings. */
function LprTable(props: { t: (key: CostKey, params?: Record<string, string | number>) => string }) {
  const planner = usePlanner();
  const stored = (): LprRow[] => (planner.state.settings.lprHistory ?? DEFAULT_LPR_HISTORY).map((row) => ({ ...row }));
  const [rows, setRows] = createSignal<LprRow[]>(untrack(stored));
  const [message, setMessage] = createSignal<string | null>(null);
  const update = (i: number, patch: Partial<LprRow>): void => {
    setRows(rows().map((row, j) => (j === i ? { ...row, ...patch } : row)));
    setMessage(null);
  };
  const save = (): void => {
    const cleaned = rows().map((row) => ({ from: row.from.trim(), percent: row.percent.trim() }));
    const bad = cleaned.findIndex(
      (row) => !isIsoDate(row.from) || !/^[0-9]{1,2}(\.[0-9]{1,4})?$/.test(row.percent) || Number(row.percent) <= 0,
    );
    if (bad >= 0) {
      setMessage(props.t('cost.lpr.invalid', { n: bad + 1 }));
      return;
    }
    cleaned.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    planner.actions.setLprHistory(cleaned);
    setRows(cleaned);
    setMessage(props.t('cost.lpr.saved'));
  };
  return (
    <details class="cost-lpr">
      <summary>{props.t('cost.lpr.title')}</summary>
      <p class="hint">{props.t('cost.lpr.hint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.t('cost.lpr.from')}</th>
            <th scope="col">{props.t('cost.lpr.percent')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          <Index each={rows()}>
            {(row, i) => (
              <tr>
                <td>
                  <input
                    aria-label={`${props.t('cost.lpr.rowLabel', { n: i + 1 })} ${props.t('cost.lpr.from')}`}
                    value={row().from}
                    onInput={(event) => update(i, { from: event.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${props.t('cost.lpr.rowLabel', { n: i + 1 })} ${props.t('cost.lpr.percent')}`}
                    inputmode="decimal"
                    value={row().percent}
                    onInput={(event) => update(i, { percent: event.currentTarget.value })}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => setRows(rows().filter((_, j) => j !== i))}>
                    {props.t('cost.lpr.remove', { n: i + 1 })}
                  </button>
                </td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <button type="button" onClick={() => setRows([...rows(), { from: '', percent: '' }])}>
        {props.t('cost.lpr.add')}
      </button>{' '}
      <button type="button" class="primary" onClick={save}>
        {props.t('cost.lpr.save')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          planner.actions.setLprHistory(undefined);
          setRows(DEFAULT_LPR_HISTORY.map((row) => ({ ...row })));
          setMessage(null);
        }}
      >
        {props.t('cost.lpr.reset')}
      </button>
      <Show when={message()}>{(text) => <p role="status">{text()}</p>}</Show>
    </details>
  );
}
