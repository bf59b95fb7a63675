/**
 * Which lenders a source binds, and on which dates (issue 15). A rule, flag citation or complaint
 * channel is shown for a lender only where its sources bind that lender; with the person's
 * "I don't know" (`unknown`) only what binds every lender (the common legal floor) is shown.
 *
 * `LenderType` is the shared type of src/domain/records.ts. Banks are split by product because
 * the credit-card Measures bind credit cards and GB/T 45251—2025 binds online consumer loans:
 * a bank lender whose product is not known is bound only by what binds both.
 */
import type { LenderType } from '../domain/records';

export { LENDER_TYPES, type LenderType } from '../domain/records';

/** What the rules need to know about a creditor. */
export interface Lender {
  type: LenderType;
  /**
   * The debt is a credit card (the debt's kind is 'credit-card'). Read only for banks; when it is
   * not known, neither card-only nor loan-only sources are cited for a bank.
   */
  creditCard?: boolean;
}

/** A lender type alone, or with its product. */
export type LenderInput = LenderType | Lender;

/** The parties a source can bind: the lender types, with banks split by product. */
export type Scope =
  | 'bank-card'
  | 'bank-loan'
  | 'consumer-finance'
  | 'microlender'
  | 'online-platform'
  | 'collection-agency'
  | 'unlicensed';

/** Whom a source binds: everyone (laws, and facts that hold whoever the lender is), or some scopes. */
export type Binds = 'everyone' | readonly Scope[];

/** The dates a source applies to (inclusive, `YYYY-MM-DD`); absent ends are open. */
export interface InForce {
  from?: string;
  until?: string;
}

export function toLender(input: LenderInput): Lender {
  return typeof input === 'string' ? { type: input } : input;
}

/** The scopes a lender falls in, all of which a source must bind (a bank of unknown product: both). */
function scopesOf(lender: Lender): readonly Scope[] {
  switch (lender.type) {
    case 'bank':
      if (lender.creditCard === true) return ['bank-card'];
      if (lender.creditCard === false) return ['bank-loan'];
      return ['bank-card', 'bank-loan'];
    case 'unknown':
      return [];
    default:
      return [lender.type];
  }
}

/** True when `binds` covers this lender. `unknown` is covered only by what binds everyone. */
export function bindsLender(binds: Binds, input: LenderInput): boolean {
  if (binds === 'everyone') return true;
  const lender = toLender(input);
  if (lender.type === 'unknown') return false;
  return scopesOf(lender).every((scope) => binds.includes(scope));
}

/**
 * True when a source is in force on `onDate`. Without a date (an entry whose time could not be
 * read, or a channel used now), the newest version counts: sources with an end date do not.
 */
export function inForceOn(inForce: InForce | undefined, onDate?: string): boolean {
  if (inForce === undefined) return true;
  if (onDate === undefined) return inForce.until === undefined;
  return (
    (inForce.from === undefined || inForce.from <= onDate) && (inForce.until === undefined || onDate <= inForce.until)
  );
}

/**
 * What a debt's kind already says about its lender, until the person answers the lender-type
 * question: credit cards are issued by banks; a consumer-finance debt is owed to a consumer
 * finance company; a private loan is from a lender without a licence. Online loans and "other" say
 * nothing. The person's own answer (`lenderType`) always wins.
 */
const TYPE_OF_KIND: Readonly<Record<string, LenderType>> = {
  'credit-card': 'bank',
  'consumer-finance': 'consumer-finance',
  'private-loan': 'unlicensed',
};

/**
 * The lender behind a platform name, from the person's debts (same trimmed name): their shared
 * type (the person's answer, else what the kind says), or `unknown` when none says or they
 * disagree; `creditCard` when all agree on it.
 */
export function lenderOfDebts(
  debts: readonly { platform: string; kind: string; lenderType?: LenderType }[],
  platform: string,
): Lender {
  const name = platform.trim();
  const own = debts.filter((debt) => debt.platform.trim() === name);
  const types = new Set(own.map((debt) => debt.lenderType ?? TYPE_OF_KIND[debt.kind] ?? 'unknown'));
  const [only] = [...types];
  if (types.size !== 1 || only === undefined) return { type: 'unknown' };
  const cards = new Set(own.map((debt) => debt.kind === 'credit-card'));
  return cards.size === 1 ? { type: only, creditCard: cards.has(true) } : { type: only };
}
