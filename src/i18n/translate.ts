/**
 * The one translator: every dictionary pair (the main one, and those that load with their screens:
 * counsellor, rights, security, scripts, negotiation, handover) is read through `makeTranslator`, and every
 * `{name}` placeholder is filled by `fillTemplate`. Lint forbids a second filler.
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

/**
 * `template` with each `{name}` replaced by `params[name]`. A placeholder without a value stays as
 * written, so a missing parameter shows up in the text instead of vanishing. Single pass: a value
 * is never scanned for placeholders itself.
 * @example fillTemplate('Place in queue: {place}', { place: 2 }) // 'Place in queue: 2'
 */
export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a template uses, sorted (for the dictionaries' parity tests). */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** The translator over one dictionary pair. */
export function makeTranslator<Key extends string>(dictionaries: Dictionaries<Key>): Translator<Key> {
  return (locale, key, params) => fillTemplate(dictionaries[locale][key], params);
}
