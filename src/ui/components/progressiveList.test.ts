/**
 * createProgressiveList (issue 18's caseload): the first slice at once, the rest added frame by
 * frame until every item is drawn; a new view (restart) starts again from the first slice; a
 * refetch of the same view keeps what is drawn; nothing is added after the owner is disposed.
 * Here, without a DOM, frames are 16 ms timers (fake timers).
 */
import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressiveList } from './progressiveList';

const items = (count: number, tag = 'a'): string[] => Array.from({ length: count }, (_, index) => `${tag}${index}`);

describe('createProgressiveList', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // Break: returning `list()` whole (no slicing) → the first length is 40, not 12; never scheduling
  // the next slice → the list stays at 12; not resetting on restart → 40 after the new view, not 12.
  it('draws the first slice at once, the rest frame by frame, and starts again for a new view', () => {
    createRoot((dispose) => {
      const [list, setList] = createSignal<readonly string[]>(items(40));
      const [query, setQuery] = createSignal('');
      const drawn = createProgressiveList(list, query, { first: 12, frameMs: 33 });
      expect(drawn()).toEqual(items(12));
      vi.advanceTimersByTime(16);
      expect(drawn().length).toBeGreaterThan(12);
      expect(drawn().length).toBeLessThan(40);
      vi.advanceTimersByTime(16 * 40);
      expect(drawn()).toEqual(items(40));

      // A refetch of the same view (one more client): what is drawn stays, the new one follows.
      setList(items(41));
      expect(drawn().length).toBe(40);
      vi.advanceTimersByTime(16 * 5);
      expect(drawn()).toEqual(items(41));

      // A new view (a search): the first slice again, then the rest.
      setQuery('b');
      setList(items(30, 'b'));
      expect(drawn()).toEqual(items(12, 'b'));
      vi.advanceTimersByTime(16 * 40);
      expect(drawn()).toEqual(items(30, 'b'));
      dispose();
    });
  });

  // Slices sized from whole frames shrank to one item a frame when each frame was slow (500
  // clients took 25 s at 4× CPU, 7b96bda). Here every slice takes 100 ms of script: 33 / 2 / 100 of
  // a slice would be under one item, so each frame adds the smallest slice, 8: 12, 20, 28, 36, 40.
  // Break: MIN_SLICE = 1 → 12, 13, 14, … (fails at the second frame).
  it('adds at least 8 items a frame however slow each slice is', () => {
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    createRoot((dispose) => {
      const [list] = createSignal<readonly string[]>(items(40));
      const drawn = createProgressiveList(list, () => '', { first: 12, frameMs: 33 });
      const lengths = [drawn().length];
      for (let frame = 0; frame < 4; frame++) {
        vi.advanceTimersByTime(16);
        lengths.push(drawn().length);
      }
      expect(lengths).toEqual([12, 20, 28, 36, 40]);
      dispose();
    });
    now.mockRestore();
  });

  // Break: no onCleanup (the pending frame stays scheduled) → one timer left, not none.
  it('leaves no frame scheduled once its owner is disposed', () => {
    createRoot((dispose) => {
      const [list] = createSignal<readonly string[]>(items(40));
      createProgressiveList(list, () => '', { first: 12, frameMs: 33 });
      expect(vi.getTimerCount()).toBe(1);
      dispose();
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
