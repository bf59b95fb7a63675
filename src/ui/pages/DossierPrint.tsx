/**
 * The printable evidence dossier (print or save as PDF). Renders a `Dossier` from src/rules;
 * every user-typed value is a text node. Image attachments show as thumbnails when the caller
 * passes object URLs for them.
 * On a narrow screen the per-day table shows each row as a labelled card (`cards-on-phone`, as
 * on the collection log); in print it stays an ordinary table.
 */
import { For, Show } from 'solid-js';
import { RULES, type Dossier } from '../../rules';
import { CardsTable, DayCell } from '../components/CardsTable';
import { cite, pick, rightsT, type RightsLocale } from './rightsText';
import { Isolated, user } from '../components/UserText';

export interface DossierPrintProps {
  locale: RightsLocale;
  dossier: Dossier;
  /** Object URL of an image attachment, if available (the caller owns and revokes it). */
  thumbnailUrl?: (attachmentId: string) => string | undefined;
  /** Called by the print button; default window.print(). Omit the button with `hidePrintButton`. */
  onPrint?: () => void;
  hidePrintButton?: boolean;
}

export function DossierPrint(props: DossierPrintProps) {
  const t = (key: Parameters<typeof rightsT>[1], params?: Parameters<typeof rightsT>[2]) =>
    rightsT(props.locale, key, params);
  const d = () => props.dossier;
  const when = (at: string, local: { day: string; clock: string } | undefined) =>
    local ? `${local.day} ${local.clock}` : at;
  return (
    <article class="print-view card dossier" aria-labelledby="dossier-title" data-testid="dossier-print">
      <h2 id="dossier-title">{t('dossier.title')}</h2>
      <p>
        {d().platform !== undefined ? (
          <Isolated text={t('dossier.scopeOne', { platform: user(d().platform ?? '') })} />
        ) : (
          t('dossier.scopeAll')
        )}
      </p>
      <Show when={d().preparedOn}>{(date) => <p>{t('dossier.prepared', { date: date() })}</p>}</Show>
      <Show when={d().person.name || d().person.phone || d().person.accountOrContract}>
        <p>
          {t('dossier.person')}:{' '}
          {[d().person.name, d().person.phone, d().person.accountOrContract].filter(Boolean).join(' · ')}
        </p>
      </Show>
      <Show when={d().events.length > 0} fallback={<p>{t('dossier.empty')}</p>}>
        <p>
          {t('dossier.period', {
            from: when(d().events[0]?.entry.at ?? '', d().events[0]?.local),
            to: when(d().events[d().events.length - 1]?.entry.at ?? '', d().events[d().events.length - 1]?.local),
          })}
        </p>
        <h3>{t('dossier.summary')}</h3>
        <ul>
          <li>{t('dossier.events', { count: d().totals.events })}</li>
          <li>{t('dossier.flagged', { count: d().totals.flaggedEvents })}</li>
          <li>{t('dossier.thirdParty', { count: d().totals.thirdPartyContacts })}</li>
          <li>{t('dossier.night', { count: d().totals.nightContacts })}</li>
          <li>{t('dossier.attachments', { count: d().totals.attachments })}</li>
        </ul>

        <h3>{t('dossier.eventsTitle')}</h3>
        <ol class="dossier-events">
          <For each={d().events}>
            {(event) => (
              <li>
                <p>
                  <strong>{when(event.entry.at, event.local)}</strong> · {event.entry.platform} ·{' '}
                  {t(`log.channel.${event.entry.channel}`)} · {t(`log.contacted.${event.entry.contacted}`)}
                  <Show when={event.entry.callerNumber || event.entry.callerName}>
                    {' '}
                    · {t('log.list.caller')}:{' '}
                    {[event.entry.callerNumber, event.entry.callerName].filter(Boolean).join(' ')}
                  </Show>
                </p>
                <Show when={event.entry.whatWasSaid}>
                  <blockquote>{event.entry.whatWasSaid}</blockquote>
                </Show>
                <Show when={event.flags.length > 0}>
                  <ul>
                    <For each={event.flags}>{(flag) => <li>{pick(flag.message, props.locale)}</li>}</For>
                  </ul>
                </Show>
                <Show when={event.attachments.length > 0}>
                  <ul class="dossier-attachments">
                    <For each={event.attachments}>
                      {(file) => (
                        <li>
                          <Show
                            when={file.type.startsWith('image/') && props.thumbnailUrl?.(file.id)}
                            fallback={file.name}
                          >
                            {(url) => <img src={url()} alt={file.name} width="96" />}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ol>

        <h3 id="dossier-by-day-h">{t('dossier.byDayTitle')}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="dossier-by-day-h">
          <CardsTable
            class="dossier-by-day"
            rows={d().byDay}
            columns={[
              { label: () => t('log.counts.platform'), cell: (row) => row.platform },
              { label: () => t('log.timeline.day'), cell: (row) => <DayCell day={row.day} /> },
              { label: () => t('log.counts.contacts'), cell: (row) => row.contacts },
              { label: () => t('log.counts.connectedCalls'), cell: (row) => row.connectedCalls },
              { label: () => t('log.timeline.unanswered'), cell: (row) => row.unansweredCalls },
              { label: () => t('log.counts.thirdParty'), cell: (row) => row.thirdPartyContacts },
            ]}
          />
        </div>

        <h3>{t('dossier.rulesTitle')}</h3>
        <p class="muted">{t('dossier.rulesNote')}</p>
        <For each={d().rules}>
          {(item) => (
            <section>
              <h4>
                {pick(RULES[item.rule.id].name, props.locale)} ({item.events})
              </h4>
              <p>{pick(item.text, props.locale)}</p>
              <ul>
                <For each={item.sources}>{(source) => <li>{cite([source.id], props.locale)[0]}</li>}</For>
              </ul>
            </section>
          )}
        </For>
      </Show>

      <h3>{t('dossier.channelsTitle')}</h3>
      <ol>
        <For each={d().channels}>
          {(channel) => (
            <li>
              <strong>{pick(channel.name, props.locale)}</strong>: {pick(channel.handles, props.locale)}
              <Show when={channel.contact}>{(contact) => <> {pick(contact(), props.locale)}</>}</Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={d().channelsNote}>{(note) => <p class="muted">{pick(note().text, props.locale)}</p>}</Show>
      <Show when={!props.hidePrintButton}>
        <div class="actions no-print">
          <button type="button" onClick={() => (props.onPrint ? props.onPrint() : window.print())}>
            {t('dossier.print')}
          </button>
        </div>
      </Show>
    </article>
  );
}
