/**
 * Migration 11: a client's output language and the counsellor's practice records (issue 18).
 * A profile may carry `outputLocale`; a counsellor session may carry `consent`,
 * `nextAppointment`, `counsellorContact` and `caseStatus`. All are optional (absent: the screen's
 * language, nothing recorded, case active), so no store or record changes: no structure, no row
 * transforms, and a version 10 backup is already a valid version 11 one. Pure; imports only frozen
 * schemas.
 */
import type { SnapshotV10 } from '../schema/v10';
import type { SnapshotV11 } from '../schema/v11';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV10toV11(data: SnapshotV10): SnapshotV11 {
  return data;
}

export const migration0011: MigrationStep = {
  version: 11,
  name: 'client-practice',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV10toV11),
};
