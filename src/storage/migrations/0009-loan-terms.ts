/**
 * Migration 9: debts may carry how their lender charges them, who the lender is, and the
 * real-annual-rate check; settings may carry an LPR history (issue 16). Every new field is
 * optional, so a version 8 row is already a valid version 9 row: the step changes no row and adds
 * no store. It exists so that the version number says which fields a row or a backup may hold
 * (a version 8 validator refuses the new fields). Pure; imports only frozen schemas.
 */
import type { SnapshotV8 } from '../schema/v8';
import type { SnapshotV9 } from '../schema/v9';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV8toV9(data: SnapshotV8): SnapshotV9 {
  return data;
}

export const migration0009: MigrationStep = {
  version: 9,
  name: 'loan-terms',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV8toV9),
};
