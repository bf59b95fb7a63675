// @vitest-environment jsdom
/** keepTypingOutOfTabRestore: a form is marked autocomplete="off" when focus first enters one of its fields. */
import { afterEach, describe, expect, it } from 'vitest';
import { keepTypingOutOfTabRestore } from './formRestore';

afterEach(() => document.body.replaceChildren());

describe('keepTypingOutOfTabRestore', () => {
  // Break: drop the setAttribute call → the form has no autocomplete attribute and this fails.
  it('marks the form of a focused textarea, and leaves a form that says what it wants', () => {
    document.body.innerHTML =
      '<form id="log"><textarea id="said"></textarea></form>' +
      '<form id="login" autocomplete="on"><input id="name"></form>' +
      '<form id="other"><input id="untouched"></form>';
    const stop = keepTypingOutOfTabRestore(document);
    document.getElementById('said')!.focus();
    document.getElementById('name')!.focus();
    expect(document.getElementById('log')!.getAttribute('autocomplete')).toBe('off');
    expect(document.getElementById('login')!.getAttribute('autocomplete')).toBe('on');
    expect(document.getElementById('other')!.hasAttribute('autocomplete')).toBe(false);
    stop();
    document.getElementById('untouched')!.focus();
    expect(document.getElementById('other')!.hasAttribute('autocomplete')).toBe(false);
  });
});
