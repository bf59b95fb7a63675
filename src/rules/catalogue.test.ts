import { describe, expect, it } from 'vitest';
import { LPR_CATALOGUE, fourTimes, isRuleId, resolveLpr } from './catalogue';
import { CRISIS_NOTE, REFERENCE, lprStatement } from './reference';
import { SOURCES, citeSource, getSource } from './sources';
import { registeredStatements } from './statements';

const allStatements = registeredStatements();

describe('catalogue integrity', () => {
  it('every cited source exists', () => {
    for (const s of allStatements) for (const id of s.sourceIds) expect(getSource(id), id).toBeDefined();
  });
  it('only verified tags are in the catalogue', () => {
    for (const s of Object.values(SOURCES)) expect(['verified-text', 'multi-source']).toContain(s.verification);
  });
  it('statements resting only on multi-source facts are phrased as reported', () => {
    const unhedged: string[] = [];
    for (const s of allStatements) {
      if (s.sourceIds.length === 0) continue;
      const onlyReported = s.sourceIds.every((id) => getSource(id)?.verification === 'multi-source');
      if (!onlyReported) continue;
      if (!/据|转载|常见做法|建议/.test(s.text.zh)) unhedged.push(s.text.zh);
      if (!/[Rr]eported|usual advice|suggested/.test(s.text.en)) unhedged.push(s.text.en);
    }
    expect(unhedged).toEqual([]);
  });
  it('every reference statement has both languages and a source, except the one piece of advice', () => {
    const advice: string[] = [];
    for (const section of REFERENCE) {
      for (const s of section.statements) {
        expect(s.text.zh.length).toBeGreaterThan(0);
        expect(s.text.en.length).toBeGreaterThan(0);
        if (s.sourceIds.length === 0) advice.push(s.id);
      }
    }
    expect(advice).toEqual(['ref.bound.find-lender']);
  });
  it('statement ids are unique', () => {
    const ids = allStatements.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  // Mutation: dropping 12356 from the crisis note, or adding 12363 to it → fails.
  it('the crisis note gives the mental-health line 12356, 120 and 110, in both languages, and no other number', () => {
    for (const lang of ['zh', 'en'] as const) {
      const numbers = CRISIS_NOTE.lines.flatMap((l) => l.text[lang].match(/\d{3,}/g) ?? []);
      expect([...new Set(numbers)].sort()).toEqual(['110', '120', '12356']);
    }
  });
  it('no unverified figures slip in (36%, 24%, 12363, 12315)', () => {
    // 24% appears once, on purpose: the cost screen's reported 助贷 line (`cost.ref.licensed-reported`, 多源一致,
    // worded as reported). Every other statement keeps out of it; 36% stays out of all (【未核】).
    // Break: add '36%' to the private-lending line in src/rules/cost.ts → fails.
    const reported = allStatements.filter((s) => s.id === 'cost.ref.licensed-reported');
    expect(reported.map((s) => s.sourceIds)).toEqual([['assistedLending24']]);
    const text = allStatements.map((s) => `${s.text.zh} ${s.text.en}`).join('\n');
    const others = allStatements
      .filter((s) => s.id !== 'cost.ref.licensed-reported')
      .map((s) => `${s.text.zh} ${s.text.en}`)
      .join('\n');
    for (const bad of ['36%', '12363', '12315', '12377']) expect(text).not.toContain(bad);
    expect(others).not.toContain('24%');
  });
  it('rule ids', () => {
    expect(isRuleId('night-contact')).toBe(true);
    expect(isRuleId('fact:threatened')).toBe(false);
  });
  it('cites with tier and verification', () => {
    expect(citeSource(SOURCES.gbt45251, 'en')).toContain('recommended national standard');
    expect(citeSource(SOURCES.civilCode1033, 'zh')).toContain('已对照条文原文');
  });
});

describe('LPR', () => {
  it('catalogue figure and four times', () => {
    expect(resolveLpr()).toEqual(LPR_CATALOGUE);
    expect(fourTimes('3.0')).toBe('12');
    expect(fourTimes('3.1')).toBe('12.4');
    expect(fourTimes('3.45')).toBe('13.8');
    expect(fourTimes('4.25')).toBe('17');
  });
  it('a valid override from settings wins; an invalid one is ignored', () => {
    expect(resolveLpr({ percent: '2.9', confirmedOn: '2026-12-22' })).toEqual({
      percent: '2.9',
      effectiveFrom: '2026-12-22',
      confirmedOn: '2026-12-22',
      origin: 'settings',
    });
    expect(resolveLpr({ percent: 'abc', confirmedOn: '2026-12-22' })).toEqual(LPR_CATALOGUE);
    expect(resolveLpr({ percent: '0', confirmedOn: '2026-12-22' })).toEqual(LPR_CATALOGUE);
    expect(resolveLpr({ percent: '3', confirmedOn: '22/12/2026' })).toEqual(LPR_CATALOGUE);
    // Only real calendar days: storage (schema v6 settings) would refuse anything else.
    expect(resolveLpr({ percent: '3', confirmedOn: '2026-02-30' })).toEqual(LPR_CATALOGUE);
    expect(resolveLpr({ percent: '3', confirmedOn: '2026-02-28', effectiveFrom: '2026-13-01' })).toEqual(LPR_CATALOGUE);
    expect(resolveLpr({ percent: '3', confirmedOn: '2028-02-29', effectiveFrom: '2028-02-20' }).effectiveFrom).toBe(
      '2028-02-20',
    );
  });
  it('the statement shows the value and the confirmed date', () => {
    const s = lprStatement(resolveLpr());
    expect(s.text.zh).toContain('3.0%');
    expect(s.text.zh).toContain('12%');
    expect(s.text.en).toContain('last confirmed 2025-05-20');
    expect(lprStatement(resolveLpr({ percent: '2.9', confirmedOn: '2026-12-22' })).text.en).toContain(
      'confirmed in settings on 2026-12-22',
    );
  });
});
