/**
 * `createDraft`: one form's unsaved input kept as a draft (issue 13), through the planner's draft
 * store (draftStore.ts: storage's `drafts`, sealed under the lock, never in a backup).
 *
 * Call it in the form's component, after its fields' state is made:
 * - if a draft of `formKey` is kept, `apply` puts it into the form at once and `restored()` is true
 *   (show `<DraftNotice>`: it says so in plain words and offers to discard it);
 * - every change of `read()` is kept (debounced by the store); a value equal to what the form
 *   opened with forgets the draft instead (nothing unsaved);
 * - `clear()` when the form is saved (or closed on purpose): the draft is forgotten and what the form
 *   holds now (e.g. emptied for the next entry) counts as nothing unsaved; `discard()` puts that
 *   value back (the opening one until the first save).
 * - `unkept()` (optional): the form holds input no draft can keep (chosen files): the page then asks
 *   before it is left.
 *
 * `read()` must return plain JSON (a store is read whole, so every field is tracked).
 */
import { createEffect, createSignal, on, onCleanup, untrack, useContext, type Accessor } from 'solid-js';
import type { ProfileId } from '../../domain/records';
import { reconcile, type SetStoreFunction } from 'solid-js/store';
import { PlannerContext } from './PlannerProvider';

export interface FormDraft {
  /** True while the form shows a restored draft the person has not saved or discarded. */
  restored: Accessor<boolean>;
  /** Saved (or closed on purpose): forget the draft. */
  clear(): void;
  /** Forget the draft and show what the form opened with. */
  discard(): void;
}

export interface DraftBinding<T> {
  /** What the form holds now (plain JSON). */
  read: () => T;
  /** Put a value into the form. */
  apply: (value: T) => void;
  /**
   * What the form holds when nothing is unsaved, for a form that stores as it is typed (the budget);
   * default: what the form holds when it opens.
   */
  nothing?: T;
  /** True while the form holds input no draft can keep (files chosen, not saved yet). */
  unkept?: () => boolean;
}

export function createDraft<T>(formKey: string, binding: DraftBinding<T>): FormDraft {
  const drafts = useContext(PlannerContext)?.drafts;
  // A component rendered on its own (a unit test without the planner) keeps no draft.
  if (drafts === undefined) return { restored: () => false, clear: () => undefined, discard: () => undefined };
  let opening = JSON.stringify(binding.nothing ?? untrack(() => binding.read()));
  const kept = drafts.value(formKey);
  const [restored, setRestored] = createSignal(false);
  if (kept !== undefined && JSON.stringify(kept) !== opening) {
    binding.apply(structuredClone(kept) as T);
    setRestored(true);
  }
  createEffect(
    on(
      () => JSON.stringify(binding.read()),
      (text) => {
        if (text === opening) {
          if (drafts.value(formKey) !== undefined) drafts.remove(formKey);
        } else {
          drafts.keep(formKey, JSON.parse(text) as unknown);
        }
      },
      { defer: true },
    ),
  );
  const unkept = binding.unkept;
  if (unkept !== undefined) {
    createEffect(() => drafts.hold(formKey, unkept()));
    onCleanup(() => drafts.hold(formKey, false));
  }
  return {
    restored,
    clear() {
      opening = untrack(() => JSON.stringify(binding.read()));
      drafts.remove(formKey);
      setRestored(false);
    },
    discard() {
      drafts.remove(formKey);
      binding.apply(JSON.parse(opening) as T);
      setRestored(false);
    },
  };
}

/** One field of a form kept in a signal: its getter and setter. */
export type SignalField = readonly [() => unknown, (value: never) => unknown];

/**
 * A binding over a form whose fields are separate signals: the draft is `{ name: value }` of every
 * field; a restored draft sets the fields it names (a field added later keeps its default).
 */
export function signalsBinding(fields: Readonly<Record<string, SignalField>>): DraftBinding<Record<string, unknown>> {
  return {
    read: () => Object.fromEntries(Object.entries(fields).map(([name, [get]]) => [name, get()])),
    apply(value) {
      for (const [name, [, set]] of Object.entries(fields)) {
        if (Object.hasOwn(value, name)) (set as (next: () => unknown) => unknown)(() => value[name]);
      }
    },
  };
}

/**
 * A binding over a form kept in one Solid store (`createStore`): the draft is the store's value;
 * a restored draft replaces it.
 */
export function storeBinding<T extends object>(form: T, setForm: SetStoreFunction<T>): DraftBinding<T> {
  return {
    read: () => form,
    apply: (value) => setForm(reconcile(value)),
  };
}

/**
 * The id of a form that was left with a draft, so the screen opens it again: the first kept key
 * `prefix + id` whose id `known` accepts (e.g. a debt or event still stored, or "new"); null if none.
 */
export function draftedId(prefix: string, known: (id: string) => boolean): string | null {
  const drafts = useContext(PlannerContext)?.drafts;
  for (const key of drafts?.keys() ?? []) {
    const id = key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
    if (id !== undefined && known(id)) return id;
  }
  return null;
}

/**
 * Forget the drafts of records that are gone (issue 13): every kept key `prefix + id` whose id `known` does not
 * accept, now and whenever `records()` changes (e.g. another tab deleted the event an edit draft belongs to).
 * Such a draft is dropped, not offered as a new record: its form edited that record, which no longer exists.
 * Acts only while the drafts loaded are those of `profileId()`, the profile `records()` belongs to.
 */
export function forgetDraftsOfGone(
  prefix: string,
  profileId: () => ProfileId | undefined,
  records: () => readonly { id: string }[],
  keep: (id: string) => boolean = () => false,
): void {
  const drafts = useContext(PlannerContext)?.drafts;
  if (drafts === undefined) return;
  createEffect(
    on(
      () => [profileId(), records().map((record) => record.id)] as const,
      ([owner, ids]) => {
        if (owner === undefined || drafts.loadedProfile() !== owner) return;
        const present = new Set(ids);
        for (const key of drafts.keys()) {
          if (!key.startsWith(prefix)) continue;
          const id = key.slice(prefix.length);
          if (!present.has(id) && !keep(id)) drafts.remove(key);
        }
      },
    ),
  );
}
