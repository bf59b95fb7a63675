/**
 * Renders every letter template (kinds × channels × creditor kinds × languages) for one realistic
 * four-creditor plan, for reading aloud (issue 14's audit). Not part of the app or the tests.
 * Usage: npx tsx scripts/render-letters.ts <out-dir>   (one file per locale, kind and creditor kind)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planRepayment, type PlanInput } from '../src/domain';
import {
  composeScript,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  type CreditorKind,
  type ScriptRequest,
} from '../src/scripts';

const input: PlanInput = {
  asOf: '2026-12-01',
  firstPaymentDate: '2026-12-25',
  monthlyBudget: '3000.00',
  strategy: 'snowball',
  debts: [
    {
      id: 'card',
      platform: '招商银行信用卡',
      principal: '12000.00',
      interest: '800.00',
      fees: '200.00',
      monthlyRate: '0.015',
      tokenPayment: '300.00',
    },
    {
      id: 'cf',
      platform: '安心消费金融',
      principal: '8000.00',
      interest: '400.00',
      monthlyRate: '0.012',
      tokenPayment: '200.00',
    },
    {
      id: 'ppd',
      platform: '拍拍贷',
      principal: '3200.00',
      interest: '300.00',
      fees: '70.00',
      monthlyRate: '0.02',
      tokenPayment: '100.00',
    },
    { id: 'ml', platform: '月光小贷', principal: '5000.00', monthlyRate: '0.02', tokenPayment: '150.00' },
  ],
};
const plan = planRepayment(input);

const rows: { label: string; platform: string; kind?: CreditorKind; card?: boolean }[] = [
  { label: 'card', platform: '招商银行信用卡', kind: 'bank', card: true },
  { label: 'bank-loan', platform: '安心消费金融', kind: 'bank' },
  { label: 'consumer-finance', platform: '安心消费金融', kind: 'consumer-finance' },
  { label: 'online-platform', platform: '拍拍贷', kind: 'online-platform' },
  { label: 'microlender', platform: '月光小贷', kind: 'microlender' },
  { label: 'collection-agency', platform: '月光小贷', kind: 'collection-agency' },
  { label: 'none', platform: '拍拍贷' },
];

const out = process.argv[2] ?? '/tmp/letters';
mkdirSync(out, { recursive: true });
let n = 0;
for (const locale of SCRIPT_LOCALES)
  for (const kind of SCRIPT_KINDS)
    for (const row of rows) {
      const variants: Partial<ScriptRequest>[] =
        kind === 'follow-up'
          ? [
              { followUp: 'no-reply', previousDate: '2026-11-20' },
              { followUp: 'refused' },
              { followUp: 'broken-promise', previousDate: '2026-11-25' },
              { followUp: 'keep-current-terms', recordedInterestStop: { since: '2026-10-08' } },
            ]
          : kind === 'complaint'
            ? [{ complaintTo: 'platform' }, { complaintTo: 'regulator' }]
            : kind === 'settlement-offer'
              ? [{ cashOnHand: '2000.00' }, {}]
              : [{}];
      const parts: string[] = [];
      for (const variant of variants)
        for (const channel of SCRIPT_CHANNELS) {
          const request: ScriptRequest = {
            kind,
            locale,
            channel,
            input,
            plan,
            platform: row.platform,
            platformName: row.platform,
            name: '王芳',
            contractNumber: 'PP20250311',
            hardshipReasons: ['job-loss', 'debt-load'],
            evidence: ['income-proof', 'termination'],
            evidenceKept: ['recording', 'screenshot'],
            contactName: '李明',
            letterDate: '2026-12-04',
            collectionLog: {
              events: [
                { date: '2026-11-02', time: '23:15', breach: 'night-contact', count: 2 },
                { date: '2026-11-05', breach: 'third-party-contact', note: '打给我表姐' },
                { date: '2026-11-09', breach: 'threats-insults', possible: true },
              ],
              platformTicket: 'GD123456',
            },
            ...(row.kind ? { creditorKind: row.kind } : {}),
            ...(row.card ? { creditCard: true } : {}),
            ...variant,
          };
          const s = composeScript(request);
          parts.push(`######## ${JSON.stringify(variant)} ${channel}\n【${s.title}】\n${s.text}\n`);
          n++;
        }
      writeFileSync(join(out, `${locale}.${kind}.${row.label}.txt`), parts.join('\n'));
    }
console.log(`${String(n)} texts written to ${out}`);
