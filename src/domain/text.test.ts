/**
 * The person's text kept apart from the app's (issue 13): direction controls removed, isolates
 * added where they matter, and split back out for `<bdi>`. Expected strings are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { hasRightToLeft, isolate, isolateInPlainText, splitIsolates, withoutDirectionControls } from './text';

describe('withoutDirectionControls', () => {
  // Break: the range \u2066-\u2069 left out → the isolate row fails; \u200E\u200F\u061C left out → the marks row fails.
  it.each([
    ['abc\u202Efdp.exe', 'abcfdp.exe'], // right-to-left override (the case)
    ['\u202Aa\u202Bb\u202Cc\u202Dd', 'abcd'], // embeddings, pop, left-to-right override
    ['\u2066x\u2067y\u2068z\u2069', 'xyz'], // the four isolate controls
    ['\u200Emarks\u200F\u061C', 'marks'], // LRM, RLM, ALM
    ['快借宝 ¥1,200', '快借宝 ¥1,200'],
    ['\u200Bzero\u200Dwidth', '\u200Bzero\u200Dwidth'], // not direction controls: kept
  ])('%j → %j', (value, expected) => {
    expect(withoutDirectionControls(value)).toBe(expected);
  });
});

describe('isolate', () => {
  // Break: isolate without removing the controls first → the second row keeps a PDI inside and fails.
  it.each([
    ['借呗', '\u2068借呗\u2069'],
    ['a\u2069b\u202E', '\u2068ab\u2069'], // a PDI inside cannot close the isolate early
    ['line 1\n\nline 2', '\u2068line 1\u2069\n\n\u2068line 2\u2069'], // a line break ends an isolate
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(isolate(value)).toBe(expected);
  });
});

describe('isolateInPlainText', () => {
  // Break: hasRightToLeft always false → the Hebrew and Arabic rows fail; always true → the Chinese row fails.
  it.each([
    ['abc\u202Efdp.exe', 'abcfdp.exe'], // controls gone; nothing left to reorder, so nothing added
    ['快借宝', '快借宝'],
    ['Easy Loan 2', 'Easy Loan 2'],
    ['שלום 12', '\u2068שלום 12\u2069'], // Hebrew: "12" would join the right-to-left run
    ['قرض\u202E', '\u2068قرض\u2069'], // Arabic, with an override removed
  ])('%j → %j', (value, expected) => {
    expect(isolateInPlainText(value)).toBe(expected);
  });

  it('finds right-to-left letters in every range it names', () => {
    expect(
      ['\u05D0', '\u0627', '\u0710', '\u0780', '\u07CA', '\uFB1D', '\uFE70', '\u{10900}', '\u{1E900}'].map(
        hasRightToLeft,
      ),
    ).toEqual(Array(9).fill(true));
    expect(['a', '1', '借', '\u0400', '\u3000', '\uFEFF'].map(hasRightToLeft)).toEqual(Array(6).fill(false));
  });
});

describe('splitIsolates', () => {
  // Break: pieces pushed without the app's text between isolates → fails.
  it('returns the app text and the isolated person text in order', () => {
    expect(splitIsolates(`向${isolate('abc\u202Efdp.exe')}还款：1,200.00元`)).toEqual([
      { text: '向', user: false },
      { text: 'abcfdp.exe', user: true },
      { text: '还款：1,200.00元', user: false },
    ]);
    expect(splitIsolates('no isolates')).toEqual([{ text: 'no isolates', user: false }]);
    expect(splitIsolates(`${isolate('a')}${isolate('b')}`)).toEqual([
      { text: 'a', user: true },
      { text: 'b', user: true },
    ]);
  });
});
