/**
 * Unsaved form drafts (issue 13): what a person typed in a form and has not saved yet, one row per
 * profile and form in the `drafts` store (schema 12). Both repositories build and check rows here.
 *
 * A draft is not a record: writing one never bumps the profile's revision, is never announced to
 * other tabs, and no backup, handover file or pack carries it. Under the passphrase lock it is
 * sealed like every other row (written through sealedWrite); deleting a profile or wiping removes it.
 */
import type { ProfileId } from '../domain/records';
import { InvalidRecordError } from './errors';
import type { DraftRowV12 } from './schema/v12';

/** One kept draft as the UI reads it. */
export interface Draft {
  formKey: string;
  /** The form's own plain JSON value. */
  value: unknown;
  /** ISO 8601: when it was kept. */
  updatedAt: string;
}

/** The largest draft kept, as JSON characters (a form, not a file: attachments are never drafted). */
export const DRAFT_MAX_CHARS = 200_000;

/** Form keys: short ASCII names and ids (`debt:new`, `debt:<uuid>`, `scripts`), never typed text. */
const FORM_KEY = /^[A-Za-z0-9:_-]{1,120}$/;

export function draftId(profileId: string, formKey: string): string {
  return `${profileId}/${formKey}`;
}

/** The row that keeps `value` as the draft of `formKey`. @throws InvalidRecordError (nothing written). */
export function draftRow(profileId: ProfileId, formKey: string, value: unknown, moment: string): DraftRowV12 {
  if (!FORM_KEY.test(formKey)) throw new InvalidRecordError('drafts', 'formKey', 'not a form key');
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new InvalidRecordError('drafts', 'value', 'not plain JSON');
  if (text.length > DRAFT_MAX_CHARS) throw new InvalidRecordError('drafts', 'value', 'too long');
  return { id: draftId(profileId, formKey), profileId, formKey, value: JSON.parse(text) as unknown, updatedAt: moment };
}

/** The UI's view of stored rows, oldest first. */
export function draftsOf(rows: readonly DraftRowV12[]): Draft[] {
  return rows
    .map(({ formKey, value, updatedAt }) => ({ formKey, value, updatedAt }))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
}
