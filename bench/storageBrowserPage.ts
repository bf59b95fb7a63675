/**
 * The page side of bench/storageBrowser.ts: bundled with esbuild and loaded in Chromium, it seeds
 * real IndexedDB through the production storage code (src/storage) and times each operation
 * in the page with performance.now(). The Node side calls `window.shoreBench`.
 */
import { applyImport, exportBackup, makeShoreRepository, openShoreDb, prepareImport } from '../src/storage';
import { makeClientSummariser, sortClients } from '../src/ui/model/clients';
import {
  BIG_OWNER,
  BIG_SIZE,
  CLIENTS_TODAY,
  EXPORTED_AT,
  makeClients,
  seedBigProfile,
  seedClients,
} from './storageData';

/** Milliseconds of each timed run. */
export type Samples = number[];

export interface ShoreBench {
  /** The storage operations of bench/storage.ts on the large profile; one warm-up run each, then `runs`. */
  storage(runs: number): Promise<{ label: string; samples: Samples }[]>;
  /**
   * The client list as `planner.clients.list()` and ClientsPage open it: read the client directory
   * (one transaction), then summarise (a fresh `makeClientSummariser`) and sort them.
   */
  clients(count: number, runs: number): Promise<{ load: Samples; summaries: Samples; total: Samples }>;
  /** Deletes every database this page made. */
  cleanUp(): Promise<void>;
}

declare global {
  interface Window {
    shoreBench: ShoreBench;
  }
}

const names = new Set<string>();
let opened = 0;

async function freshDb(prefix: string) {
  opened += 1;
  const name = `${prefix}-${String(opened)}`;
  names.add(name);
  return openShoreDb(name);
}

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
  names.delete(name);
}

async function time(runs: number, run: () => Promise<void>, after?: () => Promise<void>): Promise<Samples> {
  const samples: Samples = [];
  for (let index = 0; index <= runs; index += 1) {
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    if (index > 0) samples.push(elapsed); // the first run warms up
    await after?.();
  }
  return samples;
}

window.shoreBench = {
  async storage(runs) {
    const db = await freshDb('bench');
    await seedBigProfile(db);
    const repo = makeShoreRepository(db);
    const results: { label: string; samples: Samples }[] = [];
    results.push({
      label: 'loadProfile',
      samples: await time(runs, async () => {
        const loaded = await repo.loadProfile(BIG_OWNER);
        if (loaded.collectionLog.length !== BIG_SIZE.log) throw new Error('wrong log length');
      }),
    });
    let text = '';
    results.push({
      label: 'exportBackup',
      samples: await time(runs, async () => {
        text = await exportBackup(db, { exportedAt: EXPORTED_AT });
      }),
    });
    results.push({
      label: 'prepareImport',
      samples: await time(runs, async () => {
        await prepareImport(db, text);
      }),
    });
    let fresh: Awaited<ReturnType<typeof freshDb>> | undefined;
    results.push({
      label: 'importEmpty',
      samples: await time(
        runs,
        async () => {
          fresh = await freshDb('fresh');
          await applyImport(fresh, await prepareImport(fresh, text));
        },
        async () => {
          fresh?.close();
          if (fresh) await deleteDb(fresh.name);
        },
      ),
    });
    results.push({
      label: 'importReplace',
      samples: await time(runs, async () => {
        await applyImport(db, await prepareImport(db, text));
      }),
    });
    repo.close();
    return results;
  },

  async clients(count, runs) {
    const db = await freshDb(`clients-${String(count)}`);
    await seedClients(db, makeClients(count));
    const repo = makeShoreRepository(db);
    // What PlannerProvider's clients.list() does: one read of what the list shows.
    const load = () => repo.loadClientDirectory();
    const loadSamples: Samples = [];
    const summarySamples: Samples = [];
    const total = await time(runs, async () => {
      const start = performance.now();
      const records = await load();
      const loaded = performance.now();
      if (records.length !== count) throw new Error(`loaded ${String(records.length)} of ${String(count)} clients`);
      // A fresh summariser, as each time ClientsPage opens: every client is planned.
      sortClients(makeClientSummariser()(records, CLIENTS_TODAY), 'updated', 'desc');
      loadSamples.push(loaded - start);
      summarySamples.push(performance.now() - loaded);
    });
    repo.close();
    // Drop the warm-up run's parts, as `time` drops its total.
    return { load: loadSamples.slice(1), summaries: summarySamples.slice(1), total };
  },

  async cleanUp() {
    for (const name of [...names]) await deleteDb(name);
  },
};
