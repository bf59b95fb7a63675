/**
 * Migration 4: the facts a person ticks on a collection-log entry move out of `ruleIds`.
 *
 * Until version 4 the log page stored them as tokens inside the entry's `ruleIds` list:
 * `fact:<name>` for a ticked fact (threatened, insulted, …) and `fact:notConnected` for a call
 * that did not connect. Version 4 keeps them in the entry's own optional `facts` object and
 * `ruleIds` holds rule ids only. Tokens this release never wrote (any other `fact:*`) are left in
 * `ruleIds` untouched, so nothing a person stored is lost. An entry with no fact tokens gets no
 * `facts` field. Pure; imports only frozen schemas.
 */
import type { CollectionLogRowV3, SnapshotV3 } from '../schema/v3';
import type { CollectionLogFactsV4, CollectionLogRowV4, SnapshotV4 } from '../schema/v4';
import { rowTransform, snapshotTransform, type MigrationStep } from './types';

/** The tokens version 3 wrote, and the fact each one stands for. */
const TOKENS: Readonly<Record<string, Readonly<CollectionLogFactsV4>>> = {
  'fact:notConnected': { connected: false },
  'fact:threatened': { threatened: true },
  'fact:insulted': { insulted: true },
  'fact:impersonated': { impersonated: true },
  'fact:claimedGuarantor': { claimedGuarantor: true },
  'fact:askedPersonalAccount': { askedPersonalAccount: true },
  'fact:pushedNewBorrowing': { pushedNewBorrowing: true },
  'fact:disclosedDebt': { disclosedDebt: true },
  'fact:agreedTime': { agreedTime: true },
};

export function migrateLogV3toV4(row: CollectionLogRowV3): CollectionLogRowV4 {
  const ruleIds: string[] = [];
  let facts: CollectionLogFactsV4 | undefined;
  for (const id of row.ruleIds) {
    const fact = Object.hasOwn(TOKENS, id) ? TOKENS[id] : undefined;
    if (fact === undefined) ruleIds.push(id);
    else facts = { ...facts, ...fact };
  }
  return facts === undefined ? { ...row, ruleIds } : { ...row, ruleIds, facts };
}

export function migrateSnapshotV3toV4(data: SnapshotV3): SnapshotV4 {
  return { ...data, collectionLog: data.collectionLog.map(migrateLogV3toV4) };
}

export const migration0004: MigrationStep = {
  version: 4,
  name: 'log-facts',
  structure: () => undefined,
  rows: { collectionLog: rowTransform(migrateLogV3toV4) },
  snapshot: snapshotTransform(migrateSnapshotV3toV4),
};
