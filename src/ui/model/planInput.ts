/**
 * From the records a person keeps (debts, budget, plan settings) to the engine's `PlanInput`.
 *
 * Pure. The budget's monthly amount is exact (whole fen): income lines minus expense lines, or
 * the amount typed directly. Debts go to the engine in the person's list order (`position`);
 * a custom order is stored as debt ids and reconciled here with the debts that exist now.
 */
import type { DebtInput, PlanInput, Strategy } from '../../domain';
import type { BudgetRecord, DebtRecord, PlanSettingsRecord } from '../../domain/records';
import { fromFen, parseFen, sumFen, sumMoney } from '../../domain/money';
import { platformKeyOf, type PlatformKey } from '../../domain/platform';
import { parseMoneyInput } from './money';
import { percentToFraction, toEngineRate } from './rates';

export interface BudgetAmount {
  /** The monthly amount for debts, "0.00" or more. */
  amount: string;
  /** Income minus expenses before flooring at zero (lines mode); equals `amount` in direct mode. */
  difference: string;
  /** Lines or the direct amount that are not valid amounts (ignored in the sum). */
  invalidLineIds: string[];
}

/** The monthly amount for debts from a budget record. */
export function toBudgetAmount(budget: BudgetRecord): BudgetAmount {
  if (budget.mode === 'direct') {
    const amount = parseMoneyInput(budget.directAmount);
    return {
      amount: amount ?? '0.00',
      difference: amount ?? '0.00',
      invalidLineIds: amount === undefined ? ['direct'] : [],
    };
  }
  const invalidLineIds: string[] = [];
  const total = (lines: BudgetRecord['income']): number => {
    const amounts: number[] = [];
    for (const line of lines) {
      if (line.amount.trim() === '') continue;
      const fen = parseTypedFen(line.amount);
      if (fen === undefined) invalidLineIds.push(line.id);
      else amounts.push(fen);
    }
    return sumFen(amounts);
  };
  const difference = total(budget.income) - total(budget.expenses);
  return {
    amount: fromFen(Math.max(0, difference)),
    difference: fromFen(difference),
    invalidLineIds,
  };
}

/**
 * The budget as storage keeps it: every amount a money string ("1234.50"; an empty line is
 * "0.00"). `undefined` while any amount is not a valid amount yet: the screen keeps what was
 * typed and flags it, and the last valid budget stays stored.
 */
export function toStorableBudget(budget: BudgetRecord): BudgetRecord | undefined {
  const normalise = (text: string): string | undefined => (text.trim() === '' ? '0.00' : parseMoneyInput(text));
  const lines = (list: BudgetRecord['income']): BudgetRecord['income'] | undefined => {
    const result: BudgetRecord['income'] = [];
    for (const line of list) {
      const amount = normalise(line.amount);
      if (amount === undefined) return undefined;
      result.push({ ...line, amount });
    }
    return result;
  };
  const income = lines(budget.income);
  const expenses = lines(budget.expenses);
  const directAmount = normalise(budget.directAmount);
  if (!income || !expenses || directAmount === undefined) return undefined;
  return { ...budget, income, expenses, directAmount };
}

/** Debts in the person's list order. */
export function sortDebts(debts: readonly DebtRecord[]): DebtRecord[] {
  return [...debts].sort((a, b) => a.position - b.position);
}

/** The engine's view of one debt. Optional money fields are sent only when filled in. */
export function toDebtInput(debt: DebtRecord): DebtInput {
  const input: DebtInput = {
    id: debt.id,
    platform: debt.platform,
    principal: debt.principal,
    interest: debt.interest,
    fees: debt.fees,
    ...toEngineRate(debt.enteredRate),
    compound: debt.compound,
    frozen: debt.frozen,
  };
  if (debt.periodFee) input.periodFee = debt.periodFee;
  if (debt.chargeCap) input.chargeCap = debt.chargeCap;
  if (debt.fixedPayment) input.fixedPayment = debt.fixedPayment;
  if (debt.tokenPayment) input.tokenPayment = debt.tokenPayment;
  // Issue 16: loans as lenders charge them. A penalty rate is in the unit of the entered rate.
  if (debt.penaltyPercent) input.penaltyRate = percentToFraction(debt.penaltyPercent);
  if (debt.feePercent) {
    input.feeRate = percentToFraction(debt.feePercent);
    if (debt.originalPrincipal) input.originalPrincipal = debt.originalPrincipal;
  }
  // The engine refuses a contract instalment beside a negotiated one: the negotiated one wins.
  if (debt.contractInstalment && !debt.fixedPayment) input.contractInstalment = debt.contractInstalment;
  return input;
}

/**
 * A full custom order (every debt id once): the stored order's ids that still exist, then any
 * new debts, each platform's debts kept together after the platform's first appearance.
 */
export function reconcileCustomOrder(debts: readonly DebtRecord[], stored: readonly string[]): string[] {
  const sorted = sortDebts(debts);
  const byId = new Map(sorted.map((debt) => [debt.id, debt]));
  const seen = new Set<string>();
  const platformOrder: PlatformKey[] = [];
  const platformDebts = new Map<PlatformKey, string[]>();
  const place = (debt: DebtRecord): void => {
    if (seen.has(debt.id)) return;
    seen.add(debt.id);
    const key = platformKeyOf(debt);
    const list = platformDebts.get(key);
    if (list) list.push(debt.id);
    else {
      platformDebts.set(key, [debt.id]);
      platformOrder.push(key);
    }
  };
  for (const id of stored) {
    const debt = byId.get(id);
    if (debt) place(debt);
  }
  for (const debt of sorted) place(debt);
  return platformOrder.flatMap((key) => platformDebts.get(key) ?? []);
}

/** Move a platform (all its debts) one place up (-1) or down (+1) in a custom order. */
export function movePlatform(
  debts: readonly DebtRecord[],
  order: readonly string[],
  platformKey: PlatformKey,
  direction: -1 | 1,
): string[] {
  const full = reconcileCustomOrder(debts, order);
  const keyOf = new Map(debts.map((debt) => [debt.id, platformKeyOf(debt)]));
  const groups: { key: PlatformKey; ids: string[] }[] = [];
  for (const id of full) {
    const key = keyOf.get(id) ?? platformKeyOf({ id });
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.ids.push(id);
    else groups.push({ key, ids: [id] });
  }
  const index = groups.findIndex((group) => group.key === platformKey);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= groups.length) return full;
  const moved = groups[index]!;
  groups[index] = groups[target]!;
  groups[target] = moved;
  return groups.flatMap((group) => group.ids);
}

export interface PlanSources {
  debts: readonly DebtRecord[];
  budget: BudgetRecord;
  settings: PlanSettingsRecord;
}

/** The engine input for the person's records; `strategy` overrides the chosen one (for comparisons). */
export function toPlanInput(sources: PlanSources, strategy: Strategy = sources.settings.strategy): PlanInput {
  const debts = sortDebts(sources.debts);
  const input: PlanInput = {
    asOf: sources.settings.asOf,
    firstPaymentDate: sources.settings.firstPaymentDate,
    monthlyBudget: toBudgetAmount(sources.budget).amount,
    strategy,
    debts: debts.map(toDebtInput),
  };
  if (strategy === 'custom') input.order = reconcileCustomOrder(debts, sources.settings.customOrder);
  return input;
}

/** Money owed now on one debt (principal + interest + fees), exact; an empty field counts as nothing. */
export function owedNow(debt: Pick<DebtRecord, 'principal' | 'interest' | 'fees'>): string {
  return sumMoney([debt.principal, debt.interest, debt.fees].map((amount) => amount || undefined));
}

/** Whole fen of an amount as a person typed it ("1,234.5", "１２００元"); undefined when it is not one. */
function parseTypedFen(text: string): number | undefined {
  const amount = parseMoneyInput(text);
  return amount === undefined ? undefined : parseFen(amount);
}
