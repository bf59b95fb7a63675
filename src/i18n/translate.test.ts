/** The one translator: placeholder filling, and key/placeholder parity of every dictionary pair. */
import { describe, expect, it } from 'vitest';
import { budgetEn } from './budget.en';
import { budgetZhCN } from './budget.zh-CN';
import { counsellorEn } from './counsellor.en';
import { counsellorZhCN } from './counsellor.zh-CN';
import { crisisEn } from './crisis.en';
import { crisisZhCN } from './crisis.zh-CN';
import { en } from './en';
import { draftsEn } from './drafts.en';
import { draftsZhCN } from './drafts.zh-CN';
import { eraseEn } from './erase.en';
import { eraseZhCN } from './erase.zh-CN';
import { formsEn } from './forms.en';
import { notesEn } from './notes.en';
import { notesZhCN } from './notes.zh-CN';
import { practiceEn } from './practice.en';
import { practiceZhCN } from './practice.zh-CN';
import { formsZhCN } from './forms.zh-CN';
import { handoverEn } from './handover.en';
import { handoverZhCN } from './handover.zh-CN';
import { lettersEn } from './letters.en';
import { lettersZhCN } from './letters.zh-CN';
import { costEn } from './cost.en';
import { costZhCN } from './cost.zh-CN';
import { loansEn } from './loans.en';
import { loansZhCN } from './loans.zh-CN';
import { negotiationEn } from './negotiation.en';
import { negotiationZhCN } from './negotiation.zh-CN';
import { paymentsEn } from './payments.en';
import { paymentsZhCN } from './payments.zh-CN';
import { rightsEn } from './rights.en';
import { rightsZhCN } from './rights.zh-CN';
import { scriptsEn } from './scripts.en';
import { scriptsZhCN } from './scripts.zh-CN';
import { safetyEn } from './safety.en';
import { safetyZhCN } from './safety.zh-CN';
import { securityEn } from './security.en';
import { securityZhCN } from './security.zh-CN';
import { fillTemplate, makeTranslator, placeholderNames } from './translate';
import { zhCN } from './zh-CN';

describe('fillTemplate', () => {
  it('fills every placeholder with its value, numbers as written', () => {
    // Mutation: return the template unchanged → fails.
    expect(fillTemplate('{who} owes {amount} to {who}', { who: '张三', amount: 12 })).toBe('张三 owes 12 to 张三');
  });

  it('leaves a placeholder without a value as written, and never re-scans a value', () => {
    // Mutation: replace a missing value with '' → the first expectation fails.
    expect(fillTemplate('Hello {name}', {})).toBe('Hello {name}');
    // Mutation: fill in a loop until nothing changes → the value's own "{b}" is filled too and this fails.
    expect(fillTemplate('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });

  it('does not read inherited properties as values', () => {
    // Mutation: read params[name] without the own-property check → "constructor" becomes Object's source text.
    expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
  });

  it('with the letter syntax fills only `{{name}}`, and a missing value goes through `missing`', () => {
    // Break: patternOf ignoring the syntax (always `{name}`) → "{{you}}" becomes "{贵行}" → fails.
    expect(fillTemplate('{{you}} {you}', { you: '贵行' }, { syntax: 'letter' })).toBe('贵行 {you}');
    expect(placeholderNames('{{b}} {a} {{a}}', 'letter')).toEqual(['a', 'b']);
    // Break: `missing` not called (the placeholder kept) → no throw → fails.
    expect(() =>
      fillTemplate(
        '{{x}}',
        {},
        {
          syntax: 'letter',
          missing: (name) => {
            throw new Error(`no ${name}`);
          },
        },
      ),
    ).toThrow('no x');
    expect(fillTemplate('{{x}}', undefined, { syntax: 'letter', missing: () => '?' })).toBe('?');
  });
});

describe('makeTranslator', () => {
  it('reads the locale’s dictionary', () => {
    const t = makeTranslator({ en: { hi: 'Hi {n}' }, 'zh-CN': { hi: '你好{n}' } });
    expect(t('en', 'hi', { n: 1 })).toBe('Hi 1');
    expect(t('zh-CN', 'hi', { n: 1 })).toBe('你好1');
  });
});

const PAIRS = {
  main: [en, zhCN],
  budget: [budgetEn, budgetZhCN],
  counsellor: [counsellorEn, counsellorZhCN],
  cost: [costEn, costZhCN],
  crisis: [crisisEn, crisisZhCN],
  drafts: [draftsEn, draftsZhCN],
  erase: [eraseEn, eraseZhCN],
  forms: [formsEn, formsZhCN],
  handover: [handoverEn, handoverZhCN],
  letters: [lettersEn, lettersZhCN],
  loans: [loansEn, loansZhCN],
  negotiation: [negotiationEn, negotiationZhCN],
  notes: [notesEn, notesZhCN],
  payments: [paymentsEn, paymentsZhCN],
  practice: [practiceEn, practiceZhCN],
  rights: [rightsEn, rightsZhCN],
  scripts: [scriptsEn, scriptsZhCN],
  safety: [safetyEn, safetyZhCN],
  security: [securityEn, securityZhCN],
} as const satisfies Record<string, readonly [Record<string, string>, Record<string, string>]>;

describe.each(Object.entries(PAIRS))('the %s dictionaries', (_name, [english, chinese]) => {
  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      expect(placeholderNames(chinese[key as keyof typeof chinese] ?? ''), key).toEqual(placeholderNames(text));
    }
  });
});

describe('the counsellor has one name in Chinese', () => {
  // GLOSSARY.counsellor: 陪谈员 everywhere (the welcome screen said 顾问, the pack 陪谈人, exports 咨询人员 on 2026-12-04).
  // Break: put '顾问' back into practice.zh-CN.ts welcome.scan → fails.
  it.each(Object.entries(PAIRS))('in the %s dictionary', (_name, [, chinese]) => {
    for (const [key, text] of Object.entries(chinese)) expect(text, key).not.toMatch(/顾问|陪谈人|咨询人员/);
  });
});
