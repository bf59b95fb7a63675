/**
 * The templates themselves: same keys and placeholders in both languages, the words the glossary
 * fixes, and only verified legal claims.
 *
 * Placeholders are parsed here independently (split on "{{"), so the tests do not trust the
 * function they check. Mutations checked (each made once, each failed these tests):
 * - Break (2026-12-04, perf): `placeholdersOf` returns [] → 127 of the file's tests fail (expected names come from the
 *   independent parse, never empty for the keys tested) and "keys without placeholders" fails
 *   (every key would look placeholder-free).
 * - `placeholdersOf` drops its `sort()` → the per-key tests of keys with 2+ placeholders fail.
 * - zh-CN 'inst.ask' loses {{lastClause}} → its per-key test fails.
 * - a zh-CN template gets "约 {{owed}}" (a space before a figure) → "no space" fails.
 * - zh-CN 'reply.whyOthers' says "排队" → "no queue words" fails.
 * - 'law.gbt' loses "据报道" → "every multi-source claim says so" fails.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../i18n/glossary';
import { MissingPlaceholderError, placeholdersOf, render } from './render';
import { en, type TemplateKey } from './templates/en';
import { zhCN } from './templates/zh-CN';

/** Independent parse: the names between "{{" and "}}", sorted, unique. */
function parse(template: string): string[] {
  const names = template
    .split('{{')
    .slice(1)
    .map((part) => part.slice(0, part.indexOf('}}')));
  return [...new Set(names)].sort();
}

const KEYS = Object.keys(en) as TemplateKey[];
const WITH_PLACEHOLDERS = KEYS.filter((key) => en[key].includes('{{') || zhCN[key].includes('{{'));

describe('templates', () => {
  it('both locales have the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...KEYS].sort());
  });

  it.each(WITH_PLACEHOLDERS)('%s: the same placeholders in both locales, as written', (key) => {
    const expected = parse(en[key]);
    expect(expected.length).toBeGreaterThan(0);
    expect(parse(zhCN[key])).toEqual(expected);
    expect(placeholdersOf(en[key])).toEqual(expected);
    expect(placeholdersOf(zhCN[key])).toEqual(expected);
  });

  it('keys without placeholders are exactly those placeholdersOf finds none in', () => {
    const none = KEYS.filter((key) => !en[key].includes('{{') && !zhCN[key].includes('{{'));
    expect(KEYS.filter((key) => placeholdersOf(en[key]).length === 0)).toEqual(none);
    expect(KEYS.filter((key) => placeholdersOf(zhCN[key]).length === 0)).toEqual(none);
    // A handful of keys take no values (headings, the credit-card article); most take some.
    expect(none.length).toBeGreaterThan(10);
    expect(WITH_PLACEHOLDERS.length).toBeGreaterThan(100);
  });

  it('no template contains an unverified rule marker or a bare legal claim of illegality', () => {
    for (const text of [...Object.values(en), ...Object.values(zhCN)]) {
      expect(text).not.toMatch(/未核|二手|公约第|illegal|违法|24%|36%|LPR|12363|nifa/i);
    }
  });

  it('every multi-source claim is phrased as reported and names its source', () => {
    const sources =
      /GB\/T 45251|Banking Association|银行业协会|Credit Card Business|信用卡业务监督管理办法|12378|12321/;
    for (const [key, text] of Object.entries(en)) {
      if (/GB\/T|Banking Association|Article 6[89]|Article 70|12378|12321/.test(text)) {
        expect(text, key).toMatch(/[Rr]eportedly|reported/);
        expect(text, key).toMatch(sources);
      }
    }
    for (const [key, text] of Object.entries(zhCN)) {
      if (/GB\/T|银行业协会|第六十八条|第七十条|12378|12321/.test(text)) {
        expect(text, key).toMatch(/据报道|据多份转载/);
        expect(text, key).toMatch(sources);
      }
    }
  });

  it('zh-CN puts no space between Chinese and a figure, a date or a placeholder', () => {
    const cjk = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]';
    const figure = '(?:\\d|\\{\\{)';
    const space = new RegExp(`${cjk} +${figure}|(?:\\d|\\}\\}) +${cjk}`);
    for (const [key, text] of Object.entries(zhCN)) expect(text, key).not.toMatch(space);
  });

  it('zh-CN uses no queue words to creditors and the glossary words for the small payment and instalments', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      expect(text, key).not.toMatch(/排队|轮到|队列|象征性还款|维持还款|停息挂账|滞纳金/);
      // 个性化分期 is a credit-card term: only the card keys use it.
      if (text.includes('个性化分期')) expect(key, text).toMatch(/card|heading\.instalment-request\.card/);
    }
    expect(zhCN['instalmentTerm.card']).toBe(GLOSSARY.cardInstalmentPlan.zh);
    expect(zhCN['instalmentTerm.loan']).toBe(GLOSSARY.loanInstalmentPlan.zh);
    expect(zhCN.fairness).toContain(GLOSSARY.oneAtATime.zh);
  });

  it('English says "queue" to no creditor', () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(/queue|your turn|token payment/i);
  });
});

describe('render', () => {
  it('fills placeholders once, as plain text', () => {
    expect(render('a {{x}} b {{y}}', { x: '{{y}}', y: '2' })).toBe('a {{y}} b 2');
  });

  it('fails loudly on a missing placeholder', () => {
    expect(() => render('hello {{name}}', {}, 'k')).toThrow(MissingPlaceholderError);
    expect(() => render('hello {{name}}', {}, 'k')).toThrow(/k needs \{\{name\}\}/);
  });

  it('fails on a malformed placeholder', () => {
    expect(() => render('hello {{ name }}', { name: 'x' })).toThrow(/malformed/);
  });

  it('placeholdersOf lists each name once, sorted', () => {
    expect(placeholdersOf('{{b}} {{a}} {{b}}')).toEqual(['a', 'b']);
  });
});
