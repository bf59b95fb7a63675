/**
 * Validation of a plan input, all at once.
 *
 * `parsePlanInput` either returns the input in the engine's internal form (fen, exact rates,
 * day numbers) or throws one `PlanInputError` naming every offending field path, e.g.
 * `debts[2].dailyRate`. Each issue also carries a `code`, so the UI can explain it in the
 * user's language without parsing English text.
 */
import { addMonthsClamped, formatIsoDate, parseIsoDate, toDayNumber, type CivilDate } from './dates';
import { formatFen, parseMoney, parseRate, type ExactRate, type Fen, MAX_MONEY_FEN } from './money';
import { platformKeyOf, type PlatformKey } from './platform';
import type { Strategy } from './types';

export type PlanInputIssueCode =
  | 'not-an-object'
  | 'not-an-array'
  | 'not-a-string'
  | 'not-a-boolean'
  | 'required'
  | 'money-format'
  | 'money-too-large'
  | 'rate-format'
  | 'rate-both'
  | 'rate-neither'
  | 'date'
  | 'before-as-of'
  | 'empty-id'
  | 'duplicate-id'
  | 'order-not-permutation'
  | 'horizon'
  | 'strategy'
  | 'not-positive'
  | 'empty-list'
  | 'too-many'
  | 'not-after-start'
  | 'out-of-order'
  | 'too-far'
  | 'day-basis'
  | 'conflict';

export interface PlanInputIssue {
  /** Field path, e.g. `debts[2].dailyRate` or `firstPaymentDate`. */
  path: string;
  code: PlanInputIssueCode;
  message: string;
}

const ISSUE_TEXT: Record<PlanInputIssueCode, string> = {
  'not-an-object': 'must be an object',
  'not-an-array': 'must be an array',
  'not-a-string': 'must be a string',
  'not-a-boolean': 'must be true or false',
  required: 'is required',
  'money-format': 'must be an amount like "1234.50" (no sign, at most 2 decimals)',
  'money-too-large': `must not exceed ${formatFen(MAX_MONEY_FEN)}`,
  'rate-format': 'must be a rate like "0.0005" (no sign, no exponent)',
  'rate-both': 'give only one of dailyRate, monthlyRate and annualRate',
  'rate-neither': 'give dailyRate, monthlyRate or annualRate',
  date: 'must be a real date written YYYY-MM-DD',
  'before-as-of': 'must not be before asOf',
  'empty-id': 'must not be empty',
  'duplicate-id': 'repeats an earlier id',
  'order-not-permutation': 'must list every debt id exactly once',
  horizon: 'must be a whole number from 1 to 1200',
  strategy: 'must be "snowball", "avalanche" or "custom"',
  'not-positive': 'must be more than 0',
  'empty-list': 'must list at least one item',
  'too-many': 'lists more items than allowed',
  'not-after-start': 'must be after startDate',
  'out-of-order': 'must not be before the date before it',
  'too-far': 'is further from the start than allowed',
  'day-basis': 'must be 360 or 365',
  conflict: 'cannot be given together with fixedPayment',
};

/** The one error the engine throws for invalid input. `issues` lists every problem found. */
export class PlanInputError extends Error {
  readonly issues: readonly PlanInputIssue[];
  constructor(issues: readonly PlanInputIssue[]) {
    super('Invalid plan input: ' + issues.map((issue) => `${issue.path} ${issue.message}`).join('; '));
    this.name = 'PlanInputError';
    this.issues = issues;
  }
  /** The offending field paths, in the order found. */
  get paths(): string[] {
    return this.issues.map((issue) => issue.path);
  }
}

export interface ParsedDebt {
  readonly id: string;
  /** Position in the input (0-based). */
  readonly position: number;
  /** Debts with equal keys belong to one platform; an unnamed debt gets a key of its own. */
  readonly platformKey: PlatformKey;
  readonly principal: Fen;
  readonly interest: Fen;
  readonly fees: Fen;
  readonly rate: ExactRate;
  readonly rateIsDaily: boolean;
  readonly compound: boolean;
  readonly frozen: boolean;
  readonly periodFee: Fen;
  /** null: no cap. */
  readonly chargeCap: Fen | null;
  /** null: no negotiated instalment. */
  readonly fixedPayment: Fen | null;
  readonly tokenPayment: Fen;
}

export interface ParsedPlanInput {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly firstPaymentDate: CivilDate;
  readonly strategy: Strategy;
  readonly customOrder: readonly string[] | null;
  readonly horizonMonths: number;
  readonly debts: readonly ParsedDebt[];
  /** Day numbers and ISO strings of periods 1..horizonMonths, filled lazily by `periodDay`. */
  readonly periodDays: number[];
  readonly periodDates: string[];
}

export const DEFAULT_HORIZON_MONTHS = 600;
const STRATEGIES: readonly Strategy[] = ['snowball', 'avalanche', 'custom'];

/** Collects every issue found in one pass; shared by the validators of each entry point. */
export class IssueCollector {
  readonly issues: PlanInputIssue[] = [];
  add(path: string, code: PlanInputIssueCode): void {
    this.issues.push({ path, code, message: ISSUE_TEXT[code] });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readMoney(
  issues: IssueCollector,
  record: Record<string, unknown>,
  key: string,
  path: string,
  required: boolean,
): Fen | undefined {
  const value = record[key];
  if (value === undefined) {
    if (required) issues.add(path, 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.add(path, 'not-a-string');
    return undefined;
  }
  const fen = parseMoney(value);
  if (fen === undefined) {
    const tooLarge = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/.test(value);
    issues.add(path, tooLarge ? 'money-too-large' : 'money-format');
  }
  return fen;
}

function readRate(issues: IssueCollector, value: unknown, path: string): ExactRate | undefined {
  if (typeof value !== 'string') {
    issues.add(path, 'not-a-string');
    return undefined;
  }
  const rate = parseRate(value);
  if (!rate) issues.add(path, 'rate-format');
  return rate;
}

function readFlag(issues: IssueCollector, value: unknown, path: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    issues.add(path, 'not-a-boolean');
    return false;
  }
  return value;
}

export function readDate(issues: IssueCollector, value: unknown, path: string): CivilDate | undefined {
  if (value === undefined) {
    issues.add(path, 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.add(path, 'not-a-string');
    return undefined;
  }
  const date = parseIsoDate(value);
  if (!date) issues.add(path, 'date');
  return date;
}

function readDebt(
  issues: IssueCollector,
  raw: unknown,
  position: number,
  seenIds: Set<string>,
): ParsedDebt | undefined {
  const base = `debts[${String(position)}]`;
  if (!isRecord(raw)) {
    issues.add(base, 'not-an-object');
    return undefined;
  }
  const before = issues.issues.length;

  const id = raw.id;
  if (id === undefined) issues.add(`${base}.id`, 'required');
  else if (typeof id !== 'string') issues.add(`${base}.id`, 'not-a-string');
  else if (id === '') issues.add(`${base}.id`, 'empty-id');
  else if (seenIds.has(id)) issues.add(`${base}.id`, 'duplicate-id');
  else seenIds.add(id);

  const platform = raw.platform;
  if (platform !== undefined && typeof platform !== 'string') issues.add(`${base}.platform`, 'not-a-string');

  const principal = readMoney(issues, raw, 'principal', `${base}.principal`, true);
  const interest = readMoney(issues, raw, 'interest', `${base}.interest`, false) ?? 0;
  const fees = readMoney(issues, raw, 'fees', `${base}.fees`, false) ?? 0;
  const periodFee = readMoney(issues, raw, 'periodFee', `${base}.periodFee`, false) ?? 0;
  const chargeCap = readMoney(issues, raw, 'chargeCap', `${base}.chargeCap`, false);
  const fixedPayment = readMoney(issues, raw, 'fixedPayment', `${base}.fixedPayment`, false);
  const tokenPayment = readMoney(issues, raw, 'tokenPayment', `${base}.tokenPayment`, false) ?? 0;

  let rate: ExactRate | undefined;
  let rateIsDaily = true;
  const hasDaily = raw.dailyRate !== undefined;
  const hasMonthly = raw.monthlyRate !== undefined;
  if (hasDaily && hasMonthly) {
    issues.add(`${base}.dailyRate`, 'rate-both');
    issues.add(`${base}.monthlyRate`, 'rate-both');
  } else if (hasDaily) {
    rate = readRate(issues, raw.dailyRate, `${base}.dailyRate`);
  } else if (hasMonthly) {
    rate = readRate(issues, raw.monthlyRate, `${base}.monthlyRate`);
    rateIsDaily = false;
  } else {
    issues.add(`${base}.dailyRate`, 'rate-neither');
  }

  const compound = readFlag(issues, raw.compound, `${base}.compound`);
  const frozen = readFlag(issues, raw.frozen, `${base}.frozen`);

  if (issues.issues.length > before || typeof id !== 'string' || principal === undefined || !rate) return undefined;
  return {
    id,
    position,
    platformKey: platformKeyOf({ id, platform: typeof platform === 'string' ? platform : undefined }),
    principal,
    interest,
    fees,
    rate,
    rateIsDaily,
    compound,
    frozen,
    periodFee,
    chargeCap: chargeCap ?? null,
    fixedPayment: fixedPayment ?? null,
    tokenPayment,
  };
}

/**
 * Check every field of a plan input and convert it to the engine's internal form.
 * With `withBudget: false` (for `requiredBudget`) `monthlyBudget` is neither read nor required;
 * `extraDates` validates further date fields (e.g. `targetDate`) in the same pass.
 * @throws PlanInputError naming every offending field path.
 */
export function parsePlanInput(
  raw: unknown,
  options: { withBudget: boolean; extraDates?: Record<string, unknown> },
): { input: ParsedPlanInput; budget: Fen; extraDates: Record<string, CivilDate> } {
  const issues = new IssueCollector();
  if (!isRecord(raw)) {
    issues.add('input', 'not-an-object');
    throw new PlanInputError(issues.issues);
  }

  const asOf = readDate(issues, raw.asOf, 'asOf');
  const firstPaymentDate = readDate(issues, raw.firstPaymentDate, 'firstPaymentDate');
  if (asOf && firstPaymentDate && toDayNumber(firstPaymentDate) < toDayNumber(asOf)) {
    issues.add('firstPaymentDate', 'before-as-of');
  }

  const budget = options.withBudget ? readMoney(issues, raw, 'monthlyBudget', 'monthlyBudget', true) : 0;

  const strategy = raw.strategy;
  if (typeof strategy !== 'string' || !STRATEGIES.includes(strategy as Strategy)) issues.add('strategy', 'strategy');

  let horizonMonths = DEFAULT_HORIZON_MONTHS;
  if (raw.horizonMonths !== undefined) {
    const horizon = raw.horizonMonths;
    if (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 1 || horizon > 1200) {
      issues.add('horizonMonths', 'horizon');
    } else {
      horizonMonths = horizon;
    }
  }

  const debts: ParsedDebt[] = [];
  const seenIds = new Set<string>();
  if (raw.debts === undefined) issues.add('debts', 'required');
  else if (!Array.isArray(raw.debts)) issues.add('debts', 'not-an-array');
  else {
    (raw.debts as unknown[]).forEach((rawDebt, position) => {
      const debt = readDebt(issues, rawDebt, position, seenIds);
      if (debt) debts.push(debt);
    });
  }

  let customOrder: string[] | null = null;
  if (strategy === 'custom') {
    const order = raw.order;
    if (!Array.isArray(order) || !(order as unknown[]).every((id) => typeof id === 'string')) {
      issues.add('order', order === undefined ? 'required' : 'order-not-permutation');
    } else {
      const ids = order as string[];
      const unique = new Set(ids);
      const matches = unique.size === ids.length && ids.length === seenIds.size && ids.every((id) => seenIds.has(id));
      if (!matches) issues.add('order', 'order-not-permutation');
      else customOrder = ids;
    }
  }

  const extraDates: Record<string, CivilDate> = {};
  for (const [path, value] of Object.entries(options.extraDates ?? {})) {
    const date = readDate(issues, value, path);
    if (date) extraDates[path] = date;
  }

  if (issues.issues.length > 0 || !asOf || !firstPaymentDate || budget === undefined) {
    throw new PlanInputError(issues.issues);
  }
  return {
    input: {
      asOf: formatIsoDate(asOf),
      asOfDay: toDayNumber(asOf),
      firstPaymentDate,
      strategy: strategy as Strategy,
      customOrder,
      horizonMonths,
      debts,
      periodDays: [],
      periodDates: [],
    },
    budget,
    extraDates,
  };
}

/** Day number of period `index` (1-based), memoised on the parsed input. */
export function periodDay(input: ParsedPlanInput, index: number): number {
  let day = input.periodDays[index];
  if (day === undefined) {
    const date = addMonthsClamped(input.firstPaymentDate, index - 1);
    day = toDayNumber(date);
    input.periodDays[index] = day;
    input.periodDates[index] = formatIsoDate(date);
  }
  return day;
}

/** ISO date of period `index` (1-based); call `periodDay` first. */
export function periodDate(input: ParsedPlanInput, index: number): string {
  periodDay(input, index);
  return input.periodDates[index] ?? '';
}
