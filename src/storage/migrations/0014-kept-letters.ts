/**
 * Migration 14: the letters a person copied, shared or printed (issue 14). A plan settings record
 * may carry `keptLetters`; it is optional (absent: none kept), so no store or record changes: no
 * structure, no row transforms, and a version 13 backup is already a valid version 14 one. Sealed
 * under the lock like every non-id field of plan settings. Pure; imports only frozen schemas.
 */
import type { SnapshotV13 } from '../schema/v13';
import type { SnapshotV14 } from '../schema/v14';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV13toV14(data: SnapshotV13): SnapshotV14 {
  return data;
}

export const migration0014: MigrationStep = {
  version: 14,
  name: 'kept-letters',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV13toV14),
};
