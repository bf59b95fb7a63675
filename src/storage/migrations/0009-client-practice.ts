/**
 * Migration 9: a client's output language and the counsellor's practice records (issue 18).
 * A profile may carry `outputLocale`; a counsellor session may carry `consent`,
 * `nextAppointment`, `counsellorContact` and `caseStatus`. All are optional (absent: the screen's
 * language, nothing recorded, case active), so no store or record changes: no structure, no row
 * transforms, and a version 8 backup is already a valid version 9 one. Pure; imports only frozen
 * schemas.
 */
import type { SnapshotV8 } from '../schema/v8';
import type { SnapshotV9 } from '../schema/v9';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV8toV9(data: SnapshotV8): SnapshotV9 {
  return data;
}

export const migration0009: MigrationStep = {
  version: 9,
  name: 'client-practice',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV8toV9),
};
