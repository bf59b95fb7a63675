/**
 * The order in which the focus money reaches the debts (rule 7 of docs/engine.md).
 *
 * Snowball and avalanche rank platforms (debts sharing a `platform`), keep each platform's debts
 * together and rank the debts inside a platform by the same key. The order is fixed once, from
 * the amounts owed at the start. Rates are compared as exact decimals, never as floats.
 */
import { compareScaledRates, exactRate, type ExactRate } from './money';
import type { ParsedDebt, ParsedPlanInput } from './validate';

/**
 * A rate scaled to a year: a daily rate × 365 or a monthly rate × 12 (an annual rate arrives as one
 * of these, so it ranks as itself, or as its daily rate × 365 on a day basis); zero for a frozen debt.
 * A debt overdue from the start (no contract instalment) ranks by its penalty rate, if it has one.
 */
interface AnnualRate {
  readonly rate: ExactRate;
  readonly times: number;
}

const ZERO_ANNUAL: AnnualRate = {
  rate: exactRate(0n, 1n),
  times: 1,
};

function annualRateOf(debt: ParsedDebt): AnnualRate {
  if (debt.frozen) return ZERO_ANNUAL;
  const charged = debt.contractInstalment === null && debt.penaltyRate !== null ? debt.penaltyRate : debt.rate;
  return { rate: charged, times: debt.rateIsDaily ? 365 : 12 };
}

function compareAnnual(a: AnnualRate, b: AnnualRate): number {
  return compareScaledRates(a.rate, a.times, b.rate, b.times);
}

/** What a debt or a platform is ranked by. */
interface RankKey {
  readonly owed: number;
  readonly annual: AnnualRate;
  readonly position: number;
}

function compareKeys(strategy: 'snowball' | 'avalanche', a: RankKey, b: RankKey): number {
  const byOwed = a.owed - b.owed;
  const byRateDescending = compareAnnual(b.annual, a.annual);
  const first = strategy === 'snowball' ? byOwed : byRateDescending;
  if (first !== 0) return first;
  const second = strategy === 'snowball' ? byRateDescending : byOwed;
  if (second !== 0) return second;
  return a.position - b.position;
}

/** A negotiated instalment or a current loan's contract instalment: paid every period anyway. */
function paysEveryPeriod(debt: ParsedDebt): boolean {
  return debt.fixedPayment !== null || debt.contractInstalment !== null;
}

function owedAtStart(debt: ParsedDebt): number {
  return debt.principal + debt.interest + debt.fees;
}

/** Positions (indexes into `input.debts`) in the order the focus money reaches them. */
export function repaymentOrder(input: ParsedPlanInput): number[] {
  const { debts, strategy } = input;
  if (strategy === 'custom') {
    const positionOf = new Map(debts.map((debt) => [debt.id, debt.position]));
    return (input.customOrder ?? []).map((id) => positionOf.get(id) ?? -1);
  }

  interface Platform {
    debts: ParsedDebt[];
    key: RankKey;
    allFixed: boolean;
  }
  const platforms = new Map<string, Platform>();
  for (const debt of debts) {
    const owed = owedAtStart(debt);
    const annual = annualRateOf(debt);
    const platform = platforms.get(debt.platformKey);
    if (!platform) {
      platforms.set(debt.platformKey, {
        debts: [debt],
        key: { owed, annual, position: debt.position },
        allFixed: paysEveryPeriod(debt),
      });
    } else {
      platform.debts.push(debt);
      platform.key = {
        owed: platform.key.owed + owed,
        annual: compareAnnual(annual, platform.key.annual) > 0 ? annual : platform.key.annual,
        position: platform.key.position,
      };
      platform.allFixed &&= paysEveryPeriod(debt);
    }
  }

  const debtKey = (debt: ParsedDebt): RankKey => ({
    owed: owedAtStart(debt),
    annual: annualRateOf(debt),
    position: debt.position,
  });
  const ranked = [...platforms.values()].sort(
    (a, b) => Number(a.allFixed) - Number(b.allFixed) || compareKeys(strategy, a.key, b.key),
  );
  return ranked.flatMap((platform) =>
    platform.debts
      .slice()
      .sort(
        (a, b) =>
          Number(paysEveryPeriod(a)) - Number(paysEveryPeriod(b)) || compareKeys(strategy, debtKey(a), debtKey(b)),
      )
      .map((debt) => debt.position),
  );
}
