/**
 * Draws a long list a slice at a time (issue 18's caseload: 500 clients): the first `first` items
 * at once, so the first screenful shows without waiting for the rest, then the rest in the
 * background, one slice a frame, each sized so frames come about every `frameMs` (two of a
 * 60 Hz display's), so the page keeps answering taps and scrolling while it fills. Every item is in the page a moment later (find in page, screen
 * readers and keyboard reach them all); nothing waits for the person to scroll.
 *
 * `restart` names what makes a new view (a search, a filter, a sort): when it changes the list
 * starts again from the first slice. Any other change of `list` (a refetch after an action) keeps
 * what is drawn, so the page does not shrink under the person's scroll position.
 */
import { createComputed, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';

export interface ProgressiveOptions {
  /** Items drawn at once: more than a tall screen holds. */
  first: number;
  /** Time aimed at between two frames while the rest is drawn, ms. */
  frameMs: number;
}

const DEFAULTS: ProgressiveOptions = { first: 12, frameMs: 33 };
/** The first slice after the first screenful: small, then sized from how long each slice took. */
const FIRST_SLICE = 2;

/** The next animation frame, or a timer where there are none (component tests' DOM). */
const nextFrame = (run: (now: number) => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(run)
    : Number(setTimeout(() => run(performance.now()), 16));
const cancelFrame = (id: number): void =>
  typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);

export function createProgressiveList<T>(
  list: Accessor<readonly T[]>,
  restart: Accessor<unknown>,
  options: ProgressiveOptions = DEFAULTS,
): Accessor<readonly T[]> {
  const [count, setCount] = createSignal(options.first);
  let pending: number | undefined;
  let slice = FIRST_SLICE;

  let lastFrame: number | undefined;

  // One slice per frame, run just before the frame is drawn: the browser draws between slices
  // (back-to-back timer tasks would hold drawing back), and nothing is drawn in a hidden tab. Each
  // slice is sized from the time between the last two frames (script, layout and painting).
  const grow = (now: number): void => {
    pending = undefined;
    const total = list().length;
    if (count() >= total) return;
    if (lastFrame !== undefined) {
      const frame = Math.max(now - lastFrame, 1);
      // Between 1 and 50 items, at most twice the last slice.
      slice = Math.max(1, Math.min(50, slice * 2, Math.round((slice * options.frameMs) / frame)));
    }
    lastFrame = now;
    setCount(Math.min(total, count() + slice));
    schedule();
  };
  const schedule = (): void => {
    if (count() >= list().length)
      lastFrame = undefined; // done: a later slice sizes afresh
    else if (pending === undefined) pending = nextFrame(grow);
  };

  createComputed(
    on(restart, () => {
      setCount(options.first);
      slice = FIRST_SLICE;
      lastFrame = undefined;
    }),
  );
  createComputed(on(list, schedule));
  onCleanup(() => {
    if (pending !== undefined) cancelFrame(pending);
  });

  const drawn = createMemo(() => {
    const all = list();
    return all.length <= count() ? all : all.slice(0, count());
  });
  return drawn;
}
