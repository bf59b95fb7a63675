/**
 * Migration 5: counsellor mode. A new `counsellorSessions` store, one record per profile keyed
 * by `profileId` (like budgets and plan settings), holds a guided session's progress, its
 * choices, the handover baseline and the follow-up reviews. Settings gain an optional `discreet`
 * flag; no existing record changes (absent means off), so there are no row transforms.
 * Pure; imports only frozen schemas.
 */
import type { SnapshotV4 } from '../schema/v4';
import type { SnapshotV5 } from '../schema/v5';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV4toV5(data: SnapshotV4): SnapshotV5 {
  return { ...data, counsellorSessions: [] };
}

export const migration0005: MigrationStep = {
  version: 5,
  name: 'counsellor-sessions',
  structure: (db) => {
    db.createObjectStore('counsellorSessions', { keyPath: 'profileId' });
  },
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV4toV5),
};
