/**
 * Tests and benchmarks only: writes the QR handover's target client (src/handover/targetClient.ts,
 * issue 18's 12 debts, 30 negotiation events and 60 log entries) into a database, as plain rows
 * in one transaction, the way bench/storageData.ts seeds its profiles.
 */
import { targetClientRecords, type TargetClientRecords } from '../handover/targetClient';
import type { ShoreDb } from './db';

/** Write the target client into `db`; returns its records. */
export async function seedTargetClient(db: ShoreDb, seed?: number): Promise<TargetClientRecords> {
  const client = targetClientRecords(seed);
  const tx = db.transaction(
    ['profiles', 'debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog', 'counsellorSessions'],
    'readwrite',
  );
  await Promise.all([
    tx.objectStore('profiles').put(client.profile),
    tx.objectStore('budgets').put(client.budget),
    tx.objectStore('planSettings').put(client.planSettings),
    tx.objectStore('counsellorSessions').put(client.counsellorSession),
    ...client.debts.map((debt) => tx.objectStore('debts').put(debt)),
    ...client.negotiations.map((event) => tx.objectStore('negotiations').put(event)),
    ...client.collectionLog.map((entry) => tx.objectStore('collectionLog').put(entry)),
    tx.done,
  ]);
  return client;
}
