/**
 * The facts a person can tick on a collection-log entry. They live in the entry's own optional
 * `facts` field (schema v4; before that they travelled as `fact:*` tokens inside `ruleIds`,
 * which migration 0004 moved out). `connected` is asked separately, for calls only.
 */
import type { CollectionLogFacts } from '../domain/records';

const BOOLEAN_FACTS = [
  'threatened',
  'insulted',
  'impersonated',
  'claimedGuarantor',
  'askedPersonalAccount',
  'pushedNewBorrowing',
  'disclosedDebt',
  'agreedTime',
] as const satisfies readonly (keyof CollectionLogFacts)[];

export type BooleanFact = (typeof BOOLEAN_FACTS)[number];
/** The yes/no facts, in the order the form shows them. */
export const TICKABLE_FACTS: readonly BooleanFact[] = BOOLEAN_FACTS;

/**
 * The facts as stored: only ticked ones (and `connected: false`) are kept; undefined when
 * nothing is ticked, so an entry without ticks carries no `facts` field.
 */
export function compactFacts(facts: CollectionLogFacts): CollectionLogFacts | undefined {
  const kept: CollectionLogFacts = {};
  for (const name of BOOLEAN_FACTS) if (facts[name] === true) kept[name] = true;
  if (facts.connected === false) kept.connected = false;
  return Object.keys(kept).length === 0 ? undefined : kept;
}
