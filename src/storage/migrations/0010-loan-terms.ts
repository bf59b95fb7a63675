/**
 * Migration 10: debts may carry how their lender charges them, who the lender is, and the
 * real-annual-rate check; settings may carry an LPR history (issue 16). Every new field is
 * optional, so a version 9 row is already a valid version 10 row: the step changes no row and adds
 * no store. It exists so that the version number says which fields a row or a backup may hold
 * (a version 9 validator refuses the new fields). Pure; imports only frozen schemas.
 */
import type { SnapshotV9 } from '../schema/v9';
import type { SnapshotV10 } from '../schema/v10';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV9toV10(data: SnapshotV9): SnapshotV10 {
  return data;
}

export const migration0010: MigrationStep = {
  version: 10,
  name: 'loan-terms',
  structure: () => undefined,
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV9toV10),
};
