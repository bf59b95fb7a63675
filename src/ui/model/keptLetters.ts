/**
 * Letters the person copied, shared or printed (issue 14), and whether each still says what the
 * plan says. Pure and Solid-free.
 *
 * A kept letter holds what its text stated (`LetterFigures`, with the plan version it came from)
 * and the request without its plan and without free text, so it can be written again from the
 * current plan version and compared (`diffLetterFigures`): no change → still current; changes →
 * out of date, with what changed; the creditor gone from the plan → out of date too.
 *
 * The list is the client's record of what was sent: stored with the plan settings
 * (`PlanSettingsRecord.keptLetters`, schema v14: sealed under the lock, in backups), newest first,
 * at most KEPT_LETTERS_MAX. Storage validates it against the same lists the scripts use
 * (keptLetters.test.ts holds the two in step), so a stored record is read back as it was written.
 */
import type { Plan, PlanInput } from '../../domain';
import type { KeptLetterRecord } from '../../domain/records';
import { KEPT_LETTERS_MAX } from '../../storage/validation';
import {
  diffLetterFigures,
  letterFigures,
  type LetterChange,
  type LetterFigures,
  type ScriptRequest,
} from '../../scripts';

export type KeptHow = 'copied' | 'shared' | 'printed';

/** The fields of a request a kept letter keeps: everything its figures depend on, no free text. */
export const KEPT_REQUEST_FIELDS = [
  'kind',
  'locale',
  'channel',
  'platform',
  'platformName',
  'tone',
  'creditCard',
  'creditorKind',
  'hardshipReasons',
  'evidence',
  'evidenceKept',
  'followUp',
  'previousDate',
  'settlementAmount',
  'cashOnHand',
  'settlementBy',
  'instalmentMonths',
  'complaintTo',
  'recordedInterestStop',
  'letterDate',
] as const satisfies readonly (keyof ScriptRequest)[];

/** The request of a kept letter, without the plan it was written from and without free text. */
export type KeptRequest = Pick<ScriptRequest, (typeof KEPT_REQUEST_FIELDS)[number]>;

/** The most letters kept per client (storage refuses more); the oldest are dropped. */
export { KEPT_LETTERS_MAX };

export interface KeptLetter {
  /** One entry per letter (kind, channel, language, creditor) and plan version. */
  key: string;
  title: string;
  how: KeptHow;
  /** The day it was last copied, shared or printed (`YYYY-MM-DD`). */
  on: string;
  figures: LetterFigures;
  request: KeptRequest;
}

export type KeptStatus =
  | { state: 'current' }
  | { state: 'changed'; changes: LetterChange[] }
  /** The creditor is no longer in the plan (or its letter cannot be written now). */
  | { state: 'gone' };

/** The key of a kept letter: the same letter of the same plan version is kept once. */
export function keptKey(request: KeptRequest, figures: LetterFigures): string {
  return [figures.version, figures.platform, request.kind, request.channel, request.locale].join('|');
}

/** `request` without its plan and its free text (name, contract number, hardship details, log, contact). */
export function keptRequestOf(request: ScriptRequest): KeptRequest {
  const kept: Record<string, unknown> = {};
  for (const field of KEPT_REQUEST_FIELDS) if (request[field] !== undefined) kept[field] = request[field];
  return JSON.parse(JSON.stringify(kept)) as KeptRequest;
}

/**
 * `list` with `letter` recorded: newest first; the same letter of the same version replaced; at
 * most KEPT_LETTERS_MAX (the oldest dropped).
 */
export function keepLetter(list: readonly KeptLetter[], letter: KeptLetter): KeptLetter[] {
  return [letter, ...list.filter((item) => item.key !== letter.key)].slice(0, KEPT_LETTERS_MAX);
}

/**
 * The stored list as kept letters. Storage validated every field against the scripts' own lists
 * (kinds, channels, amount and date names; keptLetters.test.ts keeps them equal), so this only
 * narrows the types.
 */
export function keptLettersOfRecords(records: readonly KeptLetterRecord[] | undefined): KeptLetter[] {
  return (records ?? []) as KeptLetter[];
}

/**
 * Kept letters as stored (every kept letter is a valid record as it is). A JSON copy, not
 * structuredClone: the letters already kept come from the UI's store as proxies, which
 * structuredClone refuses (DataCloneError), so the second letter copied could not be kept.
 */
export function keptLettersToRecords(list: readonly KeptLetter[]): KeptLetterRecord[] {
  return JSON.parse(JSON.stringify(list)) as KeptLetterRecord[];
}

/** Whether a kept letter still says what the letter from `version` would say. */
export function keptStatus(kept: KeptLetter, version: { input: PlanInput; plan: Plan }): KeptStatus {
  let now: LetterFigures;
  try {
    now = letterFigures({ ...kept.request, input: version.input, plan: version.plan });
  } catch {
    return { state: 'gone' };
  }
  const changes = diffLetterFigures(kept.figures, now);
  return changes.length === 0 ? { state: 'current' } : { state: 'changed', changes };
}
