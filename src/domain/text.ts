/**
 * Text the person typed, kept apart from the app's own text (issue 13): the one place that knows
 * the Unicode direction controls. A platform named `abc\u202Efdp.exe` (a right-to-left override)
 * used to reverse the app's own sentence after it in the handover pack and the scripts.
 *
 * - `withoutDirectionControls`: names lose every embedding, override, isolate and mark (U+202A–U+202E,
 *   U+2066–U+2069, U+200E, U+200F, U+061C) when they are entered and stored, and again whenever
 *   they are shown (older records and imported files may still hold them).
 * - `isolate`: the text between FSI (U+2068) and PDI (U+2069), its own controls removed first so
 *   nothing inside can close the isolate early. The UI turns these marks into `<bdi>` (ui/components/UserText.tsx).
 * - `isolateInPlainText`: for plain-text outputs (letters, scripts, calendar, print): the isolate
 *   marks are added only where the text holds a right-to-left letter, the only case in which it
 *   could still reorder the words around it once the controls are gone (Shore's own text is
 *   Chinese or English, left to right). Ordinary names stay byte for byte as typed, so a letter
 *   pasted into a text message carries no invisible characters an old phone might show as boxes.
 *
 * Pure: no DOM, no clock.
 */

/** First Strong Isolate and Pop Directional Isolate. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI), LRM, RLM and ALM. */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Letters written right to left: the Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan and Mandaic
 * blocks and their supplements, the Hebrew and Arabic presentation forms, and the right-to-left
 * ranges of the supplementary planes (bidi classes R and AL; a few neutrals in these blocks are
 * counted too, which only isolates a little more often than needed).
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** `text` without direction controls: the form every name is stored and shown in. */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/** Whether `text` holds a letter written right to left. */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/** `text` (controls removed) between FSI and PDI, line by line: a line break ends an isolate. */
export function isolate(text: string): string {
  return withoutDirectionControls(text)
    .split('\n')
    .map((line) => (line === '' ? line : `${FSI}${line}${PDI}`))
    .join('\n');
}

/** For plain text: controls removed; isolated only when a right-to-left letter could reorder the text around it. */
export function isolateInPlainText(text: string): string {
  const clean = withoutDirectionControls(text);
  return hasRightToLeft(clean) ? isolate(clean) : clean;
}

/** One piece of a text that holds isolates: the app's own text, or the person's (`user: true`). */
export interface TextPiece {
  text: string;
  user: boolean;
}

/** Split a text at its FSI…PDI isolates (as `isolate` writes them), so a UI can wrap the person's text in `<bdi>`. */
export function splitIsolates(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const pattern = /\u2068([^\u2068\u2069]*)\u2069/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), user: false });
    pieces.push({ text: match[1] ?? '', user: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), user: false });
  return pieces;
}
