/**
 * Migration 1: create the version 1 stores. No data to transform.
 * Frozen: this is how every Shore database began; never edit it.
 */
import type { MigrationStep, UpgradeDatabase } from './types';

function createStoresV1(db: UpgradeDatabase): void {
  db.createObjectStore('profiles', { keyPath: 'id' });
  const debts = db.createObjectStore('debts', { keyPath: 'id' });
  debts.createIndex('profileId', 'profileId');
  db.createObjectStore('budgets', { keyPath: 'profileId' });
  db.createObjectStore('planSettings', { keyPath: 'profileId' });
  const negotiations = db.createObjectStore('negotiations', { keyPath: 'id' });
  negotiations.createIndex('profileId', 'profileId');
  const log = db.createObjectStore('collectionLog', { keyPath: 'id' });
  log.createIndex('profileId', 'profileId');
  db.createObjectStore('settings');
  db.createObjectStore('meta');
}

export const migration0001: MigrationStep = {
  version: 1,
  name: 'initial',
  structure: (db) => createStoresV1(db),
  rows: {},
  snapshot: (data) => data,
};
