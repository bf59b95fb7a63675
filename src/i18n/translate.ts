/**
 * The one translator: every dictionary pair (the main one, and those that load with their screens:
 * counsellor, rights, security, scripts, negotiation, handover, letters) is read through `makeTranslator`,
 * and every placeholder is filled by `fillTemplate`: the dictionaries' `{name}` and, with
 * `{ syntax: 'letter' }`, the letter templates' `{{name}}` (src/scripts/render.ts, which makes a
 * missing value throw). Lint forbids a second filler.
 *
 * Pure and tiny on purpose: a screen's chunk imports this file and its own dictionaries only, so
 * the dictionaries of other screens stay out of its download.
 */

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message for `key` in `locale`, placeholders filled. Keys are the dictionary's own: a typo fails typecheck. */
export type Translator<Key extends string> = (locale: Locale, key: Key, params?: MessageParams) => string;

/** A dictionary pair: English defines the keys, Chinese is typed against it. */
export type Dictionaries<Key extends string> = Readonly<Record<Locale, Readonly<Record<Key, string>>>>;

const PLACEHOLDER = /\{(\w+)\}/g;
/** The letter templates' `{{name}}` (a name starts with a letter). */
const LETTER_PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/** Which placeholders a template uses: the dictionaries' `{name}` (default) or the letters' `{{name}}`. */
export type PlaceholderSyntax = 'message' | 'letter';

export interface FillOptions {
  /** Default 'message'. */
  syntax?: PlaceholderSyntax;
  /**
   * What a placeholder without a value becomes (it may throw). Default: the placeholder as
   * written, so a missing parameter shows up in the text instead of vanishing.
   */
  missing?: (name: string) => string;
}

const patternOf = (syntax: PlaceholderSyntax = 'message'): RegExp =>
  syntax === 'letter' ? LETTER_PLACEHOLDER : PLACEHOLDER;

/**
 * `template` with each placeholder replaced by `params[name]`. A placeholder without a value stays
 * as written unless `options.missing` says otherwise. Single pass: a value is never scanned for
 * placeholders itself.
 * @example fillTemplate('Place in queue: {place}', { place: 2 }) // 'Place in queue: 2'
 * @example fillTemplate('To {{you}}', { you: '贵行' }, { syntax: 'letter' }) // 'To 贵行'
 */
export function fillTemplate(template: string, params?: MessageParams, options: FillOptions = {}): string {
  if (!params && !options.missing) return template;
  return template.replace(patternOf(options.syntax), (whole, name: string) => {
    const value = params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value !== undefined) return String(value);
    return options.missing ? options.missing(name) : whole;
  });
}

/** The placeholder names a template uses, sorted (for the dictionaries' parity tests). */
export function placeholderNames(template: string, syntax: PlaceholderSyntax = 'message'): string[] {
  return [...template.matchAll(patternOf(syntax))].map((match) => match[1] ?? '').sort();
}

/** The translator over one dictionary pair. */
export function makeTranslator<Key extends string>(dictionaries: Dictionaries<Key>): Translator<Key> {
  return (locale, key, params) => fillTemplate(dictionaries[locale][key], params);
}
