/**
 * Negotiation letters and scripts written from the plan (issues 5 and 14): the public surface of
 * src/scripts. See CONTEXT.md.
 *
 * `composeScript(request)` is pure and synchronous: it reads the plan the caller already has
 * (re-running the engine only for an instalment request) and returns `{ title, text }`.
 * Every figure comes from the plan; every sentence from templates/<locale>.ts.
 */
import { composeLetter } from './compose';
import type { Script, ScriptRequest } from './types';

export * from './types';
export { ScriptRequestError, SettlementAmountError, type ScriptRequestErrorCode } from './errors';
export { platformFacts, platformQueue, resolvePlatformKey, type PlatformFacts, type PlatformStatus } from './facts';
export {
  applyInstalment,
  computeInstalment,
  isInstalmentInPlan,
  MAX_INSTALMENT_MONTHS,
  type InstalmentOption,
  type InstalmentResult,
} from './instalment';
export { formatDate as formatScriptDate, formatMoney as formatScriptMoney } from './format';
export {
  composeLetter,
  LETTER_AMOUNTS,
  LETTER_DATES,
  MESSAGE_LIMITS,
  settlementOffer,
  TEMPLATES,
  type ComposedLetter,
  type LetterAmount,
  type LetterDate,
  type LetterFigures,
  type LetterPayment,
} from './compose';
export { makePlanVersion, planVersionId, type PlanVersion, type PlanVersionOptions } from './version';
export {
  checkLetterSet,
  describeLetterChanges,
  diffLetterFigures,
  letterCommitments,
  letterFigures,
  type LetterChange,
  type LetterSetCheck,
  type LetterSetProblem,
} from './letters';

/**
 * The script for one platform. Pure and synchronous. Throws (loudly) on a platform that is not in
 * the input or on a template/placeholder mismatch, never returning text with an unfilled
 * placeholder; throws a typed `SettlementAmountError` (path 'settlementAmount') when a settlement
 * offer is more than what is owed on that platform at `asOf` or than the cash on hand.
 */
export function composeScript(request: ScriptRequest): Script {
  return composeLetter(request).script;
}
