/**
 * What a client's backup file contains (issue 18), shown before the file is saved (the data page
 * and the session's handover): the client's name, each kind of record with its count (kinds with
 * none left out), and what is not included: the counsellor's private notes, which no file carries.
 *
 * `createClientFile` reads the file's data through `DataServices.prepareExport` when the screen
 * opens, and again when the file is saved: the file is written from that very read and the list
 * then shows what was written, so the list and the file cannot differ.
 */
import { For, Show, createSignal, createUniqueId, onMount } from 'solid-js';
import type { ProfileId } from '../../domain/records';
import { usePlanner } from '../state/PlannerProvider';
import { useServices, type BackupContentsView } from '../state/services';
import { Isolated, user } from './UserText';
import { useNotesText, type NotesT } from './notesText';
import type { NotesKey } from '../../i18n/notes.en';

/** Each store of a file, in the order the list names them. */
const ITEMS: readonly { store: string; key: NotesKey }[] = [
  { store: 'debts', key: 'contents.debts' },
  { store: 'negotiations', key: 'contents.negotiations' },
  { store: 'collectionLog', key: 'contents.collectionLog' },
  { store: 'attachments', key: 'contents.attachments' },
  { store: 'payments', key: 'contents.payments' },
  { store: 'budgets', key: 'contents.budget' },
  { store: 'planSettings', key: 'contents.planSettings' },
  { store: 'counsellorSessions', key: 'contents.counsellorSession' },
];

/** The file's items as phrases, e.g. "3笔欠款", "12条催收记录" (the profile itself always first). */
export function contentItems(contents: BackupContentsView, nt: NotesT): string[] {
  const items = [nt('contents.profile')];
  for (const item of ITEMS) {
    const count = contents.counts[item.store] ?? 0;
    if (count > 0) items.push(nt(item.key, { count }));
  }
  if (contents.hasSettings) items.push(nt('contents.settings'));
  return items;
}

/** One client's file: what it holds now (read when the screen opens), and writing it from one read. */
export interface ClientFile {
  readonly contents: () => BackupContentsView | undefined;
  /** Reads the client's data once, shows what it holds and gives the file text written from it. */
  write(profileId: ProfileId, passphrase?: string): Promise<string>;
}

/** Call in a component: reads the file of `profileId()` (if any) once mounted. */
export function createClientFile(profileId: () => ProfileId | undefined): ClientFile {
  const planner = usePlanner();
  const services = useServices();
  const [contents, setContents] = createSignal<BackupContentsView>();
  const read = async (id: ProfileId) => {
    await planner.actions.flush();
    const prepared = await services.data.prepareExport({ profileId: id });
    setContents(prepared.contents);
    return prepared;
  };
  onMount(() => {
    const id = profileId();
    // Where nothing can be read (no device storage), there is no list and saving says why.
    if (id !== undefined) void read(id).catch(() => setContents(undefined));
  });
  return {
    contents,
    async write(id, passphrase) {
      return (await read(id)).save(passphrase);
    },
  };
}

export function ExportContents(props: { readonly contents: BackupContentsView | undefined }) {
  const nt = useNotesText();
  const id = createUniqueId();
  return (
    <Show when={props.contents}>
      {(contents) => (
        <div class="stack" data-testid="export-contents" role="group" aria-labelledby={`${id}-title`}>
          <h4 id={`${id}-title`}>{nt('contents.title')}</h4>
          <For each={contents().names}>
            {(name) => (
              <p data-testid="export-contents-client">
                <Isolated text={nt('contents.for', { name: name === '' ? nt('contents.unnamed') : user(name) })} />
              </p>
            )}
          </For>
          <ul data-testid="export-contents-items">
            <For each={contentItems(contents(), nt)}>{(item) => <li>{item}</li>}</For>
          </ul>
          <p data-testid="export-contents-excluded">{nt('contents.notIncluded')}</p>
        </div>
      )}
    </Show>
  );
}
