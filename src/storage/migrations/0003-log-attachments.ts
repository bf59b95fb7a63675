/**
 * Migration 3: collection-log entries record who was contacted and list their attachments;
 * attachment Blobs get their own store (indexed by logId and profileId); the log gains a
 * [profileId, at] index so a profile's log reads in time order.
 *
 * Existing v2 entries were all about the person themself (`contacted: 'me'`) and had no
 * attachments. Pure; imports only frozen schemas.
 */
import type { CollectionLogRowV2, SnapshotV2 } from '../schema/v2';
import type { CollectionLogRowV3, SnapshotV3 } from '../schema/v3';
import { rowTransform, snapshotTransform, type MigrationStep } from './types';

export function migrateLogV2toV3(row: CollectionLogRowV2): CollectionLogRowV3 {
  return { ...row, contacted: 'me', attachments: [] };
}

export function migrateSnapshotV2toV3(data: SnapshotV2): SnapshotV3 {
  return { ...data, collectionLog: data.collectionLog.map(migrateLogV2toV3), attachments: [] };
}

export const migration0003: MigrationStep = {
  version: 3,
  name: 'log-attachments',
  structure: (db, tx) => {
    const attachments = db.createObjectStore('attachments', { keyPath: 'id' });
    attachments.createIndex('logId', 'logId');
    attachments.createIndex('profileId', 'profileId');
    tx.objectStore('collectionLog').createIndex('profileId_at', ['profileId', 'at']);
  },
  rows: { collectionLog: rowTransform(migrateLogV2toV3) },
  snapshot: snapshotTransform(migrateSnapshotV2toV3),
};
