/**
 * Negotiation scripts page (issue 5): pick a creditor, what is needed, the channel, tone and
 * optional details; the script is composed from the current plan (usePlanner) by the pure
 * `composeScript`. Copy (navigator.clipboard), Share (navigator.share, when available), Print.
 * The complaint lists the creditor's flagged collection-log events (planner.state.collectionLog,
 * read through the rules dossier). Below the script: the negotiation record with that creditor.
 * User text is only ever inserted as text (Solid text nodes / textarea value), never as HTML.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { platformValueOf } from '../../domain/platform';
import type { CollectionLogRecord } from '../../domain/records';
import { scriptsText, type ScriptsMessageKey } from '../../i18n/scripts';
import {
  composeScript,
  EVIDENCE_ITEMS,
  formatScriptMoney,
  ScriptRequestError,
  FOLLOW_UP_VARIANTS,
  HARDSHIP_REASONS,
  MESSAGE_LIMITS,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  SCRIPT_TONES,
  type EvidenceItem,
  type FollowUpVariant,
  type HardshipReason,
  type Script,
  type ScriptChannel,
  type ScriptKind,
  type ScriptLocale,
  type ScriptRequest,
  type ScriptTone,
} from '../../scripts';
import { NegotiationPanel } from '../components/NegotiationPanel';
import { complaintEventsFromLog } from '../model/complaintEvents';
import { clientLocale } from '../state/clientLanguage';
import { usePlanner } from '../state/PlannerProvider';

type Outcome = { ok: true; script: Script } | { ok: false; message: string };

export function ScriptsPage() {
  const planner = usePlanner();
  const ui = (key: ScriptsMessageKey, params?: Record<string, string | number>): string =>
    scriptsText(planner.state.locale, key, params);

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
  const [months, setMonths] = createSignal('');
  const [complaintTo, setComplaintTo] = createSignal<'platform' | 'regulator'>('platform');
  const [ticket, setTicket] = createSignal('');
  const [contactName, setContactName] = createSignal('');
  const [status, setStatus] = createSignal('');

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

  const outcome = createMemo((): Outcome | null => {
    const current = plan();
    const platform = selected();
    if (!current || !platform) return null;
    const request: ScriptRequest = {
      kind: kind(),
      locale: locale(),
      channel: channel(),
      tone: tone(),
      input: planner.planInput(),
      plan: current,
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
      collectionLog: {
        events: kind() === 'complaint' ? complaintEventsFromLog(log(), platform.name, locale()) : [],
        platformTicket: ticket(),
      },
    };
    if (settlementAmount().trim() !== '') request.settlementAmount = settlementAmount().trim();
    if (settlementBy() !== '') request.settlementBy = settlementBy();
    const monthCount = Number(months());
    if (months().trim() !== '' && Number.isInteger(monthCount)) request.instalmentMonths = monthCount;
    try {
      return { ok: true, script: composeScript(request) };
    } catch (error) {
      // A field the person can correct gets a message in their language.
      if (error instanceof ScriptRequestError) {
        const money = (amount: string): string =>
          amount !== '' ? formatScriptMoney(amount, planner.state.locale) : '';
        const detail = error as ScriptRequestError & { offered?: string; limit?: string };
        return {
          ok: false,
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
  const script = () => {
    const current = outcome();
    return current?.ok ? current.script : null;
  };
  const length = () => [...(script()?.text ?? '')].length;

  const toggle = <T,>(list: T[], item: T, on: boolean): T[] =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

  async function copy(): Promise<void> {
    const current = script();
    if (!current) return;
    try {
      await navigator.clipboard.writeText(`${current.title}\n\n${current.text}`);
      setStatus(ui('scripts.copied'));
    } catch {
      setStatus(ui('scripts.copyFailed'));
    }
  }
  const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  async function share(): Promise<void> {
    const current = script();
    if (!current || !canShare()) return;
    try {
      await navigator.share({ title: current.title, text: current.text });
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
          <label>
            {ui('scripts.creditor')}
            <select value={selected()?.key ?? ''} onChange={(e) => setPlatformKey(e.currentTarget.value)}>
              <For each={platforms()}>{(p) => <option value={p.key}>{p.name}</option>}</For>
            </select>
          </label>
          <label>
            {ui('scripts.kind')}
            <select value={kind()} onChange={(e) => setKind(e.currentTarget.value as ScriptKind)}>
              <For each={SCRIPT_KINDS}>{(k) => <option value={k}>{ui(`scripts.kind.${k}`)}</option>}</For>
            </select>
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

          <Show when={kind() === 'follow-up'}>
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
          <Show when={kind() === 'settlement-offer'}>
            <label>
              {ui('scripts.settlementAmount')}
              <input
                inputmode="decimal"
                value={settlementAmount()}
                onInput={(e) => setSettlementAmount(e.currentTarget.value)}
              />
            </label>
            <label>
              {ui('scripts.settlementBy')}
              <input type="date" value={settlementBy()} onInput={(e) => setSettlementBy(e.currentTarget.value)} />
            </label>
          </Show>
          <Show when={kind() === 'instalment-request'}>
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
          <Show when={kind() === 'complaint'}>
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
          <Show when={kind() === 'guarantor-reply'}>
            <label>
              {ui('scripts.contactName')}
              <input value={contactName()} onInput={(e) => setContactName(e.currentTarget.value)} />
            </label>
          </Show>

          <details>
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

        <Show when={outcome()?.ok === false}>
          <p role="alert">{outcome()?.ok === false ? (outcome() as { message: string }).message : ''}</p>
        </Show>
        <Show when={script()}>
          {(current) => (
            <article class="script-output" aria-labelledby="script-output-title">
              <h2 id="script-output-title">{current().title}</h2>
              <label for="script-text">{ui('scripts.output')}</label>
              <textarea id="script-text" readOnly rows="18" value={current().text} />
              {/* Printed instead of the textarea, which would print only its visible lines. */}
              <div class="script-print" data-testid="script-print">
                {current().text}
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
                <button type="button" onClick={() => window.print()}>
                  {ui('scripts.print')}
                </button>
              </div>
              <p role="status" aria-live="polite">
                {status()}
              </p>
            </article>
          )}
        </Show>

        <Show when={selected()}>{(platform) => <NegotiationPanel platform={platform()} />}</Show>
      </Show>
    </section>
  );
}
