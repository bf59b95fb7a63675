/**
 * Letters as a set (issue 14): what each letter states, whether letters promise together more
 * than the budget, and what changed in a letter between two plan versions. Pure.
 *
 * For the UI:
 * - compose every letter of a plan from one `PlanVersion` (version.ts): then `checkLetterSet`
 *   always passes;
 * - keep `letterFigures(request)` when a letter is copied, shared or printed; when the plan changes,
 *   `diffLetterFigures(kept, letterFigures(sameRequestOnTheNewPlan))` lists what changed (empty:
 *   still current) and `describeLetterChanges` says it in the person's language.
 */
import {
  composeLetter,
  LETTER_AMOUNTS,
  LETTER_DATES,
  TEMPLATES,
  type LetterAmount,
  type LetterDate,
  type LetterFigures,
  type LetterPayment,
} from './compose';
import { fromFen, toFen } from '../domain/money';
import { formatDate, formatMoney, ordinal, sumMoney } from './format';
import { render } from './render';
import type { ScriptLocale, ScriptRequest } from './types';

/** What the letter states (figures, plan version), without its text. */
export function letterFigures(request: ScriptRequest): LetterFigures {
  return composeLetter(request).figures;
}

/** The payments the letter commits the person to, per period, and the plan version they come from. */
export function letterCommitments(request: ScriptRequest): {
  version: string;
  platform: string;
  budget: string;
  payments: LetterPayment[];
} {
  const letter = composeLetter(request);
  return {
    version: letter.figures.version,
    platform: letter.figures.platform,
    budget: letter.budget,
    payments: letter.payments,
  };
}

export type LetterSetProblem =
  /** The letters come from different plan versions: their figures need not add up. */
  | { code: 'mixed-plan-versions'; versions: string[] }
  /** On `date` the letters together promise `committed`, more than the monthly `budget`. */
  | { code: 'over-budget'; date: string; committed: string; budget: string };

export interface LetterSetCheck {
  ok: boolean;
  problems: LetterSetProblem[];
}

/**
 * Checks that a set of letters makes one set of commitments: one plan version, and per period
 * never more than the budget in total (each platform counted once per version; lump sums from
 * cash on hand are not part of the monthly budget).
 */
export function checkLetterSet(requests: readonly ScriptRequest[]): LetterSetCheck {
  const letters = requests.map(letterCommitments);
  const versions = [...new Set(letters.map((letter) => letter.version))];
  const problems: LetterSetProblem[] = [];
  if (versions.length > 1) problems.push({ code: 'mixed-plan-versions', versions });
  // The smallest budget any letter was written with, in whole fen; null without letters.
  const budget = letters.reduce<number | null>(
    (least, letter) => (least === null ? toFen(letter.budget) : Math.min(least, toFen(letter.budget))),
    null,
  );
  const counted = new Set<string>();
  const byDate = new Map<string, string[]>();
  for (const letter of letters) {
    const key = `${letter.version}|${letter.platform}`;
    if (counted.has(key)) continue;
    counted.add(key);
    for (const payment of letter.payments) {
      if (payment.source !== 'budget') continue;
      byDate.set(payment.date, [...(byDate.get(payment.date) ?? []), payment.amount]);
    }
  }
  if (budget !== null) {
    for (const date of [...byDate.keys()].sort()) {
      const committed = sumMoney(byDate.get(date) ?? []);
      if (toFen(committed) > budget) problems.push({ code: 'over-budget', date, committed, budget: fromFen(budget) });
    }
  }
  return { ok: problems.length === 0, problems };
}

/** One difference between two versions of a letter; `null` where a version does not state it. */
export type LetterChange =
  | { field: 'place'; before: string | null; after: string | null }
  | { field: 'status'; before: string | null; after: string | null }
  | { field: 'amount'; name: LetterAmount; before: string | null; after: string | null }
  | { field: 'date'; name: LetterDate; before: string | null; after: string | null };

const placeOf = (figures: LetterFigures): string | null =>
  figures.place !== null ? `${String(figures.place.place)}/${String(figures.place.count)}` : null;

/**
 * What changed in a letter between the version kept (copied or printed) and the current one:
 * place, status, then amounts and dates in a fixed order. Empty: the kept letter is still true.
 * The plan version id alone is not a change (a plan can change without touching this letter).
 */
export function diffLetterFigures(before: LetterFigures, after: LetterFigures): LetterChange[] {
  const changes: LetterChange[] = [];
  if (placeOf(before) !== placeOf(after))
    changes.push({ field: 'place', before: placeOf(before), after: placeOf(after) });
  if (before.status !== after.status) changes.push({ field: 'status', before: before.status, after: after.status });
  for (const name of LETTER_AMOUNTS) {
    const a = before.amounts[name] ?? null;
    const b = after.amounts[name] ?? null;
    if (a !== b) changes.push({ field: 'amount', name, before: a, after: b });
  }
  for (const name of LETTER_DATES) {
    const a = before.dates[name] ?? null;
    const b = after.dates[name] ?? null;
    if (a !== b) changes.push({ field: 'date', name, before: a, after: b });
  }
  return changes;
}

/** Each change as one line in the person's language, e.g. "开始集中偿还：2026年2月28日→2026年3月31日". */
export function describeLetterChanges(changes: readonly LetterChange[], locale: ScriptLocale): string[] {
  const t = TEMPLATES[locale];
  const none = t['change.none'];
  return changes.map((change) => {
    let label: string;
    let show: (value: string) => string;
    switch (change.field) {
      case 'place':
        label = t['change.place'];
        show = (value) => {
          const [place = '', count = ''] = value.split('/');
          return render(t.place, { place: ordinal(Number(place), locale), count });
        };
        break;
      case 'status':
        label = t['change.status'];
        show = (value) => t[`change.status.${value as NonNullable<LetterFigures['status']>}`];
        break;
      case 'amount':
        label = t[`change.amount.${change.name}`];
        show = (value) => formatMoney(value, locale);
        break;
      case 'date':
        label = t[`change.date.${change.name}`];
        show = (value) => formatDate(value, locale);
        break;
    }
    return render(t['change.line'], {
      label,
      before: change.before !== null ? show(change.before) : none,
      after: change.after !== null ? show(change.after) : none,
    });
  });
}
