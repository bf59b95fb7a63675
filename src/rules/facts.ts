/**
 * Interim storage of ticked facts. `CollectionLogRecord` (owned by the lead) has no fields for
 * them yet, so they travel in its `ruleIds` list as `fact:<name>` tokens, next to any rule ids.
 * When the record gains real fields, only these two functions change.
 */
import type { CollectionEntry, CollectionLogFacts } from './types';
import type { CollectionLogRecord } from '../domain/records';

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
export const TICKABLE_FACTS: readonly BooleanFact[] = BOOLEAN_FACTS;

const PREFIX = 'fact:';
const NOT_CONNECTED = 'fact:notConnected';

/** `ruleIds` with the facts' tokens replacing any earlier ones (other ids kept). */
export function encodeFacts(ruleIds: readonly string[], facts: CollectionLogFacts): string[] {
  const kept = ruleIds.filter((id) => !id.startsWith(PREFIX));
  for (const name of BOOLEAN_FACTS) if (facts[name] === true) kept.push(PREFIX + name);
  if (facts.connected === false) kept.push(NOT_CONNECTED);
  return kept;
}

export function decodeFacts(ruleIds: readonly string[]): CollectionLogFacts {
  const facts: CollectionLogFacts = {};
  for (const name of BOOLEAN_FACTS) if (ruleIds.includes(PREFIX + name)) facts[name] = true;
  if (ruleIds.includes(NOT_CONNECTED)) facts.connected = false;
  return facts;
}

/** The entry as the rules read it: explicit `facts` win, else decoded from `ruleIds`. */
export function withFacts(record: CollectionLogRecord | CollectionEntry): CollectionEntry {
  const explicit = (record as CollectionEntry).facts;
  return explicit ? record : { ...record, facts: decodeFacts(record.ruleIds) };
}
