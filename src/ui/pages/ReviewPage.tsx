/**
 * A follow-up review (issue 8): record what was paid to each platform and what each debt owes
 * now, see progress against the plan kept at handover, and replan from the review day.
 *
 * History is kept: the review (with the balances before and after, and the debt-free date
 * before and after replanning) is appended to the session; the baseline is never rewritten.
 * The arithmetic lives in model/progress.ts (pure, unit-tested).
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { CounsellorSession, ReviewRecord } from '../../domain/records';
import { useCounsellorText } from '../components/counsellorUi';
import { TextField } from '../components/Field';
import { isIsoDate } from '../model/dates';
import { makeLoanLabels } from '../model/labels';
import { parseMoneyInput } from '../model/money';
import { owedNow, sortDebts } from '../model/planInput';
import { progressAgainstPlan, replanFromReview, reviewOwed, reviewPaid } from '../model/progress';
import { PracticeRecords } from '../components/PracticeRecords';
import { usePlanner } from '../state/PlannerProvider';
import { newSession } from './SessionPage';
import './counsellor.css';
import { userLabel } from '../components/UserText';

export function ReviewPage() {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const [on, setOn] = createSignal(planner.clock.today());
  const [payments, setPayments] = createSignal<Record<string, string>>({});
  const [balances, setBalances] = createSignal<Record<string, string>>({});
  const [note, setNote] = createSignal('');
  const [message, setMessage] = createSignal<string>();
  const labels = createMemo(() => makeLoanLabels(planner.state.debts));
  const debts = createMemo(() => sortDebts(planner.state.debts));
  const debtIds = createMemo(() => debts().map((debt) => debt.id));
  const owedText = (amount: string | null): string =>
    amount === null ? ct('review.owedUnknown') : planner.money(amount);
  const platformNames = createMemo(() => planner.platforms().platforms.map((platform) => platform.name));
  const session = () => planner.state.counsellorSession;
  const progress = createMemo(() => {
    const current = session();
    return current?.baseline ? progressAgainstPlan(current.baseline, current.reviews, debtIds()) : null;
  });
  const debtFreeText = (date: string | null): string => (date ? planner.date(date) : ct('review.noDate'));

  const save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const profile = planner.state.profile;
    if (!profile) return;
    const day = on().trim();
    const paid: ReviewRecord['payments'] = [];
    let valid = isIsoDate(day);
    for (const name of platformNames()) {
      const typed = (payments()[name] ?? '').trim();
      if (typed === '') continue;
      const amount = parseMoneyInput(typed);
      if (amount === undefined) valid = false;
      else if (amount !== '0.00') paid.push({ platform: name, amount });
    }
    // A blank balance is not known (issue 13): it is left out of the review, so the debt is not
    // rebased and progress says it cannot compare, never that nothing was cleared.
    const owed: ReviewRecord['balances'] = [];
    for (const debt of debts()) {
      const typed = (balances()[debt.id] ?? '').trim();
      if (typed === '') continue;
      const before = owedNow(debt);
      const after = parseMoneyInput(typed);
      if (after === undefined) valid = false;
      else owed.push({ debtId: debt.id, before, after });
    }
    if (!valid) {
      setMessage(ct('review.invalid'));
      return;
    }
    const debtFreeBefore = planner.chosen().debtFreeDate;
    const current = structuredClone(unwrap(planner.state.debts));
    const replan = replanFromReview(
      current,
      planner.state.planSettings,
      { on: day, balances: owed },
      planner.clock.now(),
    );
    for (const [index, debt] of replan.debts.entries()) {
      if (debt !== current[index]) planner.actions.saveDebt(debt);
    }
    planner.actions.updatePlanSettings(replan.planSettings);
    const review: ReviewRecord = {
      id: planner.actions.newDebtId(),
      on: day,
      payments: paid,
      balances: owed,
      note: note().trim(),
      debtFreeBefore,
      debtFreeAfter: planner.chosen().debtFreeDate,
    };
    const stored: CounsellorSession = structuredClone(unwrap(session()) ?? newSession(profile.id, planner.clock.now()));
    planner.actions.saveCounsellorSession({ ...stored, reviews: [...stored.reviews, review] });
    await planner.actions.flush();
    setPayments({});
    setBalances({});
    setNote('');
    setMessage(ct('review.saved', { date: planner.date(replan.planSettings.asOf) }));
  };

  return (
    <section class="screen stack review" aria-labelledby="review-title" data-testid="review-page">
      <h2 id="review-title">{ct('review.title')}</h2>
      <p>{ct('review.intro')}</p>
      <Show when={message()}>
        {(text) => (
          <p role="status" class="notice-inline">
            {text()}
          </p>
        )}
      </Show>

      <section class="card stack" aria-labelledby="review-progress" data-testid="review-progress">
        <h3 id="review-progress">{ct('review.progress')}</h3>
        <Show when={session()?.baseline} fallback={<p>{ct('review.noBaseline')}</p>}>
          <Show when={progress()} fallback={<p>{ct('review.noReviews')}</p>}>
            {(current) => (
              <>
                <p data-testid="review-status">
                  <strong>
                    {ct(`review.status.${current().status}`, {
                      amount: planner.money((current().aheadBy ?? '0').replace('-', '')),
                    })}
                  </strong>
                </p>
                <dl class="metrics">
                  <dt>{ct('review.plannedOwed', { date: planner.date(current().on) })}</dt>
                  <dd data-field="plannedOwed">{planner.money(current().plannedOwed)}</dd>
                  <dt>{ct('review.actualOwed')}</dt>
                  <dd data-field="actualOwed">{owedText(current().actualOwed)}</dd>
                  <dt>{ct('review.plannedPaid')}</dt>
                  <dd data-field="plannedPaid">{planner.money(current().plannedPaid)}</dd>
                  <dt>{ct('review.actualPaid')}</dt>
                  <dd data-field="actualPaid">{planner.money(current().actualPaid)}</dd>
                </dl>
                <p data-testid="review-cleared">
                  <Show when={current().clearedPercent !== null} fallback={ct('review.clearedUnknown')}>
                    {ct('review.cleared', { percent: current().clearedPercent ?? 0 })}
                  </Show>
                </p>
              </>
            )}
          </Show>
        </Show>
      </section>

      <form class="card stack" onSubmit={(event) => void save(event)} aria-labelledby="review-form">
        <h3 id="review-form">{ct('review.title')}</h3>
        <TextField label={ct('review.date')} type="date" value={on()} onInput={setOn} name="reviewDate" />
        <fieldset class="stack">
          <legend>{ct('review.payments')}</legend>
          <For each={platformNames()}>
            {(name) => (
              <TextField
                label={ct('review.paidTo', { platform: userLabel(name) })}
                value={payments()[name] ?? ''}
                onInput={(value) => setPayments({ ...payments(), [name]: value })}
                inputMode="decimal"
              />
            )}
          </For>
        </fieldset>
        <fieldset class="stack">
          <legend>{ct('review.balances')}</legend>
          <For each={debts()}>
            {(debt) => (
              <TextField
                label={ct('review.owedOn', { label: userLabel(labels().get(debt.id) ?? debt.platform) })}
                hint={planner.money(owedNow(debt))}
                value={balances()[debt.id] ?? ''}
                onInput={(value) => setBalances({ ...balances(), [debt.id]: value })}
                inputMode="decimal"
              />
            )}
          </For>
        </fieldset>
        <label class="field">
          <span>{ct('review.note')}</span>
          <textarea rows="2" value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
        </label>
        <div class="button-row">
          <button type="submit" class="primary">
            {ct('review.save')}
          </button>
        </div>
      </form>

      <Show when={(session()?.reviews.length ?? 0) > 0}>
        <section class="card stack" aria-labelledby="review-history">
          <h3 id="review-history">{ct('review.history')}</h3>
          <ol data-testid="review-history">
            <For each={session()?.reviews ?? []}>
              {(review) => (
                <li>
                  {ct('review.historyItem', {
                    date: planner.date(review.on),
                    paid: planner.money(reviewPaid(review)),
                    owed: owedText(reviewOwed(review, debtIds())),
                    before: debtFreeText(review.debtFreeBefore),
                    after: debtFreeText(review.debtFreeAfter),
                  })}
                  <Show when={review.note}>{(text) => <p class="muted pre-wrap">{text()}</p>}</Show>
                </li>
              )}
            </For>
          </ol>
        </section>
      </Show>
      <Show when={session()}>{(current) => <PracticeRecords session={current()} />}</Show>
    </section>
  );
}
