/**
 * Knows whether the person is in the middle of an edit that is not saved yet (an open debt form,
 * a collection-log entry being typed), so an app update is never applied under their fingers.
 *
 * Forms call `createEditGuard(isDirty)` while they are mounted; `editInProgress()` is reactive.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

const [guards, setGuards] = createSignal<ReadonlySet<Accessor<boolean>>>(new Set());

/** Register `isDirty` for as long as the calling component is mounted. */
export function createEditGuard(isDirty: Accessor<boolean>): void {
  setGuards((current) => new Set([...current, isDirty]));
  onCleanup(() =>
    setGuards((current) => {
      const next = new Set(current);
      next.delete(isDirty);
      return next;
    }),
  );
}

/** True while any mounted form has unsaved input. */
export function editInProgress(): boolean {
  for (const isDirty of guards()) if (isDirty()) return true;
  return false;
}
