/**
 * Migration 12: unsaved form drafts (issue 13). A new `drafts` store (keyed by `id` =
 * `<profileId>/<formKey>`, indexed by `profileId`) keeps what a person typed and has not saved.
 * No existing record changes (no row transforms), and backups carry no drafts, so a version 11
 * snapshot is already a version 12 one. Pure; imports only frozen schemas.
 */
import type { SnapshotV11 } from '../schema/v11';
import type { SnapshotV12 } from '../schema/v12';
import { snapshotTransform, type MigrationStep } from './types';

export function migrateSnapshotV11toV12(data: SnapshotV11): SnapshotV12 {
  return data;
}

export const migration0012: MigrationStep = {
  version: 12,
  name: 'drafts',
  structure: (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('profileId', 'profileId');
  },
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV11toV12),
};
