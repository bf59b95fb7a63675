/**
 * Migration 12: the letters a person copied, shared or printed (issue 14). A plan settings record
 * may carry `keptLetters`; it is optional (absent: none kept), so no store or record changes: no
 * structure, no row transforms, and a version 11 backup is already a valid version 12 one. Sealed
 * under the lock like every non-id field of plan settings. Pure; imports only frozen schemas.
 */
import type { SnapshotV11 } from '../schema/v11';
import type { SnapshotV12 } from '../schema/v12';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV11toV12(data: SnapshotV11): SnapshotV12 {
  return data;
}

export const migration0012: MigrationStep = {
  version: 12,
  name: 'kept-letters',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV11toV12),
};
