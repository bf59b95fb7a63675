/**
 * The write queue: every write of one tab to the active profile goes through one of these, so the
 * tab never races itself. It owns four things:
 * - order: writes run one after another, in the order they were asked for;
 * - revisions: each write runs with the newest revision the queue knows (the one the previous
 *   write returned), so edits typed a moment apart are never refused as conflicts;
 * - debounce: `later(key, write)` keeps only the last write asked for under `key` and runs it
 *   after `delayMs` (typing), or at once on `flush()` (leaving a screen, hiding the page);
 * - conflicts: a write refused because another tab wrote first (a ConflictError) is handed to
 *   `onConflict` with the write itself (what was being written: "mine"); the handler reads what is
 *   stored now ("theirs") and resets the revision before the next write runs.
 * Every write resolves to an outcome and never rejects, so one failure never stops the queue.
 *
 * Plain TypeScript (no Solid), clock injected: tested on its own (writeQueue.test.ts).
 */

/** A write the queue can run: given the newest revision, commit and return the new one. */
export interface QueuedWrite {
  commit(revision: number): Promise<{ revision: number }>;
}

export type WriteOutcome =
  | { readonly status: 'written'; readonly revision: number }
  /** Another tab wrote first; nothing was written. `onConflict` has run. */
  | { readonly status: 'conflict'; readonly error: unknown }
  /** Any other failure (quota, locked, invalid record); nothing was written. */
  | { readonly status: 'failed'; readonly error: unknown }
  /** Not run: there was no revision to write at (no profile), or `cancel` dropped it. */
  | { readonly status: 'skipped' };

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WriteQueueOptions<W extends QueuedWrite> {
  /** Debounce of `later`, ms. */
  delayMs: number;
  /** True for the error of a write refused because the stored revision moved (ConflictError). */
  isConflict(error: unknown): boolean;
  /**
   * Runs inside the queue before any later write: read what is stored now, show it, and `reset`
   * the revision. Its own failure is swallowed (the outcome stays 'conflict').
   */
  onConflict(write: W, error: unknown): Promise<void>;
  /** Hear every outcome (e.g. to show a notice when a write failed). */
  onOutcome?(outcome: WriteOutcome, write: W): void;
  timers?: Timers;
}

export interface WriteQueue<W extends QueuedWrite> {
  /** The revision the next write will run with; null when there is nothing to write to. */
  revision(): number | null;
  /** Start from `revision` (a profile was loaded, switched or reloaded). Pending debounced writes stay. */
  reset(revision: number | null): void;
  /** Run `write` after every earlier one. */
  run(write: W): Promise<WriteOutcome>;
  /** Run `write` after `delayMs`, replacing a pending write under the same key. */
  later(key: string, write: W): void;
  /** Keys of debounced writes not run yet (their local values are newer than what is stored). */
  pendingKeys(): ReadonlySet<string>;
  /** The debounced writes not run yet, in the order they were asked for. */
  pendingWrites(): readonly W[];
  /**
   * Every write not known to be stored: the ones queued or in flight (a closing page can abort an
   * IndexedDB transaction it started), then the debounced ones not run yet (issue 13).
   */
  unfinishedWrites(): readonly W[];
  /** Drop the pending debounced writes (all, or the one under `key`) without running them. */
  cancel(key?: string): void;
  /** Run every pending debounced write now and wait until the queue is idle. */
  flush(): Promise<void>;
}

const REAL_TIMERS: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createWriteQueue<W extends QueuedWrite>(options: WriteQueueOptions<W>): WriteQueue<W> {
  const timers = options.timers ?? REAL_TIMERS;
  let revision: number | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  const pending = new Map<string, { write: W; timer: unknown }>();
  const started = new Set<W>();

  async function execute(write: W): Promise<WriteOutcome> {
    if (revision === null) return { status: 'skipped' };
    try {
      const result = await write.commit(revision);
      revision = result.revision;
      return { status: 'written', revision: result.revision };
    } catch (error) {
      if (!options.isConflict(error)) return { status: 'failed', error };
      await options.onConflict(write, error).catch(() => undefined);
      return { status: 'conflict', error };
    }
  }

  function run(write: W): Promise<WriteOutcome> {
    started.add(write);
    const outcome = tail.then(() => execute(write));
    tail = outcome;
    return outcome.then((result) => {
      started.delete(write);
      options.onOutcome?.(result, write);
      return result;
    });
  }

  function runPending(key: string): void {
    const entry = pending.get(key);
    if (entry === undefined) return;
    timers.clearTimeout(entry.timer);
    pending.delete(key);
    void run(entry.write);
  }

  return {
    revision: () => revision,
    reset(next) {
      revision = next;
    },
    run,
    later(key, write) {
      const existing = pending.get(key);
      if (existing !== undefined) timers.clearTimeout(existing.timer);
      pending.set(key, { write, timer: timers.setTimeout(() => runPending(key), options.delayMs) });
    },
    pendingKeys: () => new Set(pending.keys()),
    pendingWrites: () => [...pending.values()].map((entry) => entry.write),
    unfinishedWrites: () => [...started, ...[...pending.values()].map((entry) => entry.write)],
    cancel(key) {
      for (const [pendingKey, entry] of pending) {
        if (key !== undefined && key !== pendingKey) continue;
        timers.clearTimeout(entry.timer);
        pending.delete(pendingKey);
      }
    },
    async flush() {
      for (const key of [...pending.keys()]) runPending(key);
      // Writes asked for while waiting join the tail: wait until it stops moving.
      let current: Promise<unknown>;
      do {
        current = tail;
        await current;
      } while (current !== tail);
    },
  };
}
