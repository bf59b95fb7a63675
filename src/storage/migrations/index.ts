/**
 * The ordered, append-only list of migration steps, the pure snapshot chain backups use, and the
 * per-row chain rows sealed under the passphrase lock go through when they are opened.
 *
 * Add a step: write schema/vN.ts, migrations/000N-name.ts, append it here, add its
 * `oldVersion < N` block in db.ts, and its test. migrations.test.ts checks the list is
 * contiguous and that every step runs when a version 1 database is opened; the sealed-row tests
 * (sealedRows.test.ts) check that a locked database opens to what a clear one holds.
 */
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-entered-rate-and-revision';
import { migration0003 } from './0003-log-attachments';
import { migration0004 } from './0004-log-facts';
import { migration0005 } from './0005-counsellor-sessions';
import { migration0006 } from './0006-negotiation-details';
import { migration0007 } from './0007-negotiation-recorded-at';
import { migration0008 } from './0008-drop-stored-engine-rate';
import { migration0009 } from './0009-payments';
import { migration0010 } from './0010-loan-terms';
import { migration0011 } from './0011-client-practice';
import { migration0012 } from './0012-drafts';
import { migration0013 } from './0013-counsellor-notes';
import { migration0014 } from './0014-kept-letters';
import type { MigrationStep } from './types';

export const MIGRATIONS: readonly MigrationStep[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
];

/** The version the current code writes. */
export const CURRENT_SCHEMA_VERSION = 14;

/**
 * Bring one record of `store` whose shape is schema `fromVersion` up to CURRENT_SCHEMA_VERSION
 * through every later step's row transform for that store, in order: what the upgrade does to
 * a clear row. cryptoRecords.openRow calls it for a row sealed under the lock, which the upgrade
 * could not read (it records the version instead: `sealed.v`). Each transform runs at most once
 * per row and only on rows of the version it was written for, so none needs to be idempotent.
 */
export function migrateRow(store: string, row: unknown, fromVersion: number): unknown {
  let current = row;
  for (const step of MIGRATIONS) {
    const transform = step.version > fromVersion ? step.rows[store] : undefined;
    if (transform !== undefined) current = transform(current);
  }
  return current;
}

/**
 * Bring a backup snapshot written at `fromVersion` up to CURRENT_SCHEMA_VERSION through every
 * step's pure `snapshot` transform. The input must already be valid for `fromVersion`.
 */
export function migrateSnapshot(data: unknown, fromVersion: number): unknown {
  let current = data;
  for (const step of MIGRATIONS) {
    if (step.version > fromVersion) current = step.snapshot(current);
  }
  return current;
}

export type { MigrationStep } from './types';
