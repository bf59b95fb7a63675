/**
 * Negotiation scripts page (issue 5): pick a creditor, what is needed, the channel, tone and
 * optional details; the script is composed from the current plan (usePlanner) by the pure
 * `composeScript`. Copy (navigator.clipboard), Share (navigator.share, when available), Print.
 * The complaint lists the creditor's flagged collection-log events (planner.state.collectionLog,
 * read through the rules dossier). Below the script: the negotiation record with that creditor.
 * User text is only ever inserted as text (Solid text nodes / textarea value), never as HTML.
 *
 * Issue 14: every letter is written from one plan version (`makePlanVersion`): an instalment asked
 * for is what-if'd into it first, so every other letter shows the same money. The creditor's kind
 * comes from its debts (`lenderOfDebts`), the evidence kept from the log's files and the person's
 * ticks, an interest stop only from the negotiation record. A settlement offer is checked against
 * what is owed and the cash the person says they have before any letter is written. Letters copied,
 * shared or printed are listed below (KeptLetters) and marked out of date when the plan changes.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { platformValueOf } from '../../domain/platform';
import type { CollectionLogRecord } from '../../domain/records';
import { lettersText, type LettersMessageKey } from '../../i18n/letters';
import { scriptsText, type ScriptsMessageKey } from '../../i18n/scripts';
import { lenderOfDebts } from '../../rules/lenders';
import {
  composeLetter,
  EVIDENCE_ITEMS,
  EVIDENCE_KEPT,
  formatScriptDate,
  formatScriptMoney,
  makePlanVersion,
  platformFacts,
  ScriptRequestError,
  settlementOffer,
  FOLLOW_UP_VARIANTS,
  HARDSHIP_REASONS,
  MESSAGE_LIMITS,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  SCRIPT_TONES,
  type EvidenceItem,
  type EvidenceKept,
  type FollowUpVariant,
  type LetterFigures,
  type PlanVersion,
  type HardshipReason,
  type Script,
  type ScriptChannel,
  type ScriptKind,
  type ScriptLocale,
  type ScriptRequest,
  type ScriptTone,
} from '../../scripts';
import { KeptLetters, recordKeptLetter } from '../components/KeptLetters';
import { NegotiationPanel } from '../components/NegotiationPanel';
import { Isolated } from '../components/UserText';
import { complaintEventsFromLog } from '../model/complaintEvents';
import { keptKey, keptRequestOf, type KeptHow } from '../model/keptLetters';
import { isIsoDate } from '../model/dates';
import { parseMoneyInput } from '../model/money';
import {
  citedCostOf,
  creditorKindOf,
  evidenceKept,
  evidenceKeptFromLog,
  offersVerifyCollector,
  recordedInterestStopOf,
  withInstalment,
  type InstalmentWhatIf,
} from '../model/scriptRequest';
import { clientLocale } from '../state/clientLanguage';
import { usePlanner } from '../state/PlannerProvider';
import { createDraft, signalsBinding } from '../state/drafts';
import { DraftNotice } from '../components/DraftNotice';

/**
 * A letter split for printing: its closing (此致 / 敬礼！ or "Yours faithfully,", then the signer and
 * the date line: the text after its second-last blank line) is kept on one page with
 * `break-inside: avoid`, so the signature never starts a page apart from the closing.
 */
function printParts(text: string): { body: string; end: string } {
  const last = text.lastIndexOf('\n\n');
  const at = last > 0 ? text.lastIndexOf('\n\n', last - 1) : -1;
  return at < 0 ? { body: text, end: '' } : { body: text.slice(0, at + 2), end: text.slice(at + 2) };
}

type Outcome =
  | { ok: true; script: Script; figures: LetterFigures; request: ScriptRequest }
  | { ok: false; message: string; field?: string };

export function ScriptsPage() {
  const planner = usePlanner();
  const ui = (key: ScriptsMessageKey, params?: Record<string, string | number>): string =>
    scriptsText(planner.state.locale, key, params);
  const lt = (key: LettersMessageKey, params?: Record<string, string | number>): string =>
    lettersText(planner.state.locale, key, params);

  const [platformKey, setPlatformKey] = createSignal('');
  const [kind, setKind] = createSignal<ScriptKind>('proposal');
  const [channel, setChannel] = createSignal<ScriptChannel>('letter');
  const [tone, setTone] = createSignal<ScriptTone>('cooperative');
  const [scriptLocale, setScriptLocale] = createSignal<ScriptLocale | ''>('');
  const [name, setName] = createSignal('');
  const [contract, setContract] = createSignal<string | null>(null);
  const [creditCard, setCreditCard] = createSignal<boolean | null>(null);
  const [reasons, setReasons] = createSignal<HardshipReason[]>([]);
  const [details, setDetails] = createSignal('');
  const [evidence, setEvidence] = createSignal<EvidenceItem[]>([]);
  const [followUp, setFollowUp] = createSignal<FollowUpVariant>('no-reply');
  const [previousDate, setPreviousDate] = createSignal('');
  const [settlementAmount, setSettlementAmount] = createSignal('');
  const [settlementBy, setSettlementBy] = createSignal('');
  const [cashOnHand, setCashOnHand] = createSignal('');
  const [unsure, setUnsure] = createSignal(false);
  /** The person's ticks of evidence kept, per platform key (absent: as the log says). */
  const [keptTicks, setKeptTicks] = createSignal<Readonly<Record<string, Partial<Record<EvidenceKept, boolean>>>>>({});
  /** The instalment requests written into the plan version, in the order they were asked. */
  const [instalments, setInstalments] = createSignal<readonly InstalmentWhatIf[]>([]);
  const [months, setMonths] = createSignal('');
  const [complaintTo, setComplaintTo] = createSignal<'platform' | 'regulator'>('platform');
  const [ticket, setTicket] = createSignal('');
  const [contactName, setContactName] = createSignal('');
  /** The date on the letter's date line: today unless the person changes it ('' leaves it blank to fill by hand). */
  const [letterDate, setLetterDate] = createSignal(planner.clock.today());
  const [status, setStatus] = createSignal('');
  // What was typed or chosen here (the name, hardship reasons, own words, …) is kept as a draft
  // (issue 13): the page has no save, so the draft stays until it is discarded or emptied again.
  // Not kept: the letter's date (a draft of another day would date the letter in the past) and
  // the copy status.
  const kept = createDraft(
    'scripts',
    signalsBinding({
      platformKey: [platformKey, setPlatformKey],
      kind: [kind, setKind],
      channel: [channel, setChannel],
      tone: [tone, setTone],
      scriptLocale: [scriptLocale, setScriptLocale],
      name: [name, setName],
      contract: [contract, setContract],
      creditCard: [creditCard, setCreditCard],
      reasons: [reasons, setReasons],
      details: [details, setDetails],
      evidence: [evidence, setEvidence],
      followUp: [followUp, setFollowUp],
      previousDate: [previousDate, setPreviousDate],
      settlementAmount: [settlementAmount, setSettlementAmount],
      settlementBy: [settlementBy, setSettlementBy],
      cashOnHand: [cashOnHand, setCashOnHand],
      unsure: [unsure, setUnsure],
      keptTicks: [keptTicks, setKeptTicks],
      instalments: [instalments, setInstalments],
      months: [months, setMonths],
      complaintTo: [complaintTo, setComplaintTo],
      ticket: [ticket, setTicket],
      contactName: [contactName, setContactName],
    }),
  );

  // The collection log of the active profile, as the planner loaded it with the profile.
  const log = (): readonly CollectionLogRecord[] => planner.state.collectionLog;

  const platforms = () => planner.platforms().platforms;
  const plan = createMemo(() => {
    const run = planner.chosen().run;
    return run.ok ? run.plan : null;
  });
  const selected = createMemo(() => platforms().find((p) => p.key === platformKey()) ?? platforms()[0]);
  const locale = (): ScriptLocale => scriptLocale() || clientLocale(planner);
  const debtsOf = () => {
    const ids = new Set(selected()?.debtIds ?? []);
    return planner.state.debts.filter((debt) => ids.has(debt.id));
  };
  const contractValue = () => contract() ?? debtsOf().find((debt) => debt.contractNumber !== '')?.contractNumber ?? '';
  const creditCardValue = () =>
    creditCard() ?? (debtsOf().length > 0 && debtsOf().every((debt) => debt.kind === 'credit-card'));

  // Who the creditor is: the person's answer on the debt, else what the debt's kind says.
  const lender = createMemo(() => lenderOfDebts(planner.state.debts, selected()?.name ?? ''));
  const kinds = createMemo(() =>
    SCRIPT_KINDS.filter((k) => k !== 'verify-collector' || offersVerifyCollector(lender(), unsure())),
  );
  const currentKind = (): ScriptKind => (kinds().includes(kind()) ? kind() : 'proposal');

  const monthsValue = (): number | undefined => {
    const count = Number(months());
    return months().trim() !== '' && Number.isInteger(count) ? count : undefined;
  };
  /** The instalment this letter asks for, written into the plan version before the letter. */
  const asked = createMemo((): InstalmentWhatIf | null => {
    const platform = selected();
    if (currentKind() !== 'instalment-request' || !platform) return null;
    const count = monthsValue();
    return { platform: platformValueOf(platform.key), ...(count !== undefined ? { months: count } : {}) };
  });
  /** Keeps the instalment on screen in the version for every other letter (also when it is copied or printed). */
  const keepAsked = (): void => {
    const request = asked();
    if (request) setInstalments((list) => withInstalment(list, request));
  };
  const isKept = (platform: string): boolean => instalments().some((item) => item.platform === platform);
  const whatIfs = createMemo((): readonly InstalmentWhatIf[] => {
    const known = new Set(platforms().map((p) => platformValueOf(p.key)));
    const request = asked();
    const list = request ? withInstalment(instalments(), request) : instalments();
    return list.filter((item) => known.has(item.platform));
  });
  /** The one plan version every letter on this page is written from. */
  const version = createMemo((): PlanVersion | null => {
    if (!plan()) return null;
    try {
      return makePlanVersion(planner.planInput(), { instalments: whatIfs() });
    } catch {
      return null;
    }
  });
  const nameOfPlatform = (value: string): string =>
    platforms().find((p) => platformValueOf(p.key) === value)?.name ?? value;

  const owedNow = createMemo(() => {
    const current = version();
    const platform = selected();
    if (!current || !platform) return null;
    return platformFacts(current.input, current.plan, platformValueOf(platform.key)).owed;
  });
  const cashText = (): string => cashOnHand().trim();
  const cashValue = (): string | null => (cashText() === '' ? null : (parseMoneyInput(cashText()) ?? null));
  const keptFromLog = createMemo(() => evidenceKeptFromLog(log(), selected()?.name ?? ''));
  const keptList = (): EvidenceKept[] =>
    evidenceKept(keptFromLog(), keptTicks()[selected()?.key ?? ''] ?? {}, EVIDENCE_KEPT);
  const interestStop = createMemo(() => recordedInterestStopOf(planner.state.negotiations, selected()?.name ?? ''));
  const complaintEvents = createMemo(() =>
    currentKind() === 'complaint' && selected() ? complaintEventsFromLog(log(), selected()?.name ?? '', locale()) : [],
  );

  const outcome = createMemo((): Outcome | null => {
    const current = version();
    const platform = selected();
    if (!current || !platform) return null;
    const creditorKind = creditorKindOf(lender());
    const stop = interestStop();
    const cost = citedCostOf(planner.state.debts, platform.name);
    const request: ScriptRequest = {
      kind: currentKind(),
      locale: locale(),
      channel: channel(),
      tone: tone(),
      input: current.input,
      plan: current.plan,
      platform: platformValueOf(platform.key),
      platformName: platform.name,
      name: name(),
      contractNumber: contractValue(),
      creditCard: creditCardValue(),
      hardshipReasons: reasons(),
      hardshipDetails: details(),
      evidence: evidence(),
      followUp: followUp(),
      previousDate: previousDate(),
      complaintTo: complaintTo(),
      contactName: contactName(),
      ...(isIsoDate(letterDate()) ? { letterDate: letterDate() } : {}),
      evidenceKept: keptList(),
      collectionLog: { events: complaintEvents(), platformTicket: ticket() },
      ...(creditorKind !== undefined ? { creditorKind } : {}),
      ...(stop !== undefined ? { recordedInterestStop: stop } : {}),
      ...(cost !== undefined ? { realAnnualCost: cost } : {}),
    };
    const count = monthsValue();
    if (count !== undefined) request.instalmentMonths = count;
    if (request.kind === 'settlement-offer') {
      const amount = settlementAmount().trim();
      if (amount !== '') request.settlementAmount = parseMoneyInput(amount) ?? amount;
      if (cashText() !== '') {
        const cash = cashValue();
        if (cash === null) return { ok: false, message: lt('letters.invalidCash'), field: 'cashOnHand' };
        request.cashOnHand = cash;
      }
      if (settlementBy() !== '') request.settlementBy = settlementBy();
    }
    try {
      // A settlement is checked against what is owed and the cash on hand before any text is written.
      if (request.kind === 'settlement-offer') settlementOffer(request, owedNow() ?? '0');
      const letter = composeLetter(request);
      return { ok: true, script: letter.script, figures: letter.figures, request };
    } catch (error) {
      // A field the person can correct gets a message in their language.
      if (error instanceof ScriptRequestError) {
        const money = (amount: string): string =>
          amount !== '' ? formatScriptMoney(amount, planner.state.locale) : '';
        const detail = error as ScriptRequestError & { offered?: string; limit?: string };
        return {
          ok: false,
          field: error.field,
          message: ui(`scripts.error.${error.code}`, {
            offered: money(detail.offered ?? ''),
            limit: money(detail.limit ?? ''),
          }),
        };
      }
      return {
        ok: false,
        message: ui('scripts.error', { message: error instanceof Error ? error.message : String(error) }),
      };
    }
  });
  const problem = () => {
    const current = outcome();
    return current && !current.ok ? current : null;
  };
  const script = () => {
    const current = outcome();
    return current?.ok ? current.script : null;
  };
  const length = () => [...(script()?.text ?? '')].length;

  const toggle = <T,>(list: T[], item: T, on: boolean): T[] =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

  /** Lists the letter on screen as copied, shared or printed, with what it states. */
  function keep(how: KeptHow): void {
    const current = outcome();
    const profile = planner.state.profile;
    if (!current?.ok || !profile) return;
    keepAsked();
    const request = keptRequestOf(current.request);
    recordKeptLetter(planner, {
      key: keptKey(request, current.figures),
      title: `${current.request.platformName} · ${current.script.title}`,
      how,
      on: planner.clock.today(),
      figures: current.figures,
      request,
    });
  }

  async function copy(): Promise<void> {
    const current = script();
    if (!current) return;
    try {
      await navigator.clipboard.writeText(`${current.title}\n\n${current.text}`);
    } catch {
      setStatus(ui('scripts.copyFailed'));
      return;
    }
    // The letter is copied whatever happens to the list of kept letters.
    setStatus(ui('scripts.copied'));
    keep('copied');
  }
  const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  async function share(): Promise<void> {
    const current = script();
    if (!current || !canShare()) return;
    try {
      await navigator.share({ title: current.title, text: current.text });
      keep('shared');
    } catch {
      // The person closed the share sheet: nothing to do.
    }
  }

  return (
    <section class="page scripts" aria-labelledby="scripts-title">
      <h1 id="scripts-title">{ui('scripts.title')}</h1>
      <p>{ui('scripts.intro')}</p>

      <aside class="warnings" aria-labelledby="scripts-warnings-title">
        <h2 id="scripts-warnings-title">{ui('scripts.warnings.title')}</h2>
        <ul>
          <li>{ui('scripts.warning.account')}</li>
          <li>{ui('scripts.warning.newLoan')}</li>
          <li>{ui('scripts.warning.agent')}</li>
          <li>{ui('scripts.warning.written')}</li>
        </ul>
      </aside>

      <Show when={plan() !== null && platforms().length > 0} fallback={<p role="status">{ui('scripts.noPlan')}</p>}>
        <form class="scripts-form" onSubmit={(event) => event.preventDefault()}>
          <DraftNotice draft={kept} />
          <label>
            {ui('scripts.creditor')}
            <select value={selected()?.key ?? ''} onChange={(e) => setPlatformKey(e.currentTarget.value)}>
              <For each={platforms()}>{(p) => <option value={p.key}>{p.name}</option>}</For>
            </select>
          </label>
          <label>
            {ui('scripts.kind')}
            <select value={currentKind()} onChange={(e) => setKind(e.currentTarget.value as ScriptKind)}>
              <For each={kinds()}>{(k) => <option value={k}>{ui(`scripts.kind.${k}`)}</option>}</For>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={unsure()} onChange={(e) => setUnsure(e.currentTarget.checked)} />
            {lt('letters.unsure')}
          </label>
          <fieldset>
            <legend>{ui('scripts.channel')}</legend>
            <For each={SCRIPT_CHANNELS}>
              {(c) => (
                <label>
                  <input
                    type="radio"
                    name="scripts-channel"
                    value={c}
                    checked={channel() === c}
                    onChange={() => setChannel(c)}
                  />
                  {ui(`scripts.channel.${c}`)}
                </label>
              )}
            </For>
          </fieldset>
          <fieldset>
            <legend>{ui('scripts.tone')}</legend>
            <For each={SCRIPT_TONES}>
              {(value) => (
                <label>
                  <input
                    type="radio"
                    name="scripts-tone"
                    value={value}
                    checked={tone() === value}
                    onChange={() => setTone(value)}
                  />
                  {ui(`scripts.tone.${value}`)}
                </label>
              )}
            </For>
          </fieldset>
          <label>
            {ui('scripts.language')}
            <select value={locale()} onChange={(e) => setScriptLocale(e.currentTarget.value as ScriptLocale)}>
              <For each={SCRIPT_LOCALES}>{(l) => <option value={l}>{ui(`scripts.language.${l}`)}</option>}</For>
            </select>
          </label>

          <Show when={currentKind() === 'follow-up'}>
            <label>
              {ui('scripts.followUp')}
              <select value={followUp()} onChange={(e) => setFollowUp(e.currentTarget.value as FollowUpVariant)}>
                <For each={FOLLOW_UP_VARIANTS}>{(v) => <option value={v}>{ui(`scripts.followUp.${v}`)}</option>}</For>
              </select>
            </label>
            <label>
              {ui('scripts.previousDate')}
              <input type="date" value={previousDate()} onInput={(e) => setPreviousDate(e.currentTarget.value)} />
            </label>
          </Show>
          <Show when={currentKind() === 'settlement-offer'}>
            <p id="settlement-owed">
              {lt('letters.owedNow', {
                owed: formatScriptMoney(owedNow() ?? '0', planner.state.locale),
                asOf: formatScriptDate(version()?.input.asOf ?? '', planner.state.locale),
              })}
            </p>
            <label>
              {lt('letters.cashOnHand')}
              <input
                inputmode="decimal"
                value={cashOnHand()}
                aria-invalid={problem()?.field === 'cashOnHand' ? 'true' : undefined}
                aria-describedby="settlement-cash-hint"
                onInput={(e) => setCashOnHand(e.currentTarget.value)}
              />
            </label>
            <p id="settlement-cash-hint">{lt('letters.cashOnHand.hint')}</p>
            <label>
              {ui('scripts.settlementAmount')}
              <input
                inputmode="decimal"
                value={settlementAmount()}
                aria-invalid={problem()?.field === 'settlementAmount' ? 'true' : undefined}
                aria-describedby={problem() ? 'scripts-problem settlement-owed' : 'settlement-owed'}
                onInput={(e) => setSettlementAmount(e.currentTarget.value)}
              />
            </label>
            <label>
              {ui('scripts.settlementBy')}
              <input type="date" value={settlementBy()} onInput={(e) => setSettlementBy(e.currentTarget.value)} />
            </label>
          </Show>
          <Show when={currentKind() === 'instalment-request'}>
            <label>
              {ui('scripts.instalmentMonths')}
              <input
                type="number"
                min="1"
                max="60"
                step="1"
                value={months()}
                onInput={(e) => setMonths(e.currentTarget.value)}
              />
            </label>
          </Show>
          <Show when={currentKind() === 'complaint'}>
            <fieldset>
              <legend>{ui('scripts.complaintTo')}</legend>
              <For each={['platform', 'regulator'] as const}>
                {(to) => (
                  <label>
                    <input
                      type="radio"
                      name="scripts-complaint-to"
                      value={to}
                      checked={complaintTo() === to}
                      onChange={() => setComplaintTo(to)}
                    />
                    {ui(`scripts.complaintTo.${to}`)}
                  </label>
                )}
              </For>
            </fieldset>
            <label>
              {ui('scripts.ticket')}
              <input value={ticket()} onInput={(e) => setTicket(e.currentTarget.value)} />
            </label>
          </Show>
          <Show when={currentKind() === 'complaint' || currentKind() === 'stop-third-party-contact'}>
            <Show when={currentKind() === 'complaint'}>
              <p data-testid="complaint-events">
                {complaintEvents().length > 0
                  ? lt('letters.complaintEvents', { count: complaintEvents().length })
                  : lt('letters.complaintEvents.none')}
              </p>
            </Show>
            <fieldset>
              <legend>{lt('letters.kept')}</legend>
              <p>{lt('letters.kept.hint')}</p>
              <For each={EVIDENCE_KEPT}>
                {(item) => (
                  <label>
                    <input
                      type="checkbox"
                      checked={keptList().includes(item)}
                      onChange={(e) => {
                        const key = selected()?.key ?? '';
                        const checked = e.currentTarget.checked;
                        setKeptTicks((all) => ({ ...all, [key]: { ...all[key], [item]: checked } }));
                      }}
                    />
                    {lt(`letters.kept.${item}`)}
                  </label>
                )}
              </For>
            </fieldset>
          </Show>
          <Show when={currentKind() === 'follow-up' && followUp() === 'keep-current-terms' && interestStop()}>
            {(stop) => (
              <p>
                {lt('letters.interestStop', {
                  platform: selected()?.name ?? '',
                  since: stop().since !== undefined ? formatScriptDate(stop().since ?? '', planner.state.locale) : '—',
                })}
              </p>
            )}
          </Show>
          <Show when={channel() === 'letter'}>
            <label>
              {lt('letters.date')}
              <input type="date" value={letterDate()} onInput={(e) => setLetterDate(e.currentTarget.value)} />
            </label>
          </Show>
          <Show when={currentKind() === 'guarantor-reply'}>
            <label>
              {ui('scripts.contactName')}
              <input value={contactName()} onInput={(e) => setContactName(e.currentTarget.value)} />
            </label>
          </Show>

          <details open={kept.restored()}>
            <summary>{ui('scripts.details')}</summary>
            <label>
              {ui('scripts.name')}
              <input autocomplete="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
            <label>
              {ui('scripts.contract')}
              <input value={contractValue()} onInput={(e) => setContract(e.currentTarget.value)} />
            </label>
            <label>
              <input
                type="checkbox"
                checked={creditCardValue()}
                onChange={(e) => setCreditCard(e.currentTarget.checked)}
              />
              {ui('scripts.creditCard')}
            </label>
            <fieldset>
              <legend>{ui('scripts.hardship')}</legend>
              <For each={HARDSHIP_REASONS}>
                {(r) => (
                  <label>
                    <input
                      type="checkbox"
                      checked={reasons().includes(r)}
                      onChange={(e) => setReasons(toggle(reasons(), r, e.currentTarget.checked))}
                    />
                    {ui(`scripts.reason.${r}`)}
                  </label>
                )}
              </For>
            </fieldset>
            <label>
              {ui('scripts.hardshipDetails')}
              <textarea rows="3" value={details()} onInput={(e) => setDetails(e.currentTarget.value)} />
            </label>
            <fieldset>
              <legend>{ui('scripts.evidence')}</legend>
              <For each={EVIDENCE_ITEMS}>
                {(item) => (
                  <label>
                    <input
                      type="checkbox"
                      checked={evidence().includes(item)}
                      onChange={(e) => setEvidence(toggle(evidence(), item, e.currentTarget.checked))}
                    />
                    {ui(`scripts.evidence.${item}`)}
                  </label>
                )}
              </For>
            </fieldset>
          </details>
        </form>

        <Show when={problem()}>
          {(current) => (
            <p role="alert" id="scripts-problem">
              {current().message}
            </p>
          )}
        </Show>
        <Show when={script()}>
          {(current) => (
            <article class="script-output" aria-labelledby="script-output-title">
              <h2 id="script-output-title">{current().title}</h2>
              <label for="script-text">{ui('scripts.output')}</label>
              <textarea id="script-text" readOnly rows="18" value={current().text} />
              {/* Printed instead of the textarea, which would print only its visible lines. */}
              <div class="script-print" data-testid="script-print">
                <Isolated text={printParts(current().text).body} />
                <div class="script-print-end">
                  <Isolated text={printParts(current().text).end} />
                </div>
              </div>
              <p>
                {ui('scripts.length', { count: length() })}
                <Show when={channel() === 'message' && length() > MESSAGE_LIMITS[locale()]}>
                  {' '}
                  {ui('scripts.tooLong', { limit: MESSAGE_LIMITS[locale()] })}
                </Show>
              </p>
              <div class="actions">
                <button type="button" onClick={() => void copy()}>
                  {ui('scripts.copy')}
                </button>
                <Show when={canShare()}>
                  <button type="button" onClick={() => void share()}>
                    {ui('scripts.share')}
                  </button>
                </Show>
                <button
                  type="button"
                  onClick={() => {
                    keep('printed');
                    window.print();
                  }}
                >
                  {ui('scripts.print')}
                </button>
              </div>
              <p role="status" aria-live="polite">
                {status()}
              </p>
            </article>
          )}
        </Show>

        <section class="letters-version" aria-labelledby="letters-version-title" data-testid="letters-version">
          <h2 id="letters-version-title">{lt('letters.whatIf.title')}</h2>
          <p>{lt('letters.whatIf.intro')}</p>
          <Show when={whatIfs().length > 0} fallback={<p>{lt('letters.whatIf.none')}</p>}>
            <ul>
              <For each={whatIfs()}>
                {(item) => {
                  const chosen = () => version()?.instalments[item.platform] ?? null;
                  const platformName = () => nameOfPlatform(item.platform);
                  return (
                    <li>
                      {chosen()
                        ? lt('letters.whatIf.item', {
                            platform: platformName(),
                            amount: formatScriptMoney(chosen()?.amount ?? '0', planner.state.locale),
                            months: chosen()?.periods ?? 0,
                          })
                        : lt('letters.whatIf.unfit', { platform: platformName() })}{' '}
                      <Show
                        when={isKept(item.platform)}
                        fallback={
                          <button type="button" onClick={keepAsked}>
                            {lt('letters.whatIf.keep')}
                          </button>
                        }
                      >
                        <button
                          type="button"
                          onClick={() => setInstalments((list) => list.filter((x) => x.platform !== item.platform))}
                        >
                          {lt('letters.whatIf.remove', { platform: platformName() })}
                        </button>
                      </Show>
                    </li>
                  );
                }}
              </For>
            </ul>
          </Show>
        </section>

        <KeptLetters version={version()} />

        <Show when={selected()}>{(platform) => <NegotiationPanel platform={platform()} />}</Show>
      </Show>
    </section>
  );
}
