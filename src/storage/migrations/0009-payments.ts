/**
 * Migration 9: plan against reality (issue 17). A new `payments` store (keyed by `id`, indexed by
 * `profileId` like debts) holds what happened with each platform: payments made or missed, new
 * charges, and balances read from the lender's app. Plan settings may carry a `baseline` and a
 * budget `events`; both are optional, so no existing record changes and there are no row
 * transforms. Pure; imports only frozen schemas.
 */
import type { SnapshotV8 } from '../schema/v8';
import type { SnapshotV9 } from '../schema/v9';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV8toV9(data: SnapshotV8): SnapshotV9 {
  return { ...data, payments: [] };
}

export const migration0009: MigrationStep = {
  version: 9,
  name: 'payments',
  structure: (db) => {
    const payments = db.createObjectStore('payments', { keyPath: 'id' });
    payments.createIndex('profileId', 'profileId');
  },
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV8toV9),
};
