/**
 * Storage benchmark (fake-indexeddb in Node): load one profile with 50 debts, 2,000 collection-log
 * entries and 200 negotiation records; export the whole database; validate and apply an import.
 * Prints the median of several runs. Run: `npx tsx bench/storage.ts`. The data is built in
 * bench/storageData.ts; bench/storageBrowser.ts times the same operations in Chromium.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { applyImport, exportBackup, prepareImport } from '../src/storage/backup';
import { openShoreDb } from '../src/storage/db';
import { makeShoreRepository } from '../src/storage/repository';
import { BIG_OWNER as OWNER, EXPORTED_AT, seedBigProfile as seed } from './storageData';

const RUNS = 15;

async function median(label: string, run: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(
    `${label.padEnd(48)} median ${middle.toFixed(1).padStart(8)} ms  (min ${times[0]?.toFixed(1)}, max ${times[times.length - 1]?.toFixed(1)}, ${RUNS} runs)`,
  );
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
