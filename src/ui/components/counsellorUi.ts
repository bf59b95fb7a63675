/** Small shared pieces of counsellor mode's screens: the bound text function and step names. */
import type { SessionStep } from '../../domain/records';
import type { CounsellorKey } from '../../i18n/counsellor.en';
import { counsellorText } from '../pages/counsellorText';
import { usePlanner } from '../state/PlannerProvider';

export type CounsellorT = (key: CounsellorKey, params?: Readonly<Record<string, string | number>>) => string;

/** The guided session's steps, in order. */
export const SESSION_STEPS: readonly SessionStep[] = [
  'situation',
  'debts',
  'budget',
  'plan',
  'scripts',
  'week',
  'handover',
];

/** Counsellor strings in the planner's current language (reactive when called inside JSX). */
export function useCounsellorText(): CounsellorT {
  const planner = usePlanner();
  return (key, params) => counsellorText(planner.state.locale, key, params);
}

export function sessionStepName(ct: CounsellorT, step: SessionStep): string {
  return ct(`session.step.${step}`);
}
