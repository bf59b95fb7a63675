/**
 * The cost screen's reference lines (issue 16): which line each lender type gets, the LPR at the
 * contract date from the person's table, and the licensed lenders' wording (reported, never "无效").
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LPR_HISTORY, costReferenceLines, lprOn } from './cost';

describe('LPR at the contract date', () => {
  it('takes the latest row on or before the date, whatever the table order', () => {
    // Break: `row.from < date` (strictly before) → 2024-10-21 gives 3.35 → fails.
    expect(lprOn(DEFAULT_LPR_HISTORY, '2024-10-21')?.percent).toBe('3.10');
    expect(lprOn(DEFAULT_LPR_HISTORY, '2024-10-20')?.percent).toBe('3.35');
    expect(lprOn(DEFAULT_LPR_HISTORY, '2019-08-19')).toBeUndefined();
    const unordered = [
      { from: '2026-10-21', percent: '2.90' },
      { from: '2025-05-20', percent: '3.00' },
    ];
    expect(lprOn(unordered, '2027-01-15')?.percent).toBe('2.90');
    expect(lprOn(unordered, '2026-01-15')?.percent).toBe('3.00');
  });
});

describe('reference lines by lender type', () => {
  it('private lending: 4 × the LPR at the contract date, art. 25, from the person’s table', () => {
    // 2023-09-01 falls in the 2023-08-21 row, 3.45 %; 4 × 3.45 = 13.80 %.
    // Break: use the latest LPR instead of the contract date's → 12.00 % → fails.
    const lines = costReferenceLines('unlicensed', '2023-09-01', DEFAULT_LPR_HISTORY);
    expect(lines.map((line) => line.id)).toEqual(['cost.ref.private-lending']);
    expect(lines[0]!.text.zh).toContain('第二十五条');
    expect(lines[0]!.text.zh).toContain('当时的一年期LPR为3.45%（2023-08-21起），四倍为13.80%');
    expect(lines[0]!.text.en).toContain('four times is 13.80%');
  });

  it('licensed lenders: the reported 24 % only, never “无效” or the 4× figure', () => {
    // Break: return the private line for 'bank' → 四倍 appears → fails.
    for (const type of ['bank', 'consumer-finance', 'microlender', 'online-platform'] as const) {
      const lines = costReferenceLines(type, '2027-01-15', DEFAULT_LPR_HISTORY);
      expect(lines.map((line) => line.id)).toEqual(['cost.ref.licensed-reported', 'ref.lpr.licensed-excluded']);
      const zh = lines.map((line) => line.text.zh).join('');
      expect(zh).toContain('据媒体报道，监管要求助贷业务综合融资成本不超过年化24%');
      expect(zh).not.toContain('无效');
      expect(zh).not.toContain('四倍为');
    }
  });

  it('unknown (and an agency): both, explained; never 36 %', () => {
    // Break: treat 'unknown' as licensed → the private line is missing → fails.
    for (const type of ['unknown', 'collection-agency'] as const) {
      const ids = costReferenceLines(type, '2027-01-15', DEFAULT_LPR_HISTORY).map((line) => line.id);
      expect(ids).toEqual([
        'cost.ref.unknown',
        'cost.ref.private-lending',
        'cost.ref.licensed-reported',
        'ref.lpr.licensed-excluded',
      ]);
    }
    const all = costReferenceLines('unknown', '2027-01-15', DEFAULT_LPR_HISTORY)
      .map((line) => `${line.text.zh}${line.text.en}`)
      .join('');
    expect(all).not.toContain('36%');
  });
});
