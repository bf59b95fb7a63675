/**
 * Counsellor mode's guided session (issue 8): situation and worries → debts (quick entry, one
 * platform after another) → income and essential costs → the plan in plain words → a script for
 * each creditor → this week → the handover (printable pack, the client's backup file, finish).
 *
 * Progress is saved at every step in the profile's counsellor session record (schema 5), so a
 * session can be left and resumed at the step it was on. All user text is rendered as text.
 * The case record (consent, next appointment, contact details, case status; issue 18) is on the
 * first step and the handover (components/PracticeRecords.tsx).
 */
import { For, Match, Show, Suspense, Switch, createMemo, createSignal, lazy, onMount } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Plan } from '../../domain';
import type { CounsellorSession, DebtRecord, SessionStep } from '../../domain/records';
import { SCRIPT_KINDS, composeScript, type ScriptKind } from '../../scripts';
import { scriptsText } from '../../i18n/scripts';
import { BudgetScreen } from '../components/BudgetScreen';
import { SESSION_STEPS, sessionStepName, useCounsellorText } from '../components/counsellorUi';
import './counsellor.css';
import { ClientLanguageField } from '../components/ClientLanguageField';
import { CounsellorNotesPanel } from '../components/CounsellorNotesPanel';
import { DebtForm } from '../components/DebtForm';
import { DraftNotice } from '../components/DraftNotice';
import { useNotesText } from '../components/notesText';
import { ExportContents, createClientFile } from '../components/ExportContents';
import { PracticeRecords } from '../components/PracticeRecords';
import { eraseT } from '../components/eraseText';
import { CheckboxField, SelectField, TextField } from '../components/Field';
import { QueueTimeline } from '../components/QueueTimeline';
import { ScreenshotPanel } from '../components/ScreenshotPanel';
import { StrategyCards } from '../components/StrategyCards';
import { download } from '../download';
import { exportFileName } from '../model/exports';
import {
  emptyDebtDraft,
  fromDebtDraft,
  nameLength,
  PLATFORM_MAX_LENGTH,
  type DebtDraft,
  type RateUnit,
} from '../model/debtForm';
import { platformsInPlanOrder, thisMonth, type PlatformInfo } from '../model/analysis';
import { sumMoney } from '../../domain/money';
import { platformValueOf } from '../../domain/platform';
import { owedNow } from '../model/planInput';
import { makeBaseline } from '../model/progress';
import { clientLocale } from '../state/clientLanguage';
import { usePlanner } from '../state/PlannerProvider';
import { createDraft } from '../state/drafts';
import { HandoverPack } from './HandoverPack';
import { weekItems } from '../model/sessionWeek';
import { Isolated, user, userLabel } from '../components/UserText';

// The QR handover (its QR encoder) loads with the handover step only; precached for offline use.
const QrShow = lazy(() => import('../handover/QrShow').then((m) => ({ default: m.QrShow })));

export { WORRIES } from '../components/CounsellorNotesPanel';

/** A new session, starting at the first step. */
export function newSession(profileId: CounsellorSession['profileId'], now: string): CounsellorSession {
  return {
    profileId,
    step: 'situation',
    completed: [],
    scripts: [],
    weekDone: [],
    reviews: [],
    updatedAt: now,
  };
}

export function SessionPage() {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const [status, setStatus] = createSignal<string>();

  const session = (): CounsellorSession =>
    planner.state.counsellorSession ??
    newSession(planner.state.profile?.id ?? ('' as CounsellorSession['profileId']), planner.clock.now());
  onMount(() => {
    if (!planner.state.counsellorSession && planner.state.profile) planner.actions.saveCounsellorSession(session());
  });
  const save = (patch: Partial<CounsellorSession>): void =>
    planner.actions.saveCounsellorSession({ ...structuredClone(unwrap(session())), ...patch });
  const stepIndex = () => SESSION_STEPS.indexOf(session().step);

  const goTo = async (step: SessionStep, markDone: boolean): Promise<void> => {
    const current = session().step;
    const completed =
      markDone && !session().completed.includes(current) ? [...session().completed, current] : session().completed;
    save({ step, completed });
    await planner.actions.flush();
    setStatus(ct('session.saved'));
    document.getElementById('session-step-title')?.focus();
  };

  const plan = createMemo(() => {
    const run = planner.chosen().run;
    return run.ok ? run.plan : null;
  });
  const orderedPlatforms = createMemo(() => {
    const current = plan();
    return current ? platformsInPlanOrder(current, planner.platforms()) : planner.platforms().platforms;
  });

  return (
    <section class="screen stack session" aria-labelledby="session-title" data-testid="session-page">
      <div class="no-print stack">
        <h2 id="session-title">{ct('session.title')}</h2>
        <Show when={planner.state.profile?.displayName}>
          {(name) => (
            <p>
              <Isolated text={ct('session.with', { name: user(name()) })} />
            </p>
          )}
        </Show>
        <nav aria-label={ct('session.steps')}>
          <ol class="session-steps">
            <For each={SESSION_STEPS}>
              {(step, index) => (
                <li>
                  <button
                    type="button"
                    class="link"
                    aria-current={session().step === step ? 'step' : undefined}
                    onClick={() => void goTo(step, false)}
                  >
                    {index() + 1}. {sessionStepName(ct, step)}
                    <Show when={session().completed.includes(step)}>
                      {' '}
                      ✓<span class="visually-hidden">{ct('session.done')}</span>
                    </Show>
                  </button>
                </li>
              )}
            </For>
          </ol>
        </nav>
        <Show when={status()}>
          {(text) => (
            <p role="status" class="notice-inline">
              {text()}
            </p>
          )}
        </Show>
        <p class="muted">{ct('session.stepOf', { n: stepIndex() + 1, total: SESSION_STEPS.length })}</p>
        <h3 id="session-step-title" tabindex="-1" data-testid="session-step">
          {sessionStepName(ct, session().step)}
        </h3>
      </div>

      <Switch>
        <Match when={session().step === 'situation'}>
          <div class="card stack">
            <TextField
              label={ct('session.name')}
              value={planner.state.profile?.displayName ?? ''}
              onInput={(name) => planner.actions.renameProfile(name)}
              name="sessionName"
            />
            <ClientLanguageField />
          </div>
          <CounsellorNotesPanel />
          <PracticeRecords session={session()} />
        </Match>
        <Match when={session().step === 'debts'}>
          <DebtsStep />
        </Match>
        <Match when={session().step === 'budget'}>
          <div class="stack">
            <p>{ct('session.budgetIntro')}</p>
            <BudgetScreen />
            <p class="total" data-testid="session-budget">
              {ct('session.budgetResult', { amount: planner.money(planner.budgetAmount().amount) })}
            </p>
          </div>
        </Match>
        <Match when={session().step === 'plan'}>
          <PlanStep plan={plan()} />
        </Match>
        <Match when={session().step === 'scripts'}>
          <ScriptsStep
            plan={plan()}
            platforms={orderedPlatforms()}
            session={session()}
            onChoose={(scripts) => save({ scripts })}
          />
        </Match>
        <Match when={session().step === 'week'}>
          <div class="card stack">
            <p>{ct('session.weekIntro')}</p>
            <Show when={!plan() || !thisMonth(plan()!, planner.platforms())}>
              <p>{ct('week.nothingToPay')}</p>
            </Show>
            <For each={weekItems(plan(), orderedPlatforms(), session().scripts, planner.platforms())}>
              {(item) => (
                <CheckboxField
                  label={weekLabel(item)}
                  checked={session().weekDone.includes(item.id)}
                  onChange={(on) =>
                    save({
                      weekDone: on
                        ? [...new Set([...session().weekDone, item.id])]
                        : session().weekDone.filter((id) => id !== item.id),
                    })
                  }
                />
              )}
            </For>
          </div>
        </Match>
        <Match when={session().step === 'handover'}>
          <HandoverStep plan={plan()} session={session()} save={save} />
        </Match>
      </Switch>

      <div class="button-row no-print">
        <Show when={stepIndex() > 0}>
          <button type="button" onClick={() => void goTo(SESSION_STEPS[stepIndex() - 1]!, false)}>
            {ct('session.back')}
          </button>
        </Show>
        <Show when={stepIndex() < SESSION_STEPS.length - 1}>
          <button type="button" class="primary" onClick={() => void goTo(SESSION_STEPS[stepIndex() + 1]!, true)}>
            {ct('session.next')}
          </button>
        </Show>
      </div>
    </section>
  );

  function weekLabel(item: ReturnType<typeof weekItems>[number]): string {
    switch (item.kind) {
      case 'pay':
        return ct('week.pay', {
          amount: planner.money(item.amount ?? '0'),
          platform: item.platform ?? '',
          date: planner.date(item.date ?? ''),
        });
      case 'contact':
        return ct('week.contact', { platform: item.platform ?? '' });
      case 'log':
        return ct('week.log');
      case 'keep':
        return ct('week.keep');
    }
  }
}

/**
 * Quick entry: one platform after another (name, principal, interest, rate), the rest later, with
 * an optional statement or app screenshot shown beside the form (ScreenshotPanel; memory only).
 */
function DebtsStep() {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const nt = useNotesText();
  // A debt whose agreed terms and overdue date are being edited in place (issue 18), and what was saved.
  const [editing, setEditing] = createSignal<string | null>(null);
  const [savedTerms, setSavedTerms] = createSignal<string>();
  /** The agreed terms and overdue date stored for a debt, as short phrases. */
  const termsOf = (debt: DebtRecord): string[] => [
    ...(debt.fixedPayment === undefined ? [] : [nt('terms.instalment', { amount: planner.money(debt.fixedPayment) })]),
    ...(debt.frozen ? [nt('terms.frozen')] : []),
    ...(debt.overdueSince === undefined ? [] : [nt('terms.overdue', { date: planner.date(debt.overdueSince) })]),
  ];
  const [draft, setDraft] = createSignal<DebtDraft>(emptyDebtDraft());
  // What is typed and not yet added is kept as a draft (issue 13): it survives switching steps, a reload and the lock.
  const kept = createDraft('quick-debt', { read: draft, apply: setDraft });
  const [problem, setProblem] = createSignal<string>();
  const [added, setAdded] = createSignal<string>();
  const set = (patch: Partial<DebtDraft>): void => {
    setDraft({ ...draft(), ...patch });
  };
  let platformInput: HTMLDivElement | undefined;
  const fieldName: Partial<Record<keyof DebtDraft, () => string>> = {
    platform: () => ct('quick.platform'),
    principal: () => ct('quick.principal'),
    interest: () => ct('quick.interest'),
    ratePercent: () => ct('quick.rate'),
  };
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const profile = planner.state.profile;
    if (!profile) return;
    const result = fromDebtDraft(draft(), {
      id: planner.actions.newDebtId(),
      profileId: profile.id,
      position: planner.actions.nextDebtPosition(),
      updatedAt: planner.clock.now(),
    });
    if (!result.ok) {
      const check = ct('quick.check', {
        fields: Object.keys(result.errors)
          .map((key) => fieldName[key as keyof DebtDraft]?.() ?? key)
          .join('、'),
      });
      // A name too long says the limit and its length (issue 13), not only "please check".
      const tooLong =
        result.errors.platform === 'too-long'
          ? eraseT(planner.state.locale, 'tooLong.platform', {
              max: PLATFORM_MAX_LENGTH,
              actual: nameLength(draft().platform),
            })
          : undefined;
      // Chinese sentences follow each other without a space.
      const gap = planner.state.locale === 'zh-CN' ? '' : ' ';
      setProblem(tooLong === undefined ? check : `${check}${gap}${tooLong}`);
      return;
    }
    planner.actions.saveDebt(result.record);
    setProblem(undefined);
    setAdded(ct('quick.added', { platform: result.record.platform }));
    setDraft({ ...emptyDebtDraft(), rateUnit: draft().rateUnit });
    kept.clear();
    platformInput?.querySelector('input')?.focus();
  };
  const units: readonly RateUnit[] = ['daily-percent', 'monthly-percent', 'annual-percent'];
  return (
    <div class="stack">
      <p>{ct('session.debtsIntro')}</p>
      <div class="quick-entry">
        <ScreenshotPanel />
        <form
          class="card stack quick-entry__form"
          onSubmit={submit}
          aria-labelledby="quick-title"
          data-testid="quick-debt"
        >
          <h4 id="quick-title">{ct('quick.title')}</h4>
          <DraftNotice draft={kept} />
          <div ref={platformInput}>
            <TextField
              label={ct('quick.platform')}
              value={draft().platform}
              onInput={(platform) => set({ platform })}
              name="quickPlatform"
            />
          </div>
          <TextField
            label={ct('quick.principal')}
            value={draft().principal}
            onInput={(principal) => set({ principal })}
            inputMode="decimal"
            name="quickPrincipal"
          />
          <TextField
            label={ct('quick.interest')}
            value={draft().interest}
            onInput={(interest) => set({ interest })}
            inputMode="decimal"
            name="quickInterest"
          />
          <div class="field-grid">
            <SelectField
              label={ct('quick.rateUnit')}
              value={draft().rateUnit}
              options={units.map((unit) => ({ value: unit, label: ct(`quick.unit.${unit}`) }))}
              onChange={(rateUnit) => set({ rateUnit })}
              name="quickUnit"
            />
            <TextField
              label={ct('quick.rate')}
              value={draft().ratePercent}
              onInput={(ratePercent) => set({ ratePercent })}
              inputMode="decimal"
              name="quickRate"
            />
          </div>
          <Show when={problem()}>
            {(text) => (
              <p class="error" role="alert">
                {text()}
              </p>
            )}
          </Show>
          <Show when={added()}>{(text) => <p role="status">{text()}</p>}</Show>
          <div class="button-row">
            <button type="submit" class="primary">
              {ct('quick.add')}
            </button>
          </div>
        </form>
      </div>
      <Show when={planner.state.debts.length > 0} fallback={<p>{ct('session.debtsNone')}</p>}>
        <p data-testid="session-debts-total">
          {ct('session.debtsSoFar', {
            count: planner.platforms().platforms.length,
            total: planner.money(sumMoney(planner.state.debts.map(owedNow))),
          })}
        </p>
        <ul class="stack" data-testid="session-debts">
          <For each={planner.state.debts}>
            {(debt) => (
              <li class="stack" data-testid="session-debt">
                <p>
                  <Isolated
                    text={[`${user(debt.platform)} — ${planner.money(owedNow(debt))}`, ...termsOf(debt)].join(
                      planner.state.locale === 'zh-CN' ? '；' : '; ',
                    )}
                  />
                </p>
                <Show
                  when={editing() === debt.id}
                  fallback={
                    <div class="button-row">
                      <button
                        type="button"
                        aria-label={nt('terms.editOf', { platform: userLabel(debt.platform) })}
                        onClick={() => {
                          setSavedTerms(undefined);
                          setEditing(debt.id);
                        }}
                      >
                        {nt('terms.edit')}
                      </button>
                    </div>
                  }
                >
                  <DebtForm
                    debt={debt}
                    termsOnly
                    platformNames={[]}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) setSavedTerms(nt('terms.saved', { platform: debt.platform }));
                    }}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={savedTerms()}>
          {(text) => (
            <p role="status" data-testid="session-terms-saved">
              {text()}
            </p>
          )}
        </Show>
      </Show>
    </div>
  );
}

/** The plan, explained in plain words, with the approach to choose and the queue. */
function PlanStep(props: { plan: Plan | null }) {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const summary = () => planner.chosen();
  const order = () =>
    props.plan
      ? platformsInPlanOrder(props.plan, planner.platforms())
          .map((platform) => platform.name)
          .join(' → ')
      : '';
  return (
    <div class="stack">
      <p>{ct('session.planIntro')}</p>
      <Show when={planner.state.debts.length > 0} fallback={<p>{ct('explain.noDebts')}</p>}>
        <div class="card stack" data-testid="plan-explained">
          <p>{ct('explain.budget', { amount: planner.money(planner.budgetAmount().amount) })}</p>
          <p>{ct(`explain.strategy.${planner.state.planSettings.strategy}`)}</p>
          <Show when={props.plan?.feasible} fallback={<p>{ct('explain.infeasible')}</p>}>
            <p>{ct('explain.order', { order: order() })}</p>
            <p>{ct('explain.others')}</p>
            <Show when={summary().firstCleared}>
              {(first) => <p>{ct('explain.first', { date: planner.date(first().date), name: first().name })}</p>}
            </Show>
            <Show when={summary().debtFreeDate}>
              {(date) => <p>{ct('explain.debtFree', { date: planner.date(date()), months: summary().months })}</p>}
            </Show>
            <p>{ct('explain.cost', { amount: planner.money(summary().interestAndFees) })}</p>
          </Show>
        </div>
        <StrategyCards />
        <Show when={props.plan}>{(current) => <QueueTimeline plan={current()} />}</Show>
      </Show>
    </div>
  );
}

/** One script per creditor: choose what is needed, read the text written from the plan. */
function ScriptsStep(props: {
  plan: Plan | null;
  platforms: readonly PlatformInfo[];
  session: CounsellorSession;
  onChoose: (scripts: CounsellorSession['scripts']) => void;
}) {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const kindOf = (platform: PlatformInfo): ScriptKind | '' => {
    const chosen = props.session.scripts.find((choice) => choice.platform === platform.name)?.kind;
    return SCRIPT_KINDS.find((kind) => kind === chosen) ?? '';
  };
  const choose = (platform: PlatformInfo, kind: ScriptKind | ''): void => {
    const others = props.session.scripts.filter((choice) => choice.platform !== platform.name);
    props.onChoose(kind === '' ? others : [...others, { platform: platform.name, kind }]);
  };
  const text = (platform: PlatformInfo, kind: ScriptKind): { title: string; text: string } | null => {
    const plan = props.plan;
    if (!plan) return null;
    try {
      return composeScript({
        kind,
        locale: clientLocale(planner),
        channel: 'message',
        input: planner.planInput(),
        plan,
        platform: platformValueOf(platform.key),
        platformName: platform.name,
      });
    } catch {
      return null;
    }
  };
  return (
    <div class="stack">
      <p>{ct('session.scriptsIntro')}</p>
      <Show when={props.plan} fallback={<p>{ct('session.noPlanForScripts')}</p>}>
        <For each={props.platforms}>
          {(platform) => (
            <section class="card stack" aria-label={ct('session.scriptFor', { platform: userLabel(platform.name) })}>
              <h4>
                <Isolated text={ct('session.scriptFor', { platform: user(platform.name) })} />
              </h4>
              <SelectField
                label={ct('session.scriptKind', { platform: userLabel(platform.name) })}
                value={kindOf(platform)}
                options={[
                  { value: '' as const, label: '—' },
                  ...SCRIPT_KINDS.map((kind) => ({
                    value: kind,
                    label: scriptsText(planner.state.locale, `scripts.kind.${kind}`),
                  })),
                ]}
                onChange={(kind) => choose(platform, kind)}
              />
              <Show when={kindOf(platform)}>
                {(kind) => (
                  <Show when={text(platform, kind() as ScriptKind)}>
                    {(script) => (
                      <div class="script-text" data-testid="session-script">
                        <p>
                          <strong>{script().title}</strong>
                        </p>
                        <p class="pre-wrap">
                          <Isolated text={script().text} />
                        </p>
                      </div>
                    )}
                  </Show>
                )}
              </Show>
            </section>
          )}
        </For>
      </Show>
    </div>
  );
}

/** The handover: counsellor name, the printable pack, the client's backup file, finishing. */
function HandoverStep(props: {
  plan: Plan | null;
  session: CounsellorSession;
  save: (patch: Partial<CounsellorSession>) => void;
}) {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const [passphrase, setPassphrase] = createSignal('');
  const [message, setMessage] = createSignal<string>();
  // What the client's file holds, shown before it is saved (issue 18).
  const clientFile = createClientFile(() => planner.state.profile?.id);
  const finish = async (): Promise<void> => {
    const today = planner.clock.today();
    const plan = props.plan;
    props.save({
      handedOverOn: today,
      completed: [...SESSION_STEPS],
      ...(plan ? { baseline: makeBaseline(planner.planInput(), plan, today) } : {}),
    });
    await planner.actions.flush();
  };
  /** The client's copy is of a finished session, so it opens on the plan (issue 18). */
  const finishFirst = async (): Promise<void> => {
    if (props.session.handedOverOn === undefined) await finish();
  };
  const exportFile = async (): Promise<void> => {
    const profile = planner.state.profile;
    if (!profile) return;
    try {
      await finishFirst();
      const text = await clientFile.write(profile.id, passphrase() || undefined);
      const file = exportFileName({
        kind: 'backup',
        extension: 'json',
        displayName: profile.displayName,
        profileId: profile.id,
        discreet: planner.state.settings.discreet === true,
        at: new Date(planner.clock.now()),
      });
      download(file, 'application/json', text);
      setMessage(ct('session.exported', { file }));
    } catch {
      setMessage(ct('session.exportFailed'));
    }
  };
  return (
    <div class="stack">
      <div class="card stack no-print">
        <p>{ct('session.handoverIntro')}</p>
      </div>
      <PracticeRecords session={props.session} />
      <div class="card stack no-print">
        <div class="button-row">
          <button type="button" class="primary" onClick={() => window.print()}>
            {ct('session.print')}
          </button>
        </div>
      </div>
      <section class="card stack no-print" aria-labelledby="handover-export">
        <h4 id="handover-export">{ct('session.exportTitle')}</h4>
        <p>{ct('session.exportExplain')}</p>
        <ExportContents contents={clientFile.contents()} />
        <div class="field">
          <label for="handover-passphrase">{ct('session.passphrase')}</label>
          <p id="handover-passphrase-hint" class="hint">
            {ct('session.passphraseHint')}
          </p>
          <input
            id="handover-passphrase"
            type="password"
            autocomplete="new-password"
            aria-describedby="handover-passphrase-hint"
            value={passphrase()}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </div>
        <div class="button-row">
          <button type="button" onClick={() => void exportFile()}>
            {ct('session.export')}
          </button>
        </div>
        <Show when={message()}>{(text) => <p role="status">{text()}</p>}</Show>
      </section>
      <Suspense>
        <QrShow beforeExport={finishFirst} />
      </Suspense>
      <div class="card stack no-print">
        <Show
          when={props.session.handedOverOn}
          fallback={
            <div class="button-row">
              <button type="button" class="primary" onClick={() => void finish()}>
                {ct('session.finish')}
              </button>
            </div>
          }
        >
          {(date) => (
            <>
              <p role="status" data-testid="session-finished">
                {ct('session.finished', { date: planner.date(date()) })}
              </p>
              <div class="button-row">
                <button type="button" onClick={() => planner.actions.setScreen('review')}>
                  {ct('session.toReview')}
                </button>
              </div>
            </>
          )}
        </Show>
      </div>
      <h4 class="no-print">{ct('session.preview')}</h4>
      <Show when={props.plan}>{(plan) => <HandoverPack plan={plan()} session={props.session} />}</Show>
    </div>
  );
}
