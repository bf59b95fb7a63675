/** The write queue on its own: order, revisions, debounce, flush, conflicts and failures. */
import { describe, expect, it } from 'vitest';
import { createWriteQueue, type QueuedWrite, type Timers, type WriteOutcome } from './writeQueue';

class Conflict extends Error {}

/** Timers a test fires by hand. */
function manualTimers(): Timers & { fire(): void; count(): number } {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout(run) {
      next += 1;
      due.set(next, run);
      return next;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    fire() {
      const runs = [...due.values()];
      due.clear();
      for (const run of runs) run();
    },
    count: () => due.size,
  };
}

/** A store with a revision, like a profile: a write at a stale revision is refused. */
function fakeStore(start = 1) {
  let stored = start;
  const log: string[] = [];
  const write = (name: string, delayMs = 0): QueuedWrite & { name: string } => ({
    name,
    async commit(revision) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (revision !== stored) throw new Conflict(`${name} at ${String(revision)}, stored ${String(stored)}`);
      stored += 1;
      log.push(`${name}@${String(revision)}`);
      return { revision: stored };
    },
  });
  return { write, log, bump: () => (stored += 1), stored: () => stored };
}

function queueOver(store: ReturnType<typeof fakeStore>, timers = manualTimers()) {
  const conflicts: string[] = [];
  const outcomes: WriteOutcome['status'][] = [];
  const queue = createWriteQueue<QueuedWrite & { name: string }>({
    delayMs: 300,
    timers,
    isConflict: (error) => error instanceof Conflict,
    async onConflict(write) {
      conflicts.push(write.name);
      // Like the app's handler, it reads what is stored before it resets the revision.
      await new Promise((resolve) => setTimeout(resolve, 5));
      queue.reset(store.stored());
    },
    onOutcome: (outcome) => outcomes.push(outcome.status),
  });
  queue.reset(store.stored());
  return { queue, conflicts, outcomes, timers };
}

describe('createWriteQueue', () => {
  it('runs writes in order, each with the revision the one before returned', async () => {
    const store = fakeStore();
    const { queue } = queueOver(store);
    // The first write is the slowest: without the queue the second would run at revision 1 too.
    // Mutation: run each write at once (no chaining) → the second is refused as a conflict.
    const results = await Promise.all([queue.run(store.write('a', 20)), queue.run(store.write('b', 0))]);
    expect(store.log).toEqual(['a@1', 'b@2']);
    expect(results).toEqual([
      { status: 'written', revision: 2 },
      { status: 'written', revision: 3 },
    ]);
    expect(queue.revision()).toBe(3);
  });

  it('keeps only the last write asked for under a key, and runs it after the delay', async () => {
    const store = fakeStore();
    const { queue, timers } = queueOver(store);
    queue.later('budget', store.write('budget-1'));
    queue.later('budget', store.write('budget-2'));
    queue.later('settings', store.write('settings'));
    expect([...queue.pendingKeys()].sort()).toEqual(['budget', 'settings']);
    // Mutation: keep every debounced write → budget-1 runs too and the log has three entries.
    expect(timers.count()).toBe(2);
    timers.fire();
    await queue.flush();
    expect(store.log).toEqual(['budget-2@1', 'settings@2']);
    expect(queue.pendingKeys().size).toBe(0);
  });

  it('runs pending writes at once on flush, and waits for them', async () => {
    const store = fakeStore();
    const { queue, timers } = queueOver(store);
    queue.later('budget', store.write('budget', 10));
    await queue.flush();
    // Mutation: flush without running the pending writes → the log is empty.
    expect(store.log).toEqual(['budget@1']);
    expect(timers.count()).toBe(0);
  });

  it('hands a refused write to onConflict before the next write runs, which then uses the reset revision', async () => {
    const store = fakeStore();
    const { queue, conflicts } = queueOver(store);
    store.bump(); // another tab wrote: stored revision 2, the queue still at 1
    const [first, second] = await Promise.all([queue.run(store.write('mine')), queue.run(store.write('next'))]);
    expect(first.status).toBe('conflict');
    expect(conflicts).toEqual(['mine']);
    // Mutation: run onConflict after the next write (or not at all) → 'next' is refused at revision 1.
    expect(second).toEqual({ status: 'written', revision: 3 });
    expect(store.log).toEqual(['next@2']);
  });

  it('reports any other failure and goes on with the next write', async () => {
    const store = fakeStore();
    const { queue, outcomes } = queueOver(store);
    const broken: QueuedWrite & { name: string } = {
      name: 'broken',
      commit: () => Promise.reject(new Error('disk full')),
    };
    const results = await Promise.all([queue.run(broken), queue.run(store.write('after'))]);
    expect(results[0]).toMatchObject({ status: 'failed', error: new Error('disk full') });
    expect(results[1]).toEqual({ status: 'written', revision: 2 });
    expect(outcomes).toEqual(['failed', 'written']);
  });

  it('skips writes while there is no revision, and drops cancelled ones', async () => {
    const store = fakeStore();
    const { queue, timers } = queueOver(store);
    queue.reset(null);
    expect(await queue.run(store.write('nowhere'))).toEqual({ status: 'skipped' });
    queue.reset(1);
    queue.later('budget', store.write('budget'));
    queue.cancel('budget');
    timers.fire();
    await queue.flush();
    expect(store.log).toEqual([]);
  });
  it('counts a write as unfinished from when it is asked for until it is stored, so a closing page keeps it', async () => {
    // Found in the full browser run of 2026-12-04 (tests/e2e/scripts.test.ts): a negotiation edit saved
    // just before a reload was lost, because only debounced writes were kept on hide, not ones in flight.
    const store = fakeStore();
    const { queue } = queueOver(store);
    queue.later('budget', store.write('budget'));
    const slow = queue.run(store.write('negotiation', 20));
    // Break: unfinishedWrites returning only the debounced writes → ['budget'] → fails.
    expect(queue.unfinishedWrites().map((write) => write.name)).toEqual(['negotiation', 'budget']);
    await slow;
    expect(store.log).toEqual(['negotiation@1']);
    expect(queue.unfinishedWrites().map((write) => write.name)).toEqual(['budget']);
  });
});
