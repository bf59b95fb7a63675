/**
 * Letters the person copied, shared or printed (issue 14), and whether each still says what the
 * plan says. Pure and Solid-free.
 *
 * A kept letter holds what its text stated (`LetterFigures`, with the plan version it came from)
 * and the request without its plan, so it can be written again from the current plan version and
 * compared (`diffLetterFigures`): no change → still current; changes → out of date, with what
 * changed; the creditor gone from the plan → out of date too.
 */
import type { PlanInput, Plan } from '../../domain';
import {
  diffLetterFigures,
  letterFigures,
  type LetterChange,
  type LetterFigures,
  type ScriptRequest,
} from '../../scripts';

export type KeptHow = 'copied' | 'shared' | 'printed';

/** The request of a kept letter, without the plan it was written from. */
export type KeptRequest = Omit<ScriptRequest, 'input' | 'plan'>;

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

/** `request` without its plan. */
export function keptRequestOf(request: ScriptRequest): KeptRequest {
  const { input: _input, plan: _plan, ...rest } = request;
  return structuredClone(rest);
}

/** `list` with `letter` recorded: newest first; the same letter of the same version replaced. */
export function keepLetter(list: readonly KeptLetter[], letter: KeptLetter): KeptLetter[] {
  return [letter, ...list.filter((item) => item.key !== letter.key)];
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
