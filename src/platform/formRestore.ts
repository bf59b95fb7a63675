/**
 * Keeps typing out of Chromium's tab-restore files (issue 13). Chromium saves the value of every form field
 * with the tab's history, as it is typed, so that "reopen closed tab" can fill the form in again; it writes
 * that into the profile's `Sessions/` files in plain text, where neither an erase nor the lock can reach it
 * (measured: tests/e2e/eraseDisk.test.ts found the collection log's "What was said" there after an erase).
 * Fields of a form marked `autocomplete="off"` are not saved. So the first time focus enters a field, its form
 * is marked, unless the form already says what it wants. A field outside any form is not covered.
 */

/** Mark each form `autocomplete="off"` when focus first enters one of its fields; returns the remover. */
export function keepTypingOutOfTabRestore(doc: Document): () => void {
  const onFocus = (event: FocusEvent): void => {
    const field = event.target;
    const form =
      field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement
        ? field.form
        : null;
    if (form !== null && !form.hasAttribute('autocomplete')) form.setAttribute('autocomplete', 'off');
  };
  doc.addEventListener('focusin', onFocus, true);
  return () => doc.removeEventListener('focusin', onFocus, true);
}
