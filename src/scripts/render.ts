/**
 * The template renderer of the letters: `{{name}}` placeholders filled from a map of strings by the
 * one filler, `fillTemplate` (src/i18n/translate.ts) with its letter syntax. Fails loudly: a
 * placeholder without a string value, or any `{{` / `}}` left in the result, throws. Values are
 * inserted as plain text (single pass: a value is never re-scanned).
 */
import { fillTemplate, placeholderNames } from '../i18n/translate';

export type Params = Readonly<Record<string, string>>;

/** The placeholder names a template uses, sorted and unique. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(placeholderNames(template, 'letter'))];
}

export class MissingPlaceholderError extends Error {
  constructor(
    readonly placeholder: string,
    readonly templateKey: string,
  ) {
    super(`scripts: template ${templateKey} needs {{${placeholder}}} but no value was given`);
    this.name = 'MissingPlaceholderError';
  }
}

export function render(template: string, params: Params, templateKey = '(template)'): string {
  // Only string values count: anything else (a number slipped in at run time) is a missing value.
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') strings[name] = value;
  const text = fillTemplate(template, strings, {
    syntax: 'letter',
    missing: (name) => {
      throw new MissingPlaceholderError(name, templateKey);
    },
  });
  const rest = fillTemplate(template, {}, { syntax: 'letter', missing: () => '' });
  if (rest.includes('{{') || rest.includes('}}')) {
    throw new Error(`scripts: template ${templateKey} has a malformed placeholder`);
  }
  return text;
}
