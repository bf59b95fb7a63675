/**
 * Collection log: fast entry on a phone (time defaults to the injected clock's now), editing an
 * entry in the same form (its files kept unless unticked), the list with flags and sources,
 * filter and search, per-platform counts and timeline, and the evidence dossier. Rules come from src/rules (pure); this page owns the clock and storage calls.
 * User text is only ever rendered as text nodes.
 * The count tables are `CardsTable`s: on a narrow screen each row shows as a card, each value
 * after its column header, so nothing scrolls sideways.
 */
import { For, Show, createMemo, createResource, createSignal, onCleanup, untrack } from 'solid-js';
import type {
  AttachmentRef,
  CollectionChannel,
  CollectionLogRecord,
  ContactedParty,
  ProfileId,
} from '../../domain/records';
import {
  RULES,
  TICKABLE_FACTS,
  buildDossier,
  compactFacts,
  countByDay,
  countByPlatform,
  flagLog,
  isoFromLocal,
  localMoment,
  platformKey,
  type CollectionLogFacts,
  type EntryFlags,
  type LenderInput,
} from '../../rules';
import { CardsTable, DayCell } from '../components/CardsTable';
import { CheckboxField, SelectField } from '../components/Field';
import type { AttachmentInput, CollectionLogStore } from '../state/logStore';
import { createEditGuard } from '../state/editGuard';
import { createDraft, signalsBinding } from '../state/drafts';
import { DraftNotice, draftsT } from '../components/DraftNotice';
import { DossierPrint } from './DossierPrint';
import { cite, pick, rightsT, type RightsLocale } from './rightsText';
import { Isolated, user } from '../components/UserText';

export interface CollectionLogPageProps {
  locale: RightsLocale;
  /** The language of the client's outputs (the dossier); absent: `locale`. */
  outputLocale?: RightsLocale;
  profileId: ProfileId;
  store: CollectionLogStore;
  /** The clock: the form's time defaults to it. */
  now: () => Date;
  /** New ids (default crypto.randomUUID). */
  newId?: () => string;
  /** The lender behind a platform name (from the debts); flags cite what binds it. Default: unknown. */
  lenderOf?: (platform: string) => LenderInput;
}

const CHANNELS: readonly CollectionChannel[] = [
  'call',
  'sms',
  'wechat',
  'in-app',
  'visit',
  'letter',
  'call-to-contact',
];
const PARTIES: readonly ContactedParty[] = ['me', 'emergency-contact', 'other-contact', 'family', 'employer'];
const TICKS = TICKABLE_FACTS;

const pad2 = (n: number) => String(n).padStart(2, '0');

function localParts(date: Date): { day: string; clock: string; offset: number } {
  return {
    day: `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`,
    clock: `${pad2(date.getHours())}:${pad2(date.getMinutes())}`,
    offset: -date.getTimezoneOffset(),
  };
}

/** "2026-11-28 22:30" in the entry's own zone, or its raw time if unreadable. */
function whenOf(entry: CollectionLogRecord): string {
  const local = localMoment(entry.at);
  return local ? `${local.day} ${local.clock}` : entry.at;
}

export function CollectionLogPage(props: CollectionLogPageProps) {
  const t = (key: Parameters<typeof rightsT>[1], params?: Parameters<typeof rightsT>[2]) =>
    rightsT(props.locale, key, params);
  const newId = () => (props.newId ? props.newId() : crypto.randomUUID());

  // The profile's entries as the planner holds them: read once with the profile, kept up to date by its writes.
  const entries = () => props.store.entries();

  // Form state.
  const start = untrack(() => localParts(props.now()));
  const [day, setDay] = createSignal(start.day);
  const [clock, setClock] = createSignal(start.clock);
  const [platform, setPlatform] = createSignal('');
  const [callerNumber, setCallerNumber] = createSignal('');
  const [callerName, setCallerName] = createSignal('');
  const [channel, setChannel] = createSignal<CollectionChannel>('call');
  const [contacted, setContacted] = createSignal<ContactedParty>('me');
  const [said, setSaid] = createSignal('');
  const [facts, setFacts] = createSignal<CollectionLogFacts>({});
  /** The stored entry being edited, if any; the form then saves over it. */
  const [editing, setEditing] = createSignal<CollectionLogRecord | undefined>();
  /** While editing: the offset the entry was written in (its time stays in that zone). */
  const [editOffset, setEditOffset] = createSignal(start.offset);
  /** While editing: ids of the entry's stored files to keep. */
  const [kept, setKept] = createSignal<ReadonlySet<string>>(new Set());
  // An entry being typed is an edit in progress: an app update waits until it is saved or cleared.
  createEditGuard(
    () => editing() !== undefined || platform() !== '' || callerNumber() !== '' || callerName() !== '' || said() !== '',
  );
  const [files, setFiles] = createSignal<File[]>([]);
  // What is typed and not saved is kept as a draft (issue 13): the entry being edited by its id, its
  // files to keep by theirs. Chosen files cannot be kept: while there are some, leaving asks first.
  const entryDraft = createDraft('log-entry', {
    ...signalsBinding({
      day: [day, setDay],
      clock: [clock, setClock],
      platform: [platform, setPlatform],
      callerNumber: [callerNumber, setCallerNumber],
      callerName: [callerName, setCallerName],
      channel: [channel, setChannel],
      contacted: [contacted, setContacted],
      said: [said, setSaid],
      facts: [facts, setFacts],
      editingId: [
        () => editing()?.id ?? null,
        (id: () => string | null) => setEditing(entries().find((entry) => entry.id === id())),
      ],
      editOffset: [editOffset, setEditOffset],
      keptFiles: [() => [...kept()], (ids: () => string[]) => setKept(new Set(ids()))],
    }),
    unkept: () => files().length > 0,
  });
  const [status, setStatus] = createSignal<'idle' | 'saved' | 'changed' | 'failed' | 'platform' | 'time'>('idle');
  let fileInput: HTMLInputElement | undefined;
  let formHeading: HTMLHeadingElement | undefined;

  const resetForm = () => {
    const now = localParts(props.now());
    setDay(now.day);
    setClock(now.clock);
    setCallerNumber('');
    setCallerName('');
    setSaid('');
    setFacts({});
    setFiles([]);
    if (fileInput) fileInput.value = '';
    setEditing(undefined);
    setKept(new Set<string>());
    // Saved, cancelled or its entry deleted: what the form holds now is nothing unsaved.
    entryDraft.clear();
  };

  const startEdit = (entry: CollectionLogRecord) => {
    const local = localMoment(entry.at);
    setEditing(entry);
    setEditOffset(local?.offsetMinutes ?? start.offset);
    setDay(local?.day ?? '');
    setClock(local?.clock ?? '');
    setPlatform(entry.platform);
    setCallerNumber(entry.callerNumber);
    setCallerName(entry.callerName);
    setChannel(entry.channel);
    setContacted(entry.contacted);
    setSaid(entry.whatWasSaid);
    setFacts({ ...entry.facts });
    setKept(new Set(entry.attachments.map((file) => file.id)));
    setFiles([]);
    if (fileInput) fileInput.value = '';
    setStatus('idle');
    formHeading?.focus();
  };

  const cancelEdit = () => {
    const entryId = editing()?.id;
    resetForm();
    setStatus('idle');
    document.getElementById(`log-entry-${entryId ?? ''}`)?.focus();
  };

  const toggleKept = (id: string, keep: boolean) => {
    const next = new Set(kept());
    if (keep) next.add(id);
    else next.delete(id);
    setKept(next);
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (platform().trim() === '') return setStatus('platform');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day()) || !/^\d{2}:\d{2}$/.test(clock())) return setStatus('time');
    const before = editing();
    const id = before?.id ?? newId();
    const uploads: AttachmentInput[] = files().map((file) => ({
      id: newId(),
      name: file.name,
      type: file.type || 'application/octet-stream',
      blob: file,
    }));
    const keptRefs = before ? before.attachments.filter((file) => kept().has(file.id)) : [];
    const refs: AttachmentRef[] = [
      ...keptRefs,
      ...uploads.map((u, i) => ({ id: u.id, name: u.name, type: u.type, size: files()[i]?.size ?? u.blob.size })),
    ];
    const nowIso = props.now().toISOString();
    // "Did not connect" applies to calls only; the other ticks are kept whatever the channel.
    const ticked = compactFacts(channel() === 'call' ? facts() : { ...facts(), connected: undefined });
    const entry: CollectionLogRecord = {
      id,
      profileId: props.profileId,
      at: isoFromLocal(day(), clock(), before ? editOffset() : start.offset),
      platform: platform().trim(),
      callerNumber: callerNumber().trim(),
      callerName: callerName().trim(),
      channel: channel(),
      contacted: contacted(),
      whatWasSaid: said(),
      ruleIds: before ? [...before.ruleIds] : [],
      ...(ticked ? { facts: ticked } : {}),
      attachments: refs,
      updatedAt: nowIso,
    };
    try {
      await props.store.save(entry, uploads);
      setStatus(before ? 'changed' : 'saved');
      resetForm();
    } catch {
      setStatus('failed');
    }
  };

  const remove = async (entry: CollectionLogRecord) => {
    if (!window.confirm(t('log.list.confirmDelete'))) return;
    await props.store.remove(entry.id).catch(() => setStatus('failed'));
    if (editing()?.id === entry.id) resetForm();
  };

  // Derived views.
  const lenderOf = (platform: string): LenderInput => props.lenderOf?.(platform) ?? 'unknown';
  const flagged = createMemo(() => flagLog(entries(), { lenderOf }));
  const platforms = createMemo(() => [...new Set(entries().map((e) => platformKey(e.platform)))].sort());
  const counts = createMemo(() => countByPlatform(entries(), { lenderOf }));
  const [filterPlatform, setFilterPlatform] = createSignal('');
  const [search, setSearch] = createSignal('');
  const [flaggedOnly, setFlaggedOnly] = createSignal(false);
  const visible = createMemo(() => {
    const q = search().trim().toLowerCase();
    const byId = new Map(entries().map((e) => [e.id, e] as const));
    return flagged()
      .map((f) => ({ entry: byId.get(f.entryId), flags: f }))
      .filter((x): x is { entry: CollectionLogRecord; flags: EntryFlags } => x.entry !== undefined)
      .filter(({ entry, flags }) => {
        if (filterPlatform() && platformKey(entry.platform) !== filterPlatform()) return false;
        if (flaggedOnly() && flags.flags.length === 0) return false;
        if (!q) return true;
        return [entry.platform, entry.callerNumber, entry.callerName, entry.whatWasSaid].some((s) =>
          s.toLowerCase().includes(q),
        );
      })
      .reverse();
  });
  const timeline = createMemo(() =>
    filterPlatform() ? countByDay(entries()).filter((d) => d.platform === filterPlatform()) : [],
  );

  // Dossier.
  const [showDossier, setShowDossier] = createSignal(false);
  const [dossierPlatform, setDossierPlatform] = createSignal('');
  const [personName, setPersonName] = createSignal('');
  const [personPhone, setPersonPhone] = createSignal('');
  const [personContract, setPersonContract] = createSignal('');
  const dossier = createMemo(() =>
    buildDossier(entries(), {
      lenderOf,
      platform: dossierPlatform() || undefined,
      person: {
        name: personName().trim() || undefined,
        phone: personPhone().trim() || undefined,
        accountOrContract: personContract().trim() || undefined,
      },
      preparedOn: localParts(props.now()).day,
    }),
  );
  const [thumbs] = createResource(
    () => ({
      store: props.store,
      images: showDossier()
        ? dossier().events.flatMap((e) => e.attachments.filter((a) => a.type.startsWith('image/')))
        : [],
    }),
    async ({ store, images }) => {
      const urls = new Map<string, string>();
      if (typeof URL.createObjectURL !== 'function') return urls;
      for (const image of images) {
        const blob = await store.attachmentBlob(image.id);
        if (blob) urls.set(image.id, URL.createObjectURL(blob));
      }
      return urls;
    },
  );
  onCleanup(() => {
    const urls = thumbs();
    if (urls && typeof URL.revokeObjectURL === 'function') for (const url of urls.values()) URL.revokeObjectURL(url);
  });

  const openAttachment = async (file: AttachmentRef) => {
    const blob = await props.store.attachmentBlob(file.id);
    if (!blob || typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(blob);
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const tick = (name: keyof CollectionLogFacts, value: boolean) => setFacts({ ...facts(), [name]: value || undefined });

  return (
    <div class="screen collection-log" classList={{ 'printing-dossier': showDossier() }} data-testid="collection-log">
      <h1>{t('log.title')}</h1>
      <p class="lead">{t('log.intro')}</p>
      <Show when={props.store.kind === 'memory'}>
        <p class="warning" role="status">
          {t('log.storageMemory')}
        </p>
      </Show>

      <section class="card" aria-labelledby="log-form-h">
        <h2 id="log-form-h" ref={formHeading} tabindex="-1">
          {editing() ? t('log.form.editTitle') : t('log.form.title')}
        </h2>
        <Show when={editing()}>
          {(entry) => (
            <p class="hint" data-testid="editing-note">
              {t('log.form.editing', { when: whenOf(entry()), platform: entry().platform || t('log.unknownPlatform') })}
            </p>
          )}
        </Show>
        <DraftNotice draft={entryDraft} />
        <form onSubmit={(e) => void save(e)} novalidate>
          <div class="field-grid">
            <div class="field">
              <label for="log-day">{t('log.form.date')}</label>
              <input id="log-day" type="date" value={day()} onInput={(e) => setDay(e.currentTarget.value)} required />
            </div>
            <div class="field">
              <label for="log-time">{t('log.form.time')}</label>
              <input
                id="log-time"
                type="time"
                value={clock()}
                onInput={(e) => setClock(e.currentTarget.value)}
                required
              />
            </div>
          </div>
          <div class="field">
            <label for="log-platform">{t('log.form.platform')}</label>
            <input
              id="log-platform"
              list="log-platforms"
              value={platform()}
              onInput={(e) => setPlatform(e.currentTarget.value)}
              autocomplete="off"
              required
            />
            <datalist id="log-platforms">
              <For each={platforms()}>{(p) => <option value={p} />}</For>
            </datalist>
          </div>
          <SelectField
            label={t('log.form.channel')}
            value={channel()}
            options={CHANNELS.map((c) => ({ value: c, label: t(`log.channel.${c}`) }))}
            onChange={setChannel}
          />
          <SelectField
            label={t('log.form.contacted')}
            value={contacted()}
            options={PARTIES.map((p) => ({ value: p, label: t(`log.contacted.${p}`) }))}
            onChange={setContacted}
          />
          <div class="field">
            <label for="log-number">{t('log.form.callerNumber')}</label>
            <input
              id="log-number"
              type="tel"
              inputmode="tel"
              value={callerNumber()}
              onInput={(e) => setCallerNumber(e.currentTarget.value)}
              autocomplete="off"
            />
          </div>
          <div class="field">
            <label for="log-name">{t('log.form.callerName')}</label>
            <input
              id="log-name"
              value={callerName()}
              onInput={(e) => setCallerName(e.currentTarget.value)}
              autocomplete="off"
            />
          </div>
          <div class="field">
            <label for="log-said">{t('log.form.said')}</label>
            <p id="log-said-hint" class="hint">
              {t('log.form.saidHint')}
            </p>
            <textarea
              id="log-said"
              rows="4"
              aria-describedby="log-said-hint"
              value={said()}
              onInput={(e) => setSaid(e.currentTarget.value)}
            />
          </div>
          <fieldset>
            <legend>{t('log.form.ticks')}</legend>
            <Show when={channel() === 'call'}>
              <CheckboxField
                label={t('log.fact.notConnected')}
                checked={facts().connected === false}
                onChange={(v) => setFacts({ ...facts(), connected: v ? false : undefined })}
              />
            </Show>
            <For each={TICKS}>
              {(name) => (
                <CheckboxField
                  label={t(`log.fact.${name}`)}
                  checked={facts()[name] === true}
                  onChange={(v) => tick(name, v)}
                />
              )}
            </For>
          </fieldset>
          <Show when={editing() !== undefined && (editing()?.attachments.length ?? 0) > 0}>
            <fieldset data-testid="kept-files">
              <legend>{t('log.form.keptFiles')}</legend>
              <For each={editing()?.attachments ?? []}>
                {(file) => (
                  <CheckboxField
                    label={t('log.form.keepFile', { name: file.name })}
                    checked={kept().has(file.id)}
                    onChange={(keep) => toggleKept(file.id, keep)}
                  />
                )}
              </For>
            </fieldset>
          </Show>
          <div class="field">
            <label for="log-files">{editing() ? t('log.form.addFiles') : t('log.form.attachments')}</label>
            <p id="log-files-hint" class="hint">
              {t('log.form.attachmentsHint')}
            </p>
            <input
              id="log-files"
              ref={fileInput}
              type="file"
              multiple
              accept="image/*,audio/*,video/*,application/pdf"
              aria-describedby="log-files-hint"
              onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
            />
            <Show when={files().length > 0}>
              <p class="hint" data-testid="files-not-kept">
                {draftsT(props.locale, 'draft.filesNotKept')}
              </p>
            </Show>
          </div>
          <Show when={status() !== 'idle'}>
            <p
              class={status() === 'saved' || status() === 'changed' ? 'hint' : 'error'}
              role={status() === 'saved' || status() === 'changed' ? 'status' : 'alert'}
            >
              {status() === 'saved'
                ? t('log.form.saved')
                : status() === 'changed'
                  ? t('log.form.changesSaved')
                  : status() === 'platform'
                    ? t('log.form.platformRequired')
                    : status() === 'time'
                      ? t('log.form.timeInvalid')
                      : t('log.form.failed')}
            </p>
          </Show>
          <div class="actions">
            <button type="submit">{editing() ? t('log.form.saveChanges') : t('log.form.save')}</button>
            <Show when={editing()}>
              <button type="button" onClick={cancelEdit}>
                {t('log.form.cancelEdit')}
              </button>
            </Show>
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="log-list-h">
        <h2 id="log-list-h">{t('log.list.title')}</h2>
        <SelectField
          label={t('log.list.filterPlatform')}
          value={filterPlatform()}
          options={[
            { value: '', label: t('log.list.allPlatforms') },
            ...platforms().map((p) => ({ value: p, label: p || t('log.unknownPlatform') })),
          ]}
          onChange={setFilterPlatform}
        />
        <div class="field">
          <label for="log-search">{t('log.list.search')}</label>
          <input
            id="log-search"
            type="search"
            placeholder={t('log.list.searchHint')}
            value={search()}
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
        </div>
        <CheckboxField label={t('log.list.flaggedOnly')} checked={flaggedOnly()} onChange={setFlaggedOnly} />

        <Show when={filterPlatform() && timeline().length > 0}>
          <h3 id="log-timeline-h">
            <Isolated text={t('log.timeline.title', { platform: user(filterPlatform()) })} />
          </h3>
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="log-timeline-h">
            <CardsTable
              testId="log-timeline"
              rows={timeline()}
              columns={[
                { label: () => t('log.timeline.day'), cell: (row) => <DayCell day={row.day} />, rowHeader: true },
                { label: () => t('log.counts.contacts'), cell: (row) => row.contacts },
                { label: () => t('log.counts.connectedCalls'), cell: (row) => row.connectedCalls },
                { label: () => t('log.timeline.unanswered'), cell: (row) => row.unansweredCalls },
                { label: () => t('log.counts.thirdParty'), cell: (row) => row.thirdPartyContacts },
              ]}
            />
          </div>
        </Show>

        <Show when={entries().length > 0} fallback={<p>{t('log.list.empty')}</p>}>
          <Show when={visible().length > 0} fallback={<p>{t('log.list.noMatch')}</p>}>
            <ol class="log-list" reversed>
              <For each={visible()}>
                {({ entry, flags }) => (
                  <li class="card log-entry" data-testid="log-entry" id={`log-entry-${entry.id}`} tabindex="-1">
                    <p>
                      <strong>{flags.local ? `${flags.local.day} ${flags.local.clock}` : entry.at}</strong> ·{' '}
                      {entry.platform || t('log.unknownPlatform')}
                    </p>
                    <p>
                      {t(`log.channel.${entry.channel}`)} · {t(`log.contacted.${entry.contacted}`)}
                      <Show when={entry.callerNumber || entry.callerName}>
                        {' '}
                        · {t('log.list.caller')}: {[entry.callerNumber, entry.callerName].filter(Boolean).join(' ')}
                      </Show>
                    </p>
                    <Show when={entry.whatWasSaid}>
                      <blockquote>{entry.whatWasSaid}</blockquote>
                    </Show>
                    <Show when={flags.flags.length > 0} fallback={<p class="muted">{t('log.list.noFlags')}</p>}>
                      <h3>{t('log.list.flags')}</h3>
                      <ul class="flags" data-testid="entry-flags">
                        <For each={flags.flags}>
                          {(flag) => (
                            <li data-rule={flag.ruleId}>
                              <p>
                                <strong>{pick(RULES[flag.ruleId].name, props.locale)}</strong>
                              </p>
                              <p>{pick(flag.message, props.locale)}</p>
                              <details>
                                <summary>{t('log.list.sources')}</summary>
                                <p>{pick(flag.explanation, props.locale)}</p>
                                <ul>
                                  <For each={cite(flag.sourceIds, props.locale)}>{(c) => <li>{c}</li>}</For>
                                </ul>
                              </details>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <Show when={entry.attachments.length > 0}>
                      <p>{t('log.list.attachments')}:</p>
                      <ul>
                        <For each={entry.attachments}>
                          {(file) => (
                            <li>
                              <button type="button" class="link" onClick={() => void openAttachment(file)}>
                                {file.name}
                              </button>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <div class="actions">
                      <button
                        type="button"
                        onClick={() => startEdit(entry)}
                        aria-label={t('log.list.editEntry', { when: whenOf(entry) })}
                      >
                        {t('log.list.edit')}
                      </button>
                      <button
                        type="button"
                        onClick={() => void remove(entry)}
                        aria-label={t('log.list.deleteEntry', { when: whenOf(entry) })}
                      >
                        {t('log.list.delete')}
                      </button>
                    </div>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Show>
      </section>

      <Show when={counts().length > 0}>
        <section class="card" aria-labelledby="log-counts-h">
          <h2 id="log-counts-h">{t('log.counts.title')}</h2>
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="log-counts-h">
            <CardsTable
              testId="platform-counts"
              rows={counts()}
              columns={[
                {
                  label: () => t('log.counts.platform'),
                  cell: (row) => row.platform || t('log.unknownPlatform'),
                  rowHeader: true,
                },
                { label: () => t('log.counts.contacts'), cell: (row) => row.contacts },
                { label: () => t('log.counts.connectedCalls'), cell: (row) => row.connectedCalls },
                { label: () => t('log.counts.maxPerDay'), cell: (row) => row.maxConnectedCallsInDay },
                { label: () => t('log.counts.thirdParty'), cell: (row) => row.thirdPartyContacts },
                { label: () => t('log.counts.night'), cell: (row) => row.nightContacts },
                { label: () => t('log.counts.flagged'), cell: (row) => row.flaggedEntries },
              ]}
            />
          </div>
        </section>
      </Show>

      <section class="card log-dossier" aria-labelledby="log-dossier-h">
        <div class="no-print">
          <h2 id="log-dossier-h">{t('log.dossier.title')}</h2>
          <p>{t('log.dossier.intro')}</p>
          <SelectField
            label={t('log.dossier.platform')}
            value={dossierPlatform()}
            options={[
              { value: '', label: t('log.list.allPlatforms') },
              ...platforms().map((p) => ({ value: p, label: p || t('log.unknownPlatform') })),
            ]}
            onChange={setDossierPlatform}
          />
          <div class="field">
            <label for="dossier-name">{t('log.dossier.name')}</label>
            <input
              id="dossier-name"
              value={personName()}
              onInput={(e) => setPersonName(e.currentTarget.value)}
              autocomplete="off"
            />
          </div>
          <div class="field">
            <label for="dossier-phone">{t('log.dossier.phone')}</label>
            <input
              id="dossier-phone"
              type="tel"
              value={personPhone()}
              onInput={(e) => setPersonPhone(e.currentTarget.value)}
              autocomplete="off"
            />
          </div>
          <div class="field">
            <label for="dossier-contract">{t('log.dossier.contract')}</label>
            <input
              id="dossier-contract"
              value={personContract()}
              onInput={(e) => setPersonContract(e.currentTarget.value)}
              autocomplete="off"
            />
          </div>
          <div class="actions">
            <button type="button" aria-expanded={showDossier()} onClick={() => setShowDossier(!showDossier())}>
              {showDossier() ? t('log.dossier.hide') : t('log.dossier.show')}
            </button>
          </div>
        </div>
        <Show when={showDossier()}>
          <DossierPrint
            locale={props.outputLocale ?? props.locale}
            dossier={dossier()}
            thumbnailUrl={(id) => thumbs()?.get(id)}
          />
        </Show>
      </section>
    </div>
  );
}
