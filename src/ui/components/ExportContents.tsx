/**
 * What a client's backup file contains (issue 18), from the contents storage read with the very
 * data the file was written from (`DataServices.prepareExport`): the client's name, each kind of
 * record with its count (kinds with none left out), and what is not included: the counsellor's
 * private notes, which no file carries.
 */
import { For } from 'solid-js';
import type { BackupContentsView } from '../state/services';
import { Isolated, user } from './UserText';
import { useNotesText, type NotesT } from './notesText';
import type { NotesKey } from '../../i18n/notes.en';

/** Each store of a file, in the order the list names them; `counted`: said with its number. */
const ITEMS: readonly { store: string; key: NotesKey; counted: boolean }[] = [
  { store: 'debts', key: 'contents.debts', counted: true },
  { store: 'collectionLog', key: 'contents.collectionLog', counted: true },
  { store: 'negotiations', key: 'contents.negotiations', counted: true },
  { store: 'payments', key: 'contents.payments', counted: true },
  { store: 'attachments', key: 'contents.attachments', counted: true },
  { store: 'budgets', key: 'contents.budget', counted: false },
  { store: 'planSettings', key: 'contents.planSettings', counted: false },
  { store: 'counsellorSessions', key: 'contents.counsellorSession', counted: false },
];

/** The file's items as sentences, e.g. "3笔欠款", "12条催收记录" (the profile itself always). */
export function contentItems(contents: BackupContentsView, nt: NotesT): string[] {
  const items = [nt('contents.profile')];
  for (const item of ITEMS) {
    const count = contents.counts[item.store] ?? 0;
    if (count > 0) items.push(nt(item.key, { count }));
  }
  if (contents.hasSettings) items.push(nt('contents.settings'));
  return items;
}

export function ExportContents(props: { readonly contents: BackupContentsView }) {
  const nt = useNotesText();
  return (
    <div class="stack" data-testid="export-contents" role="group" aria-label={nt('contents.title')}>
      <h5>{nt('contents.title')}</h5>
      <For each={props.contents.names}>
        {(name) => (
          <p data-testid="export-contents-client">
            <Isolated text={nt('contents.for', { name: name === '' ? nt('contents.unnamed') : user(name) })} />
          </p>
        )}
      </For>
      <ul data-testid="export-contents-items">
        <For each={contentItems(props.contents, nt)}>{(item) => <li>{item}</li>}</For>
      </ul>
      <p data-testid="export-contents-excluded">{nt('contents.notIncluded')}</p>
    </div>
  );
}
