/**
 * Draws a long list a slice at a time (issue 18's caseload: 500 clients): the first `first` items
 * at once, so the first screenful shows without waiting for the rest, then the rest in the
 * background, one slice a frame, each slice's script sized to about half of `frameMs` (two of a
 * 60 Hz display's frames) and never under `MIN_SLICE` items, so the page keeps answering taps and
 * scrolling while it fills. Every item is in the page a moment later (find in page, screen readers
 * and keyboard reach them all); nothing waits for the person to scroll.
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
/**
 * The smallest slice. A frame also costs what does not grow with the slice (style, layout and
 * painting of a long page): sized from whole frames, slices shrank to one card a frame and 500
 * clients took 25 s at 4× CPU to arrive. Slices are sized from their own script time instead, and
 * never below this. It is also the first slice after the first screenful.
 */
const MIN_SLICE = 8;

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
  let slice = MIN_SLICE;

  // One slice per frame, run just before the frame is drawn: the browser draws between slices
  // (back-to-back timer tasks would hold drawing back), and nothing is drawn in a hidden tab. Each
  // slice is sized from the script time of the last one (solid draws it synchronously), aiming at
  // half the frame for script and leaving the rest to layout and painting.
  const grow = (): void => {
    pending = undefined;
    const total = list().length;
    if (count() >= total) return;
    const started = performance.now();
    const drawnNow = Math.min(total, count() + slice);
    const sliceDrawn = drawnNow - count();
    setCount(drawnNow);
    const took = Math.max(performance.now() - started, 1);
    // Between MIN_SLICE and 50 items, at most twice the last slice.
    slice = Math.max(MIN_SLICE, Math.min(50, sliceDrawn * 2, Math.round((sliceDrawn * options.frameMs) / 2 / took)));
    schedule();
  };
  const schedule = (): void => {
    if (count() < list().length && pending === undefined) pending = nextFrame(grow);
  };

  createComputed(
    on(restart, () => {
      setCount(options.first);
      slice = MIN_SLICE;
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
