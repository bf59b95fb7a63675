/**
 * Validation of a plan input, all at once.
 *
 * `parsePlanInput` either returns the input in the engine's internal form (fen, exact rates,
 * day numbers) or throws one `PlanInputError` naming every offending field path, e.g.
 * `debts[2].dailyRate`. Each issue also carries a `code`, so the UI can explain it in the
 * user's language without parsing English text.
 */
import { addMonthsClamped, formatIsoDate, parseIsoDate, toDayNumber, type CivilDate } from './dates';
import {
  chargeFen,
  divideRate,
  formatFen,
  parseMoney,
  parseRate,
  type ExactRate,
  type Fen,
  MAX_MONEY_FEN,
} from './money';
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
  /** The contractual rate per day (`rateIsDaily`) or per period; an annual rate arrives divided (/ 12, / 365, / 360). */
  readonly rate: ExactRate;
  readonly rateIsDaily: boolean;
  /** The rate while overdue, in the same unit as `rate`; null: none (the contractual rate goes on). */
  readonly penaltyRate: ExactRate | null;
  readonly compound: boolean;
  readonly frozen: boolean;
  /** `periodFee` plus feeRate × originalPrincipal (rounded half-up to the fen). */
  readonly periodFee: Fen;
  /** null: no cap. */
  readonly chargeCap: Fen | null;
  /** null: no negotiated instalment. */
  readonly fixedPayment: Fen | null;
  /** null: not a current loan (overdue from the start). */
  readonly contractInstalment: Fen | null;
  readonly tokenPayment: Fen;
}

/** A dated budget (`budgetChanges`) or one-off sum (`lumpSums`) as a day number and whole fen. */
export interface DatedAmount {
  readonly day: number;
  readonly fen: Fen;
}

export interface ParsedPlanInput {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly firstPaymentDate: CivilDate;
  readonly strategy: Strategy;
  readonly customOrder: readonly string[] | null;
  readonly horizonMonths: number;
  readonly debts: readonly ParsedDebt[];
  /** Budget changes in date order (`from` strictly increasing). */
  readonly budgetChanges: readonly DatedAmount[];
  /** One-off sums, sorted by day (stable). */
  readonly lumpSums: readonly DatedAmount[];
  /** Day numbers and ISO strings of periods 1..horizonMonths, filled lazily by `periodDay`. */
  readonly periodDays: number[];
  readonly periodDates: string[];
}

export const DEFAULT_HORIZON_MONTHS = 600;
/** At most this many budget changes, and this many lump sums. */
export const MAX_DATED_AMOUNTS = 1200;
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

  const contractInstalment = readMoney(issues, raw, 'contractInstalment', `${base}.contractInstalment`, false);
  if (contractInstalment !== undefined && fixedPayment !== undefined)
    issues.add(`${base}.contractInstalment`, 'conflict');
  const originalPrincipal = readMoney(issues, raw, 'originalPrincipal', `${base}.originalPrincipal`, false);
  const feeRate = raw.feeRate === undefined ? undefined : readRate(issues, raw.feeRate, `${base}.feeRate`);

  // Exactly one of the three rates; an annual rate becomes a monthly (/ 12) or daily (/ basis) one.
  const given = (['dailyRate', 'monthlyRate', 'annualRate'] as const).filter((key) => raw[key] !== undefined);
  let rate: ExactRate | undefined;
  let penaltyRate: ExactRate | undefined;
  let rateIsDaily = true;
  if (given.length > 1) for (const key of given) issues.add(`${base}.${key}`, 'rate-both');
  else if (given.length === 0) issues.add(`${base}.dailyRate`, 'rate-neither');
  else {
    const key = given[0]!;
    const basis = raw.annualRateDayBasis;
    if (key === 'annualRate' && basis !== undefined && basis !== 360 && basis !== 365) {
      issues.add(`${base}.annualRateDayBasis`, 'day-basis');
    }
    const divisor = key !== 'annualRate' ? 1 : basis === 360 || basis === 365 ? basis : 12;
    rateIsDaily = key === 'dailyRate' || (key === 'annualRate' && divisor !== 12);
    const toPeriodRate = (exact: ExactRate | undefined) =>
      exact && divisor !== 1 ? divideRate(exact, divisor) : exact;
    rate = toPeriodRate(readRate(issues, raw[key], `${base}.${key}`));
    if (raw.penaltyRate !== undefined)
      penaltyRate = toPeriodRate(readRate(issues, raw.penaltyRate, `${base}.penaltyRate`));
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
    penaltyRate: penaltyRate ?? null,
    compound,
    frozen,
    periodFee: periodFee + (feeRate ? chargeFen(originalPrincipal ?? principal, feeRate, 1) : 0),
    chargeCap: chargeCap ?? null,
    fixedPayment: fixedPayment ?? null,
    contractInstalment: contractInstalment ?? null,
    tokenPayment,
  };
}

/**
 * Read `budgetChanges` (`dateKey` "from", `moneyKey` "monthlyBudget") or `lumpSums` ("date", "amount"):
 * an optional array of at most `MAX_DATED_AMOUNTS` records, each date real and not before `asOf`.
 */
function readDatedAmounts(
  issues: IssueCollector,
  raw: unknown,
  path: string,
  keys: { date: string; money: string },
  asOfDay: number | undefined,
): DatedAmount[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.add(path, 'not-an-array');
    return [];
  }
  if (raw.length > MAX_DATED_AMOUNTS) {
    issues.add(path, 'too-many');
    return [];
  }
  const read: DatedAmount[] = [];
  (raw as unknown[]).forEach((item, i) => {
    const itemPath = `${path}[${String(i)}]`;
    if (!isRecord(item)) {
      issues.add(itemPath, 'not-an-object');
      return;
    }
    const date = readDate(issues, item[keys.date], `${itemPath}.${keys.date}`);
    const fen = readMoney(issues, item, keys.money, `${itemPath}.${keys.money}`, true);
    if (!date) return;
    const day = toDayNumber(date);
    if (asOfDay !== undefined && day < asOfDay) issues.add(`${itemPath}.${keys.date}`, 'before-as-of');
    else if (fen !== undefined) read.push({ day, fen });
  });
  return read;
}

/**
 * Check every field of a plan input and convert it to the engine's internal form.
 * With `withBudget: false` `monthlyBudget` is neither read nor required; with `'optional'` (for
 * `requiredBudget`, where it is the reference the budget changes are scaled from) it may be absent (0);
 * `extraDates` validates further date fields (e.g. `targetDate`) in the same pass.
 * @throws PlanInputError naming every offending field path.
 */
export function parsePlanInput(
  raw: unknown,
  options: { withBudget: boolean | 'optional'; extraDates?: Record<string, unknown> },
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

  const budget =
    options.withBudget === false
      ? 0
      : (readMoney(issues, raw, 'monthlyBudget', 'monthlyBudget', options.withBudget === true) ??
        (options.withBudget === 'optional' && raw.monthlyBudget === undefined ? 0 : undefined));

  const asOfDay = asOf ? toDayNumber(asOf) : undefined;
  const budgetChanges = readDatedAmounts(
    issues,
    raw.budgetChanges,
    'budgetChanges',
    { date: 'from', money: 'monthlyBudget' },
    asOfDay,
  );
  if (Array.isArray(raw.budgetChanges)) {
    let previous = -Infinity;
    (raw.budgetChanges as unknown[]).forEach((change, i) => {
      const from = isRecord(change) && typeof change.from === 'string' ? parseIsoDate(change.from) : undefined;
      if (!from) return;
      const day = toDayNumber(from);
      if (day <= previous) issues.add(`budgetChanges[${String(i)}].from`, 'out-of-order');
      previous = Math.max(previous, day);
    });
  }
  const lumpSums = readDatedAmounts(issues, raw.lumpSums, 'lumpSums', { date: 'date', money: 'amount' }, asOfDay);
  lumpSums.sort((a, b) => a.day - b.day);

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
      budgetChanges,
      lumpSums,
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
