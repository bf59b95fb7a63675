/**
 * The ordered, append-only list of migration steps, and the pure snapshot chain backups use.
 *
 * Add a step: write schema/vN.ts, migrations/000N-name.ts, append it here, add its
 * `oldVersion < N` block in db.ts, and its test. migrations.test.ts checks the list is
 * contiguous and that every step runs when a version 1 database is opened.
 */
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-entered-rate-and-revision';
import { migration0003 } from './0003-log-attachments';
import { migration0004 } from './0004-log-facts';
import { migration0005 } from './0005-counsellor-sessions';
import { migration0006 } from './0006-negotiation-details';
import type { MigrationStep } from './types';

export const MIGRATIONS: readonly MigrationStep[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

/** The version the current code writes. */
export const CURRENT_SCHEMA_VERSION = 6;

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
