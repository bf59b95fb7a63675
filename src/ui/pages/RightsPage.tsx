/**
 * The rules in plain words, both languages, each statement with its source and tier; the LPR
 * with the date it was last confirmed (a counsellor can override it); where to complain; and
 * the crisis note.
 */
import { For, Show, createSignal, untrack } from 'solid-js';
import {
  COMPLAINT_CHANNELS,
  REFERENCE,
  isValidLprOverride,
  lprStatement,
  resolveLpr,
  type Binds,
  type LprOverride,
} from '../../rules';
import { CrisisNote } from '../components/CrisisNote';
import { cite, pick, rightsT, type RightsLocale } from './rightsText';

export interface RightsPageProps {
  locale: RightsLocale;
  /** The counsellor's LPR from settings, if any. */
  lprOverride?: LprOverride;
  /** Store a new override (undefined: back to the built-in figure). Without it, no edit form. */
  onLprOverrideChange?: (override: LprOverride | undefined) => void;
}

function Sources(props: { ids: readonly string[]; locale: RightsLocale }) {
  return (
    <Show when={props.ids.length > 0}>
      <p class="hint sources">
        {rightsT(props.locale, 'rights.sources')}: {cite(props.ids, props.locale).join('；')}
      </p>
    </Show>
  );
}

/** "For: banks or credit-card issuers, consumer finance companies" — whom a channel is for. */
export function forWhom(binds: Binds, locale: RightsLocale): string {
  if (binds === 'everyone') return rightsT(locale, 'rights.channelForEveryone');
  const card = binds.includes('bank-card');
  const loan = binds.includes('bank-loan');
  const labels = binds.flatMap((scope) => {
    if (scope === 'bank-card')
      return [card && loan ? rightsT(locale, 'lender.type.bank') : rightsT(locale, 'lender.scope.bank-card')];
    if (scope === 'bank-loan') return card ? [] : [rightsT(locale, 'lender.scope.bank-loan')];
    return [rightsT(locale, `lender.type.${scope}`)];
  });
  // English labels stand alone in the debt form ("A bank …"); inside a sentence they start lower-case.
  const inline = locale === 'en' ? labels.map((label) => label.charAt(0).toLowerCase() + label.slice(1)) : labels;
  return rightsT(locale, 'rights.channelFor', { whom: inline.join(rightsT(locale, 'rights.lenderJoin')) });
}

export function RightsPage(props: RightsPageProps) {
  const t = (key: Parameters<typeof rightsT>[1]) => rightsT(props.locale, key);
  const lpr = () => resolveLpr(props.lprOverride);
  // The form starts from the override shown when the page opened.
  const [percent, setPercent] = createSignal(untrack(() => props.lprOverride?.percent ?? ''));
  const [confirmedOn, setConfirmedOn] = createSignal(untrack(() => props.lprOverride?.confirmedOn ?? ''));
  const [effectiveFrom, setEffectiveFrom] = createSignal(untrack(() => props.lprOverride?.effectiveFrom ?? ''));
  const [lprError, setLprError] = createSignal(false);
  const saveLpr = (event: SubmitEvent) => {
    event.preventDefault();
    const override: LprOverride = { percent: percent().trim(), confirmedOn: confirmedOn() };
    if (effectiveFrom() !== '') override.effectiveFrom = effectiveFrom();
    if (!isValidLprOverride(override)) {
      setLprError(true);
      return;
    }
    setLprError(false);
    props.onLprOverrideChange?.(override);
  };
  return (
    <div class="screen rights" data-testid="rights-page">
      <h1>{t('rights.title')}</h1>
      <p class="lead">{t('rights.intro')}</p>
      <CrisisNote locale={props.locale} />
      <p class="hint">{t('rights.tierNote')}</p>
      <nav aria-label={t('rights.contents')}>
        <ul>
          <For each={REFERENCE}>
            {(section) => (
              <li>
                <a href={`#rights-${section.id}`}>{pick(section.title, props.locale)}</a>
              </li>
            )}
          </For>
          <li>
            <a href="#rights-channels">{t('rights.channelsTitle')}</a>
          </li>
        </ul>
      </nav>
      <For each={REFERENCE}>
        {(section) => (
          <section class="card" id={`rights-${section.id}`} aria-labelledby={`rights-${section.id}-h`} tabindex="-1">
            <h2 id={`rights-${section.id}-h`}>{pick(section.title, props.locale)}</h2>
            <ul>
              <For each={section.statements}>
                {(statement) => (
                  <li>
                    <p>{pick(statement.text, props.locale)}</p>
                    <Sources ids={statement.sourceIds} locale={props.locale} />
                  </li>
                )}
              </For>
              <Show when={section.id === 'lpr-cap'}>
                <li data-testid="lpr-statement">
                  <p>{pick(lprStatement(lpr()).text, props.locale)}</p>
                  <Sources ids={lprStatement(lpr()).sourceIds} locale={props.locale} />
                </li>
              </Show>
            </ul>
            <Show when={section.id === 'lpr-cap' && props.onLprOverrideChange}>
              <details>
                <summary>{t('rights.lprEdit')}</summary>
                <form onSubmit={saveLpr}>
                  <div class="field">
                    <label for="lpr-percent">{t('rights.lprPercent')}</label>
                    <input
                      id="lpr-percent"
                      inputmode="decimal"
                      value={percent()}
                      onInput={(e) => setPercent(e.currentTarget.value)}
                    />
                  </div>
                  <div class="field">
                    <label for="lpr-confirmed">{t('rights.lprConfirmed')}</label>
                    <input
                      id="lpr-confirmed"
                      type="date"
                      value={confirmedOn()}
                      onInput={(e) => setConfirmedOn(e.currentTarget.value)}
                    />
                  </div>
                  <div class="field">
                    <label for="lpr-effective">{t('rights.lprEffective')}</label>
                    <input
                      id="lpr-effective"
                      type="date"
                      value={effectiveFrom()}
                      onInput={(e) => setEffectiveFrom(e.currentTarget.value)}
                    />
                  </div>
                  <Show when={lprError()}>
                    <p class="error" role="alert">
                      {t('rights.lprInvalid')}
                    </p>
                  </Show>
                  <div class="actions">
                    <button type="submit">{t('rights.lprSave')}</button>
                    <button type="button" onClick={() => props.onLprOverrideChange?.(undefined)}>
                      {t('rights.lprReset')}
                    </button>
                  </div>
                </form>
              </details>
            </Show>
          </section>
        )}
      </For>
      <section class="card" id="rights-channels" aria-labelledby="rights-channels-h" tabindex="-1">
        <h2 id="rights-channels-h">{t('rights.channelsTitle')}</h2>
        <p>{t('rights.channelsIntro')}</p>
        <ol>
          <For each={COMPLAINT_CHANNELS}>
            {(channel) => (
              <li>
                <p>
                  <strong>{pick(channel.name, props.locale)}</strong>
                </p>
                <p class="hint">{forWhom(channel.binds, props.locale)}</p>
                <p>{pick(channel.handles, props.locale)}</p>
                <Show when={channel.contact}>{(contact) => <p>{pick(contact(), props.locale)}</p>}</Show>
                <Sources ids={channel.sourceIds} locale={props.locale} />
              </li>
            )}
          </For>
        </ol>
      </section>
    </div>
  );
}
