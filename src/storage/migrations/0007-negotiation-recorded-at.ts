/**
 * Migration 7: every negotiation event gets `recordedAt`, the moment it was first recorded, which
 * later edits keep. Events of the same moment are ordered by it, so editing one (an amount typo,
 * a note) no longer moves it after the others of its day.
 *
 * Until version 7 events could not be edited, so a stored event's `updatedAt` is the moment it
 * was recorded (or copied with its profile, or imported): the transform copies it. Nothing else
 * changes. Pure; imports only frozen schemas, never live code.
 *
 * Like every row transform, it only ever sees clear version 6 rows: the upgrade runs it over
 * clear rows, and a row sealed under the passphrase lock goes through it when opened, if it was
 * sealed at version 6 or earlier (its `sealed.v`; cryptoRecords.openRow, ADR 0004).
 */
import type { NegotiationRowV6, SnapshotV6 } from '../schema/v6';
import type { NegotiationRowV7, SnapshotV7 } from '../schema/v7';
import { rowTransform, snapshotTransform, type MigrationStep } from './types';

export function migrateNegotiationV6toV7(row: NegotiationRowV6): NegotiationRowV7 {
  return { ...row, recordedAt: row.updatedAt };
}

export function migrateSnapshotV6toV7(data: SnapshotV6): SnapshotV7 {
  return { ...data, negotiations: data.negotiations.map(migrateNegotiationV6toV7) };
}

export const migration0007: MigrationStep = {
  version: 7,
  name: 'negotiation-recorded-at',
  structure: () => undefined,
  rows: { negotiations: rowTransform(migrateNegotiationV6toV7) },
  snapshot: snapshotTransform(migrateSnapshotV6toV7),
};
