/**
 * Migration 10: a client's output language and the counsellor's practice records (issue 18).
 * A profile may carry `outputLocale`; a counsellor session may carry `consent`,
 * `nextAppointment`, `counsellorContact` and `caseStatus`. All are optional (absent: the screen's
 * language, nothing recorded, case active), so no store or record changes: no structure, no row
 * transforms, and a version 9 backup is already a valid version 10 one. Pure; imports only frozen
 * schemas.
 */
import type { SnapshotV9 } from '../schema/v9';
import type { SnapshotV10 } from '../schema/v10';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV9toV10(data: SnapshotV9): SnapshotV10 {
  return data;
}

export const migration0010: MigrationStep = {
  version: 10,
  name: 'client-practice',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV9toV10),
};
