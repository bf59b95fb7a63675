/**
 * `npm run bench` (client list, Node): how long the counsellor's client list takes to build its
 * summaries and sort them, as ClientsPage does, for 50, 200 and 500 clients of about 8 debts on 5
 * platforms (bench/storageData.ts). Opening the list plans every client; refreshing it after an
 * action (archive, duplicate, …) re-plans only the clients whose records changed
 * (`makeClientSummariser`). bench/storageBrowser.ts times the opening in Chromium, with the load
 * from IndexedDB before it. Goal: opening the list with 500 clients under ~300 ms.
 */
import { makeClientSummariser, sortClients, type ClientRecords } from '../src/ui/model/clients';
import { CLIENTS_TODAY, makeClients } from './storageData';

const COUNTS = [50, 200, 500] as const;
const RUNS = 15;

function stats(samples: number[]): string {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return `median ${median.toFixed(1).padStart(6)} ms  (min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`;
}

/** Milliseconds of each of RUNS runs after one warm-up; `prepare` runs untimed before each. */
function time<T>(prepare: () => T, run: (input: T) => unknown): number[] {
  const samples: number[] = [];
  for (let index = 0; index <= RUNS; index++) {
    const input = prepare();
    const start = performance.now();
    run(input);
    if (index > 0) samples.push(performance.now() - start);
  }
  return samples;
}

console.log(`Shore client list (node ${process.version}; summaries + sort; ${String(RUNS)} runs after a warm-up)`);
for (const count of COUNTS) {
  const clients: ClientRecords[] = makeClients(count);
  const open = time(
    () => makeClientSummariser(),
    (summarise) => sortClients(summarise(clients, CLIENTS_TODAY), 'updated', 'desc'),
  );
  // A refresh after one action: the list reloads (fresh objects) and one client's debt changed.
  const summarise = makeClientSummariser();
  summarise(clients, CLIENTS_TODAY);
  const refresh = time(
    () => {
      const reloaded = structuredClone(clients);
      reloaded[0]!.debts[0]!.principal = String(Math.floor(Math.random() * 10_000)) + '.00';
      return reloaded;
    },
    (reloaded) => sortClients(summarise(reloaded, CLIENTS_TODAY), 'updated', 'desc'),
  );
  console.log(
    `${`${String(count)} clients`.padEnd(12)} open ${stats(open)}   refresh after one change ${stats(refresh)}`,
  );
}
