/**
 * Migration 8: a debt no longer stores the rate normalised for the engine (`dailyRate` /
 * `monthlyRate`). Nothing ever read it: the engine's input is computed from `enteredRate`, the rate
 * as the person typed it, which every debt has had since version 2. The transform drops the two
 * fields and keeps everything else. Pure; imports only frozen schemas, never live code.
 *
 * Like every row transform, it only ever sees clear version 7 rows: the upgrade runs it over clear
 * rows, and a row sealed under the passphrase lock goes through it when opened, if it was sealed
 * at version 7 or earlier (its `sealed.v`; cryptoRecords.openRow, ADR 0004). It changes neither
 * the key nor a clear field.
 */
import type { DebtRowV7, SnapshotV7 } from '../schema/v7';
import type { DebtRowV8, SnapshotV8 } from '../schema/v8';
import { rowTransform, snapshotTransform, type MigrationStep } from './types';

export function migrateDebtV7toV8(row: DebtRowV7): DebtRowV8 {
  const { dailyRate: _daily, monthlyRate: _monthly, ...kept } = row;
  return kept;
}

export function migrateSnapshotV7toV8(data: SnapshotV7): SnapshotV8 {
  return { ...data, debts: data.debts.map(migrateDebtV7toV8) };
}

export const migration0008: MigrationStep = {
  version: 8,
  name: 'drop-stored-engine-rate',
  structure: () => undefined,
  rows: { debts: rowTransform(migrateDebtV7toV8) },
  snapshot: snapshotTransform(migrateSnapshotV7toV8),
};
