/**
 * Migration 2: debts gain `enteredRate` (the rate as the person typed it), profiles a `revision`.
 *
 * Version 1 kept only the normalised rate ("0.0005" a day), so the entered rate is rebuilt from
 * it as a percentage of the same unit ("0.05" % a day), which is what the person saw. A v1 debt
 * with no rate at all (never valid, but possible in a hand-edited backup) gets a zero daily rate.
 * Profiles start at revision 1. Pure; imports only frozen schemas.
 */
import type { DebtRowV1, ProfileRowV1, SnapshotV1 } from '../schema/v1';
import type { DebtRowV2, EnteredRateV2, ProfileRowV2, SnapshotV2 } from '../schema/v2';
import { rowTransform, snapshotTransform, type MigrationStep } from './types';

/**
 * Multiply a plain decimal string by 100 exactly, by moving the point: "0.0005" → "0.05",
 * "0.015" → "1.5", "2" → "200". Kept here (not imported) so this migration never changes.
 */
export function percentFromFraction(fraction: string): string {
  const [whole = '0', decimals = ''] = fraction.split('.');
  const padded = decimals.padEnd(2, '0');
  const newWhole = (whole + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const newDecimals = padded.slice(2).replace(/0+$/, '');
  return newDecimals === '' ? newWhole : `${newWhole}.${newDecimals}`;
}

function enteredRateFromV1(row: DebtRowV1): EnteredRateV2 {
  if (row.monthlyRate !== undefined && row.dailyRate === undefined) {
    return { unit: 'monthly-percent', percent: percentFromFraction(row.monthlyRate) };
  }
  return { unit: 'daily-percent', percent: percentFromFraction(row.dailyRate ?? '0') };
}

export function migrateDebtV1toV2(row: DebtRowV1): DebtRowV2 {
  const enteredRate = enteredRateFromV1(row);
  const normalised = row.dailyRate === undefined && row.monthlyRate === undefined ? { dailyRate: '0' } : {};
  return { ...row, ...normalised, enteredRate };
}

export function migrateProfileV1toV2(row: ProfileRowV1): ProfileRowV2 {
  return { ...row, revision: 1 };
}

export function migrateSnapshotV1toV2(data: SnapshotV1): SnapshotV2 {
  return {
    ...data,
    profiles: data.profiles.map(migrateProfileV1toV2),
    debts: data.debts.map(migrateDebtV1toV2),
  };
}

export const migration0002: MigrationStep = {
  version: 2,
  name: 'entered-rate-and-revision',
  structure: () => undefined,
  rows: {
    profiles: rowTransform(migrateProfileV1toV2),
    debts: rowTransform(migrateDebtV1toV2),
  },
  snapshot: snapshotTransform(migrateSnapshotV1toV2),
};
