/**
 * The reference lines under "What this loan really costs" (issue 16), by the debt's lender type,
 * each worded at the tier ../shared/reference/cn-rules.md gives it, with the LPR history they use.
 *
 * - Private lending and unlicensed lenders: 4× the one-year LPR at the contract date (民间借贷司法解释
 *   第二十五条, 原文已核), the figure from the person's LPR table (settings.lprHistory, else
 *   `DEFAULT_LPR_HISTORY`, seeded from cn-rules §2.3; its rows are the person's to check and edit).
 * - Licensed lenders (banks, consumer finance, microlenders, platforms): only the reported 24%
 *   for 助贷 (多源一致: reported, not law), and that the 4× LPR rule does not bind them. Never
 *   "超过部分无效".
 * - Unknown (and a collection agency, whose lender is someone else): both, explained neutrally.
 * The 36% figure for unlicensed lending is 【未核】 in cn-rules.md and is not shown (docs/sources.md).
 * Pure; no clock (dates come in).
 */
import type { LenderType } from '../domain/records';
import { fourTimes } from './catalogue';
import { REFERENCE } from './reference';
import type { Statement } from './types';

/** One row of the LPR history: the one-year LPR in percent from the day it took effect. */
export interface LprRow {
  from: string;
  percent: string;
}

/**
 * The built-in starting rows (cn-rules.md §2.3). Only the 2025-05-20 figure is 多源一致; the
 * others are the reference author's list, shown as the person's table to check against the
 * PBoC's announcements, never cited as fact.
 */
export const DEFAULT_LPR_HISTORY: readonly LprRow[] = [
  { from: '2019-08-20', percent: '4.25' },
  { from: '2019-09-20', percent: '4.20' },
  { from: '2019-11-20', percent: '4.15' },
  { from: '2020-02-20', percent: '4.05' },
  { from: '2020-04-20', percent: '3.85' },
  { from: '2021-12-20', percent: '3.80' },
  { from: '2022-01-20', percent: '3.70' },
  { from: '2022-08-22', percent: '3.65' },
  { from: '2023-06-20', percent: '3.55' },
  { from: '2023-08-21', percent: '3.45' },
  { from: '2024-07-22', percent: '3.35' },
  { from: '2024-10-21', percent: '3.10' },
  { from: '2025-05-20', percent: '3.00' },
];

/** The row in force on `date` (the latest `from` on or before it), or undefined before the first. */
export function lprOn(history: readonly LprRow[], date: string): LprRow | undefined {
  let found: LprRow | undefined;
  for (const row of history) if (row.from <= date && (!found || row.from >= found.from)) found = row;
  return found;
}

/** How the reference lines treat a lender type. */
export type CostLenderGroup = 'private' | 'licensed' | 'unknown';

export function costLenderGroup(type: LenderType): CostLenderGroup {
  if (type === 'unlicensed') return 'private';
  if (type === 'bank' || type === 'consumer-finance' || type === 'microlender' || type === 'online-platform')
    return 'licensed';
  return 'unknown';
}

const S = (id: string, zh: string, en: string, ...sourceIds: string[]): Statement => ({
  id,
  text: { zh, en },
  sourceIds,
});

/** Four times the LPR as a percent with 2 decimals ("12.00"). */
function fourTimesFixed(percent: string): string {
  const value = fourTimes(percent);
  const [whole, frac = ''] = value.split('.');
  return `${whole}.${frac.padEnd(2, '0')}`;
}

/** 4× LPR at the contract date, with the figure from the person's table (or that the table has none). */
export function privateLendingLine(contractDate: string, row: LprRow | undefined): Statement {
  if (!row)
    return S(
      'cost.ref.private-no-lpr',
      `民间借贷和没有放贷资质的放贷人：上限是合同成立时一年期LPR的四倍。你的LPR表里没有${contractDate}当天的数字，请在下面的LPR表里补上。`,
      `Private lending and unlicensed lenders: the cap is four times the one-year LPR at the time the contract was made. Your LPR table has no figure for ${contractDate}; add it in the LPR table below.`,
      'privateLending',
    );
  const cap = fourTimesFixed(row.percent);
  return S(
    'cost.ref.private-lending',
    `民间借贷和没有放贷资质的放贷人：按最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》第二十五条，约定利率超过合同成立时一年期LPR四倍的部分，法院不予支持。合同成立日${contractDate}，按你的LPR表当时的一年期LPR为${row.percent}%（${row.from}起），四倍为${cap}%。`,
    `Private lending and unlicensed lenders: under Article 25 of the Supreme People's Court Provisions on Private Lending Cases, courts do not uphold interest above four times the one-year LPR at the time the contract was made. Contract date ${contractDate}: by your LPR table the one-year LPR was then ${row.percent}% (from ${row.from}); four times is ${cap}%.`,
    'privateLending',
  );
}

/** The reported 24% for licensed lenders' 助贷 business: reported, not law; no "invalid" claim. */
export const LICENSED_REPORTED_LINE: Statement = S(
  'cost.ref.licensed-reported',
  '银行、消费金融公司、小额贷款公司和网贷平台：据媒体报道，监管要求助贷业务综合融资成本不超过年化24%（2025年10月起）。这是媒体报道的监管要求，不是法律规定的利率上限。',
  'Banks, consumer-finance companies, microlenders and loan platforms: media reportedly say regulators require the all-in financing cost of assisted lending (助贷) not to exceed 24% a year (from October 2025). This is a reported regulatory requirement, not a legal interest cap.',
  'assistedLending24',
);

/** Why the two cases differ, when the lender type is not known (advice; no claim). */
export const UNKNOWN_LENDER_LINE: Statement = S(
  'cost.ref.unknown',
  '你还没有说这笔钱是谁借给你的。个人或没有放贷资质的放贷人，和持牌机构，适用的参照不一样，下面两种都列出来。借款合同上写的出借人就是放款的一方。',
  'You have not said who lent this money. Private or unlicensed lenders and licensed lenders are measured against different lines, so both are listed below. The lender named in the loan contract is the one who lent it.',
);

/** The rights page's statement that the 4× LPR rule does not bind licensed lenders (原文已核). */
function licensedExcluded(): Statement {
  const statement = REFERENCE.flatMap((section) => section.statements).find(
    (candidate) => candidate.id === 'ref.lpr.licensed-excluded',
  );
  if (!statement) throw new Error('ref.lpr.licensed-excluded is missing from REFERENCE');
  return statement;
}

/** The reference lines for a lender type and a contract date, with the LPR table to use. */
export function costReferenceLines(type: LenderType, contractDate: string, history: readonly LprRow[]): Statement[] {
  const group = costLenderGroup(type);
  const privateLine = privateLendingLine(contractDate, lprOn(history, contractDate));
  if (group === 'private') return [privateLine];
  if (group === 'licensed') return [LICENSED_REPORTED_LINE, licensedExcluded()];
  return [UNKNOWN_LENDER_LINE, privateLine, LICENSED_REPORTED_LINE, licensedExcluded()];
}

/** Every statement above once, with sample figures (for docs/sources.md and its test). */
export function costStatements(): Statement[] {
  return [
    privateLendingLine('2027-01-15', { from: '2025-05-20', percent: '3.00' }),
    privateLendingLine('2019-01-01', undefined),
    LICENSED_REPORTED_LINE,
    UNKNOWN_LENDER_LINE,
  ];
}
