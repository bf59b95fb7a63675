/** The handover passphrase: drawn without bias, shown in groups, typed forgivingly. */
import { describe, expect, it } from 'vitest';
import { groupPassphrase, newHandoverPassphrase, normaliseTypedPassphrase } from './passphrase';

describe('handover passphrase', () => {
  it('draws 12 digits, redrawing bytes 250–255 so no digit is favoured', () => {
    // Bytes 250..255 first (all dropped), then 0, 1, 2, …: digits 0..9 then 0, 1 (worked by hand).
    let next = 250;
    const counting = (buffer: Uint8Array): Uint8Array => {
      for (let index = 0; index < buffer.length; index += 1) {
        buffer[index] = next;
        next = next === 255 ? 0 : next + 1;
      }
      return buffer;
    };
    // Mutation: accept every byte (`byte < 256`) → 250 % 10 = 0 … → "012345012345" → fails.
    expect(newHandoverPassphrase(counting)).toBe('012345678901');
    expect(newHandoverPassphrase()).toMatch(/^[0-9]{12}$/);
  });

  it('shows the digits in four groups of three', () => {
    expect(groupPassphrase('482715390628')).toBe('482 715 390 628');
  });

  it('accepts what a person types with spaces, dashes or full-width digits, and nothing short or long', () => {
    expect(normaliseTypedPassphrase('482 715 390 628')).toBe('482715390628');
    expect(normaliseTypedPassphrase('４８２７１５-３９０.６２８')).toBe('482715390628');
    expect(normaliseTypedPassphrase(' 482715390628 ')).toBe('482715390628');
    expect(normaliseTypedPassphrase('48271539062')).toBeNull();
    expect(normaliseTypedPassphrase('4827153906281')).toBeNull();
    expect(normaliseTypedPassphrase('48271539062a')).toBeNull();
    expect(normaliseTypedPassphrase('')).toBeNull();
  });
});
