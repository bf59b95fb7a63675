/**
 * The shape of one numbered migration step.
 *
 * A step turns a version N-1 database (or backup snapshot) into version N. `structure` creates
 * stores and indexes inside the upgrade transaction; `rows` are pure per-record transforms over
 * frozen schema types, run over every existing record of the named store; `snapshot` applies the
 * same transforms to a backup file's data. Steps are append-only: never edit a released one.
 *
 * A row transform sees only clear rows of the version it was written for. Rows sealed under the
 * passphrase lock are not readable during the upgrade: they get the same transforms, in order,
 * when they are opened (migrateRow, from the version recorded on the row). So a row transform
 * must depend on the row alone, and must not change the record's key or its clear fields
 * (cryptoRecords.CLEAR_FIELDS: a sealed row's stored ids and indexes stay as they were until it
 * is rewritten). A change that needs more (moving records between stores, new keys) must be
 * designed for sealed rows separately.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** The untyped database and transaction a step sees during `upgrade` (types are per version). */
export type UpgradeDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Pure transform of one stored record; must not read the clock, the network or live code. */
export type RowTransform = (row: unknown) => unknown;

export interface MigrationStep {
  /** The schema version this step produces (contiguous: 1, 2, 3, …). */
  readonly version: number;
  /** Kebab-case name, the same as the file name after the number. */
  readonly name: string;
  /** Synchronous store/index changes; runs before `rows`. */
  readonly structure: (db: UpgradeDatabase, tx: UpgradeTransaction) => void;
  /** Per-store record transforms: the upgrade applies them to every clear record of that store, openRow to sealed ones. */
  readonly rows: Readonly<Record<string, RowTransform>>;
  /** The same change applied to a whole backup snapshot (plain data, attachments as base64). */
  readonly snapshot: (data: unknown) => unknown;
}

/**
 * Wrap a typed pure transform for the step table. The cast is sound because the upgrade only
 * calls it on records of the version the function was written for.
 */
export function rowTransform<From, To>(transform: (row: From) => To): RowTransform {
  return (row: unknown) => transform(row as From);
}

/** Same for a snapshot transform. */
export function snapshotTransform<From, To>(transform: (data: From) => To): (data: unknown) => unknown {
  return (data: unknown) => transform(data as From);
}
