/**
 * The always-present crisis control (src/ui/components/CrisisHelp.tsx) on every screen, the lock
 * screen and Quick hide's neutral screen included. Calm and neutral on purpose: the label says
 * nothing about debts. zh-CN is typed against this file.
 */
export const crisisEn = {
  'crisis.open': 'Need help?',
  'crisis.close': 'Close',
} as const;

export type CrisisKey = keyof typeof crisisEn;
export type CrisisDict = Readonly<Record<CrisisKey, string>>;
