/**
 * Storage benchmark (fake-indexeddb in Node): load one profile with 50 debts, 2,000 collection-log
 * entries and 200 negotiation records; export the whole database; validate and apply an import.
 * Prints the median of several runs. Run: `npx tsx bench/storage.ts`.
 * fake-indexeddb is slower than a browser's IndexedDB, so these are upper bounds.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { applyImport, exportBackup, prepareImport } from '../src/storage/backup';
import { openShoreDb, type ShoreDb } from '../src/storage/db';
import { makeShoreRepository } from '../src/storage/repository';
import {
  makeBudget,
  makeDebt,
  makeLogEntry,
  makeNegotiation,
  makePlanSettings,
  momentAt,
  profileId,
} from '../src/storage/testSupport';

const RUNS = 7;
const OWNER = profileId('bench');
const EXPORTED_AT = '2026-11-28T20:00:00+08:00';

async function seed(db: ShoreDb): Promise<void> {
  const tx = db.transaction(['profiles', 'debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog'], 'readwrite');
  const requests: Promise<unknown>[] = [
    tx.objectStore('profiles').put({ id: OWNER, displayName: '基准', notes: '', revision: 1, updatedAt: momentAt(0) }),
    tx.objectStore('budgets').put(makeBudget(OWNER)),
    tx.objectStore('planSettings').put(makePlanSettings(OWNER)),
  ];
  for (let index = 0; index < 50; index += 1) requests.push(tx.objectStore('debts').put(makeDebt(OWNER, `d${index}`, index)));
  for (let index = 0; index < 200; index += 1) {
    requests.push(tx.objectStore('negotiations').put(makeNegotiation(OWNER, `n${index}`, momentAt(index))));
  }
  for (let index = 0; index < 2000; index += 1) {
    const entry = makeLogEntry(OWNER, `l${index}`, momentAt(index * 7));
    requests.push(tx.objectStore('collectionLog').put({ ...entry, whatWasSaid: `第${index}次来电：威胁联系紧急联系人，语气恶劣。` }));
  }
  await Promise.all(requests);
  await tx.done;
}

async function median(label: string, run: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`${label.padEnd(48)} median ${middle.toFixed(1).padStart(8)} ms  (min ${times[0]?.toFixed(1)}, max ${times[times.length - 1]?.toFixed(1)}, ${RUNS} runs)`);
  return middle;
}

async function main(): Promise<void> {
  const factory = new IDBFactory();
  const db = await openShoreDb('bench', factory);
  await seed(db);
  const repo = makeShoreRepository(db);

  await median('loadProfile (50 debts, 2,000 log, 200 negotiations)', async () => {
    const loaded = await repo.loadProfile(OWNER);
    if (loaded.collectionLog.length !== 2000) throw new Error('wrong log length');
  });

  let text = '';
  await median('exportBackup (whole database)', async () => {
    text = await exportBackup(db, { exportedAt: EXPORTED_AT });
  });
  console.log(`  backup file size: ${(text.length / 1024).toFixed(0)} KiB`);

  let counter = 0;
  await median('prepareImport (validate + checksum + preview)', async () => {
    await prepareImport(db, text);
  });
  await median('import into an empty database (prepare + apply)', async () => {
    counter += 1;
    const fresh = await openShoreDb(`fresh-${counter}`, factory);
    const preview = await prepareImport(fresh, text);
    await applyImport(fresh, preview);
    fresh.close();
  });
  await median('import replacing the same profile (prepare + apply)', async () => {
    const preview = await prepareImport(db, text);
    await applyImport(db, preview);
  });
  repo.close();
}

await main();
