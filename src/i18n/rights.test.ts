/** The lender-type labels the debt form asks with (issue 15): one label and one hint per type, both languages. */
import { describe, expect, it } from 'vitest';
import { LENDER_TYPES } from '../domain/records';
import { rightsEn } from './rights.en';
import { rightsZhCN } from './rights.zh-CN';

describe('lender-type labels', () => {
  it.each(LENDER_TYPES)('%s has a label and a one-line hint in both languages', (type) => {
    // Mutation: a type's hint removed from rights.en.ts → the key lookup is undefined → fails.
    for (const dict of [rightsEn, rightsZhCN] as Record<string, string | undefined>[]) {
      expect(dict[`lender.type.${type}`]?.length).toBeGreaterThan(1);
      const hint = dict[`lender.hint.${type}`] ?? '';
      expect(hint.length).toBeGreaterThan(5);
      expect(hint).not.toContain('\n');
    }
  });
  it('labels are distinct, and "I don’t know" is offered in plain words', () => {
    for (const dict of [rightsEn, rightsZhCN] as Record<string, string | undefined>[]) {
      const labels = LENDER_TYPES.map((type) => dict[`lender.type.${type}`]);
      expect(new Set(labels).size).toBe(LENDER_TYPES.length);
    }
    expect(rightsZhCN['lender.type.unknown']).toBe('我不知道');
    expect(rightsEn['lender.type.unknown']).toBe('I don’t know');
  });
});
