/**
 * The template renderer: `{{name}}` placeholders filled from a map of strings. Fails loudly:
 * a placeholder without a value, a value that is not a string, or any `{{` / `}}` left in the
 * result throws. Values are inserted as plain text (single pass: a value is never re-scanned).
 */
export type Params = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/** The placeholder names a template uses, sorted and unique. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
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
  const text = template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value: unknown = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (typeof value !== 'string') throw new MissingPlaceholderError(name, templateKey);
    return value;
  });
  if (template.replace(PLACEHOLDER, '').includes('{{') || template.replace(PLACEHOLDER, '').includes('}}')) {
    throw new Error(`scripts: template ${templateKey} has a malformed placeholder`);
  }
  return text;
}
