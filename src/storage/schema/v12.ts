/**
 * Frozen record shapes of schema version 12: unsaved form drafts (issue 13).
 *
 * A new `drafts` store keeps what a person typed in a form they have not saved yet, one row per
 * profile and form (`id` = `<profileId>/<formKey>`, indexed by `profileId`), so it survives
 * switching screens, a reload and the auto-lock's reload. `value` is the form's own plain JSON.
 * Drafts are unsaved work: they are sealed under the lock like every other row, but are not part
 * of backups, handover files or packs, so a version 12 snapshot is a version 11 one.
 *
 * Every other record keeps its version 11 shape.
 *
 * DO NOT EDIT once released: add v13.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code.
 */
import { STORES_V11, type SnapshotV11 } from './v11';

export const SCHEMA_V12 = 12;

export const STORES_V12 = [...STORES_V11, 'drafts'] as const;
export type StoreNameV12 = (typeof STORES_V12)[number];

/** One unsaved form of one profile. */
export interface DraftRowV12 {
  /** `<profileId>/<formKey>`. */
  id: string;
  profileId: string;
  /** Which form: e.g. `debt:new`, `debt:<debt id>`, `budget`, `scripts`. Never typed text. */
  formKey: string;
  /** What the form holds, as plain JSON. */
  value: unknown;
  /** ISO 8601: when it was last kept. */
  updatedAt: string;
}

/** Backups carry no drafts. */
export type SnapshotV12 = SnapshotV11;
