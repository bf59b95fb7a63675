/**
 * Validators (valibot) for every record shape of every schema version, with Shore's limits.
 *
 * Used by backup import (whole file, any supported version) and by the repository before each
 * write, so anything Shore stores can be exported and imported back. Formats are strict:
 * money "1234.50" (at most 2 decimals, no sign, at most 12 whole digits), rates and percentages
 * as plain decimals, dates `YYYY-MM-DD` that exist on the calendar, moments ISO 8601 with a zone.
 * Older versions' validators are frozen like their schemas: change only by adding a version.
 */
import * as v from 'valibot';

/** Limits on what one backup file or record may hold. */
export const LIMITS = {
  /** Whole backup file, in bytes of UTF-8. */
  fileBytes: 50 * 1024 * 1024,
  /** Any string field, unless said otherwise. */
  text: 10_000,
  /** Free-text notes (profile and debt notes, what a collector said, negotiation summaries). */
  notes: 50_000,
  /** Ids, names of platforms, numbers. */
  short: 200,
  /** Records of one store in one file. */
  records: 100_000,
  /** Items of a small list inside one record (budget lines, rule ids, attachment refs). */
  items: 1_000,
  /** One attachment, in bytes. */
  attachmentBytes: 20 * 1024 * 1024,
  /** Nesting depth of the JSON. */
  depth: 16,
} as const;

const MONEY = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/;
const DECIMAL = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,20})?$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const MOMENT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A real calendar date: rejects 2026-02-30. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function isMoment(text: string): boolean {
  return MOMENT.test(text) && isCalendarDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.short));
const shortText = v.pipe(v.string(), v.maxLength(LIMITS.short));
const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const notes = v.pipe(v.string(), v.maxLength(LIMITS.notes));
const money = v.pipe(v.string(), v.regex(MONEY, 'money must look like 1234.50'));
const decimal = v.pipe(v.string(), v.regex(DECIMAL, 'must be a plain decimal number'));
const date = v.pipe(v.string(), v.check(isCalendarDate, 'must be a date YYYY-MM-DD'));
const moment = v.pipe(v.string(), v.maxLength(40), v.check(isMoment, 'must be an ISO 8601 moment with a zone'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
function list<T extends v.GenericSchema>(item: T, max: number = LIMITS.items) {
  return v.pipe(v.array(item), v.maxLength(max));
}
function records<T extends v.GenericSchema>(item: T) {
  return list(item, LIMITS.records);
}

// ---- Version 1 (frozen) ----

const profileEntriesV1 = {
  id,
  displayName: text,
  notes,
  updatedAt: moment,
  archived: v.optional(v.boolean()),
};

const debtEntriesV1 = {
  id,
  profileId: id,
  platform: text,
  kind: v.picklist(['online-loan', 'credit-card', 'consumer-finance', 'private-loan', 'other']),
  contractNumber: text,
  principal: money,
  interest: money,
  fees: money,
  dailyRate: v.optional(decimal),
  monthlyRate: v.optional(decimal),
  compound: v.boolean(),
  periodFee: v.optional(money),
  chargeCap: v.optional(money),
  frozen: v.boolean(),
  fixedPayment: v.optional(money),
  tokenPayment: v.optional(money),
  overdueSince: v.optional(date),
  collectionStatus: v.picklist(['none', 'reminders', 'calls', 'third-party-contact', 'legal', 'outsourced']),
  notes,
  position: v.pipe(count, v.maxValue(1_000_000)),
  updatedAt: moment,
};

const budgetLine = v.strictObject({ id, label: text, category: shortText, amount: money });

const budgetV1 = v.strictObject({
  profileId: id,
  mode: v.picklist(['lines', 'direct']),
  income: list(budgetLine),
  expenses: list(budgetLine),
  directAmount: money,
  updatedAt: moment,
});

const planSettingsV1 = v.strictObject({
  profileId: id,
  strategy: v.picklist(['snowball', 'avalanche', 'custom']),
  customOrder: list(id, 10_000),
  asOf: date,
  firstPaymentDate: date,
  targetDate: v.optional(date),
  updatedAt: moment,
});

const agreedTermsEntriesV1 = {
  frozen: v.optional(v.boolean()),
  fixedPayment: v.optional(money),
  chargeCap: v.optional(money),
  tokenPayment: v.optional(money),
  months: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1200))),
  effectiveFrom: date,
};

const negotiationV1 = v.strictObject({
  id,
  profileId: id,
  platform: text,
  at: moment,
  kind: v.picklist(['contact', 'proposal', 'reply', 'agreement', 'confirmation', 'note']),
  summary: notes,
  answer: v.optional(v.picklist(['accepted', 'refused', 'counter-offer', 'no-reply', 'pending'])),
  agreedTerms: v.optional(v.strictObject(agreedTermsEntriesV1)),
  writtenConfirmation: v.boolean(),
  updatedAt: moment,
});

const logEntriesV1 = {
  id,
  profileId: id,
  at: moment,
  platform: text,
  callerNumber: shortText,
  callerName: text,
  channel: v.picklist(['call', 'sms', 'wechat', 'in-app', 'visit', 'letter', 'call-to-contact']),
  whatWasSaid: notes,
  ruleIds: list(id),
  updatedAt: moment,
};

const settingsV1 = v.strictObject({
  language: v.picklist(['zh-CN', 'en']),
  activeProfileId: v.optional(id),
  preparerName: v.optional(text),
});

export const snapshotSchemaV1 = v.strictObject({
  profiles: records(v.strictObject(profileEntriesV1)),
  debts: records(v.strictObject(debtEntriesV1)),
  budgets: records(budgetV1),
  planSettings: records(planSettingsV1),
  negotiations: records(negotiationV1),
  collectionLog: records(v.strictObject(logEntriesV1)),
  settings: v.nullable(settingsV1),
});

// ---- Version 2 (frozen): entered rate, profile revision ----

const percent = v.pipe(v.string(), v.regex(DECIMAL, 'percent must be a plain decimal number'));
const enteredRateV2 = v.variant('unit', [
  v.strictObject({ unit: v.literal('daily-percent'), percent }),
  v.strictObject({ unit: v.literal('monthly-percent'), percent }),
  v.strictObject({ unit: v.literal('annual-percent'), percent, basis: v.picklist([360, 365]) }),
]);

/** Exactly one of dailyRate / monthlyRate, as the engine requires. */
function hasOneRate(debt: { dailyRate?: string; monthlyRate?: string }): boolean {
  return (debt.dailyRate === undefined) !== (debt.monthlyRate === undefined);
}

const profileEntriesV2 = { ...profileEntriesV1, revision: count };
const debtV2 = v.pipe(
  v.strictObject({ ...debtEntriesV1, enteredRate: enteredRateV2 }),
  v.check((debt) => hasOneRate(debt), 'a debt needs exactly one of dailyRate and monthlyRate'),
);

export const snapshotSchemaV2 = v.strictObject({
  ...snapshotSchemaV1.entries,
  profiles: records(v.strictObject(profileEntriesV2)),
  debts: records(debtV2),
});

// ---- Version 3 (frozen): log entries with contacted party and attachments ----

export const attachmentRefSchemaV3 = v.strictObject({
  id,
  name: text,
  type: shortText,
  size: v.pipe(count, v.maxValue(LIMITS.attachmentBytes)),
});

export const profileSchemaV3 = v.strictObject(profileEntriesV2);
export const debtSchemaV3 = debtV2;
export const budgetSchemaV3 = budgetV1;
export const planSettingsSchemaV3 = planSettingsV1;
export const negotiationSchemaV3 = negotiationV1;
export const logEntrySchemaV3 = v.strictObject({
  ...logEntriesV1,
  contacted: v.picklist(['me', 'emergency-contact', 'other-contact', 'family', 'employer']),
  attachments: list(attachmentRefSchemaV3, 100),
});
export const settingsSchemaV3 = settingsV1;

/** Base64 text of at most LIMITS.attachmentBytes bytes. */
const base64 = v.pipe(
  v.string(),
  v.maxLength(Math.ceil(LIMITS.attachmentBytes / 3) * 4),
  v.check((value) => value.length % 4 === 0 && BASE64.test(value), 'must be base64'),
);

export const attachmentDataSchemaV3 = v.strictObject({
  id,
  profileId: id,
  logId: id,
  name: text,
  type: shortText,
  size: v.pipe(count, v.maxValue(LIMITS.attachmentBytes)),
  base64,
});

export const snapshotSchemaV3 = v.strictObject({
  profiles: records(profileSchemaV3),
  debts: records(debtSchemaV3),
  budgets: records(budgetSchemaV3),
  planSettings: records(planSettingsSchemaV3),
  negotiations: records(negotiationSchemaV3),
  collectionLog: records(logEntrySchemaV3),
  attachments: records(attachmentDataSchemaV3),
  settings: v.nullable(settingsSchemaV3),
});

// ---- Version 4 (frozen): ticked facts in their own field of a log entry ----

export const logFactsSchemaV4 = v.strictObject({
  connected: v.optional(v.boolean()),
  threatened: v.optional(v.boolean()),
  insulted: v.optional(v.boolean()),
  impersonated: v.optional(v.boolean()),
  claimedGuarantor: v.optional(v.boolean()),
  askedPersonalAccount: v.optional(v.boolean()),
  pushedNewBorrowing: v.optional(v.boolean()),
  disclosedDebt: v.optional(v.boolean()),
  agreedTime: v.optional(v.boolean()),
});

export const profileSchemaV4 = profileSchemaV3;
export const debtSchemaV4 = debtSchemaV3;
export const budgetSchemaV4 = budgetSchemaV3;
export const planSettingsSchemaV4 = planSettingsSchemaV3;
export const negotiationSchemaV4 = negotiationSchemaV3;
export const logEntrySchemaV4 = v.strictObject({
  ...logEntrySchemaV3.entries,
  facts: v.optional(logFactsSchemaV4),
});
export const settingsSchemaV4 = settingsSchemaV3;
export const attachmentDataSchemaV4 = attachmentDataSchemaV3;

export const snapshotSchemaV4 = v.strictObject({
  ...snapshotSchemaV3.entries,
  collectionLog: records(logEntrySchemaV4),
});

// ---- Version 5 (frozen): counsellor sessions, discreet setting ----

const SESSION_STEPS = ['situation', 'debts', 'budget', 'plan', 'scripts', 'week', 'handover'] as const;

export const settingsSchemaV5 = v.strictObject({ ...settingsSchemaV4.entries, discreet: v.optional(v.boolean()) });

const baselinePointV5 = v.strictObject({ date, owed: money, paid: money });

const baselineV5 = v.strictObject({
  takenOn: date,
  asOf: date,
  startOwed: money,
  monthlyBudget: money,
  debtFreeDate: v.nullable(date),
  points: list(baselinePointV5, 1_300),
});

const reviewV5 = v.strictObject({
  id,
  on: date,
  payments: list(v.strictObject({ platform: text, amount: money })),
  balances: list(v.strictObject({ debtId: id, before: money, after: money })),
  note: notes,
  debtFreeBefore: v.nullable(date),
  debtFreeAfter: v.nullable(date),
});

export const counsellorSessionSchemaV5 = v.strictObject({
  profileId: id,
  step: v.picklist(SESSION_STEPS),
  completed: list(v.picklist(SESSION_STEPS), SESSION_STEPS.length),
  situation: notes,
  worries: list(shortText, 50),
  scripts: list(v.strictObject({ platform: text, kind: shortText })),
  weekDone: list(shortText),
  counsellorName: text,
  handedOverOn: v.optional(date),
  baseline: v.optional(baselineV5),
  reviews: list(reviewV5, 500),
  updatedAt: moment,
});

export const snapshotSchemaV5 = v.strictObject({
  ...snapshotSchemaV4.entries,
  counsellorSessions: records(counsellorSessionSchemaV5),
  settings: v.nullable(settingsSchemaV5),
});

// ---- Version 6 (frozen): negotiation details in their own fields, the counsellor's LPR ----

export const CONFIRMATION_CHANNELS_V6 = ['app-message', 'sms', 'email', 'letter', 'website', 'other'] as const;

export const negotiationSchemaV6 = v.strictObject({
  ...negotiationV1.entries,
  agreedTerms: v.optional(
    v.strictObject({
      ...agreedTermsEntriesV1,
      waivedAmount: v.optional(money),
    }),
  ),
  confirmation: v.optional(
    v.strictObject({
      channel: v.picklist(CONFIRMATION_CHANNELS_V6),
      reference: v.pipe(v.string(), v.maxLength(500)),
    }),
  ),
  payment: v.optional(
    v.strictObject({
      outcome: v.picklist(['kept', 'missed']),
      amount: v.optional(money),
      dueDate: v.optional(date),
    }),
  ),
});

/** One-year LPR percent: a plain decimal, 1–2 whole digits, at most 4 decimals, above 0 (src/rules isValidLprOverride). */
const lprPercent = v.pipe(
  v.string(),
  v.regex(/^[0-9]{1,2}(\.[0-9]{1,4})?$/, 'percent must look like 3.0'),
  v.check((value) => Number(value) > 0, 'percent must be above 0'),
);

export const lprOverrideSchemaV6 = v.strictObject({
  percent: lprPercent,
  confirmedOn: date,
  effectiveFrom: v.optional(date),
});

export const settingsSchemaV6 = v.strictObject({
  ...settingsSchemaV5.entries,
  lprOverride: v.optional(lprOverrideSchemaV6),
});

export const snapshotSchemaV6 = v.strictObject({
  ...snapshotSchemaV5.entries,
  negotiations: records(negotiationSchemaV6),
  settings: v.nullable(settingsSchemaV6),
});

// ---- Version 7 (frozen): a negotiation event's recording moment, kept by edits ----

export const negotiationSchemaV7 = v.strictObject({
  ...negotiationSchemaV6.entries,
  recordedAt: moment,
});

export const settingsSchemaV7 = settingsSchemaV6;

export const snapshotSchemaV7 = v.strictObject({
  ...snapshotSchemaV6.entries,
  negotiations: records(negotiationSchemaV7),
});

// ---- Version 8 (frozen): a debt keeps only the rate as entered ----

const { dailyRate: _dailyRateV1, monthlyRate: _monthlyRateV1, ...debtEntriesWithoutEngineRate } = debtEntriesV1;

export const debtSchemaV8 = v.strictObject({ ...debtEntriesWithoutEngineRate, enteredRate: enteredRateV2 });

export const snapshotSchemaV8 = v.strictObject({
  ...snapshotSchemaV7.entries,
  debts: records(debtSchemaV8),
});

// ---- Version 9: payments, the plan's baseline, budget events (issue 17) ----

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const month = v.pipe(v.string(), v.regex(MONTH, 'must be a month YYYY-MM'));

const budgetEventV9 = v.variant('kind', [
  v.strictObject({ id, kind: v.literal('no-income'), month, note: text }),
  v.strictObject({ id, kind: v.literal('one-off'), date, amount: money, note: text }),
]);

export const budgetSchemaV9 = v.strictObject({ ...budgetV1.entries, events: v.optional(list(budgetEventV9, 1_200)) });

export const planSettingsSchemaV9 = v.strictObject({
  ...planSettingsV1.entries,
  baseline: v.optional(baselineV5),
});

export const paymentSchemaV9 = v.pipe(
  v.strictObject({
    id,
    profileId: id,
    platform: text,
    kind: v.picklist(['paid', 'missed', 'charge', 'balance']),
    on: date,
    amount: v.union([money, v.literal('')]),
    dueDate: v.optional(date),
    planned: v.optional(money),
    expected: v.optional(money),
    note: notes,
    recordedAt: moment,
    updatedAt: moment,
  }),
  v.check((row) => row.amount !== '' || row.kind === 'balance', 'only a balance may be not known'),
);

export const snapshotSchemaV9 = v.strictObject({
  ...snapshotSchemaV8.entries,
  budgets: records(budgetSchemaV9),
  planSettings: records(planSettingsSchemaV9),
  payments: records(paymentSchemaV9),
});

// ---- Version 10 (frozen): loans as lenders charge them, the lender, the cost check, LPR history (issue 16) ----

const lenderTypeV10 = v.picklist([
  'bank',
  'consumer-finance',
  'microlender',
  'online-platform',
  'collection-agency',
  'unlicensed',
  'unknown',
]);

const loanPaymentV10 = v.strictObject({ date, amount: money });

export const loanCostSchemaV10 = v.strictObject({
  borrowed: money,
  upfrontFee: money,
  startDate: date,
  schedule: v.variant('mode', [
    v.strictObject({
      mode: v.literal('equal'),
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1200)),
      amount: money,
    }),
    v.strictObject({ mode: v.literal('list'), payments: v.pipe(list(loanPaymentV10, 1200), v.minLength(1)) }),
  ]),
  periodFee: money,
  annualRate: v.pipe(v.string(), v.regex(/^-?(0|[1-9][0-9]{0,11})\.[0-9]{2}$/, 'rate must look like 21.46')),
  method: v.picklist(['monthly-irr', 'daily-irr']),
  citeInLetters: v.boolean(),
  computedOn: date,
});

export const debtSchemaV10 = v.strictObject({
  ...debtSchemaV8.entries,
  lenderType: v.optional(lenderTypeV10),
  penaltyPercent: v.optional(percent),
  feePercent: v.optional(percent),
  originalPrincipal: v.optional(money),
  contractInstalment: v.optional(money),
  cost: v.optional(loanCostSchemaV10),
});

export const settingsSchemaV10 = v.strictObject({
  ...settingsSchemaV7.entries,
  lprHistory: v.optional(list(v.strictObject({ from: date, percent: lprPercent }), 1200)),
});

export const snapshotSchemaV10 = v.strictObject({
  ...snapshotSchemaV9.entries,
  debts: records(debtSchemaV10),
  settings: v.nullable(settingsSchemaV10),
});

// ---- Version 11 (frozen): a client's output language, the counsellor's practice records (issue 18) ----

const LOCALES_V11 = ['zh-CN', 'en'] as const;
export const CASE_STATUSES_V11 = ['active', 'waiting', 'closed'] as const;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const profileSchemaV11 = v.strictObject({
  ...profileSchemaV3.entries,
  outputLocale: v.optional(v.picklist(LOCALES_V11)),
});

export const counsellorSessionSchemaV11 = v.strictObject({
  ...counsellorSessionSchemaV5.entries,
  consent: v.optional(v.strictObject({ on: date, agreed: text, renewOn: v.optional(date) })),
  nextAppointment: v.optional(
    v.strictObject({
      on: date,
      time: v.union([v.literal(''), v.pipe(v.string(), v.regex(TIME, 'must be a time HH:MM'))]),
      place: text,
    }),
  ),
  counsellorContact: v.optional(text),
  caseStatus: v.optional(v.picklist(CASE_STATUSES_V11)),
});

export const snapshotSchemaV11 = v.strictObject({
  ...snapshotSchemaV10.entries,
  profiles: records(profileSchemaV11),
  counsellorSessions: records(counsellorSessionSchemaV11),
});

// ---- Version 12 added only the drafts store (no backup carries it): no new validator. ----

// ---- Version 13: the counsellor's private notes in their own store (issue 18) ----

const {
  situation: _situation,
  worries: _worries,
  counsellorName: _name,
  ...sessionEntriesV13
} = counsellorSessionSchemaV11.entries;

/** A session without the counsellor's private material (it is in counsellorNotes now). */
export const counsellorSessionSchemaV13 = v.strictObject(sessionEntriesV13);

export const counsellorNotesSchemaV13 = v.strictObject({
  profileId: id,
  text: notes,
  situation: notes,
  worries: list(shortText, 50),
  counsellorName: text,
  updatedAt: moment,
});

/** `counsellorNotes` only in the migrated data of a file written before version 13 (never exported). */
export const snapshotSchemaV13 = v.strictObject({
  ...snapshotSchemaV11.entries,
  counsellorSessions: records(counsellorSessionSchemaV13),
  counsellorNotes: v.optional(records(counsellorNotesSchemaV13)),
});

// ---- Version 14 (current): the letters a person copied, shared or printed (issue 14) ----

export const LETTER_KINDS_V14 = [
  'proposal',
  'instalment-request',
  'settlement-offer',
  'stop-third-party-contact',
  'contacts-warning',
  'guarantor-reply',
  'complaint',
  'follow-up',
  'verify-collector',
] as const;
export const LETTER_AMOUNTS_V14 = [
  'owed',
  'principal',
  'budget',
  'meanwhile',
  'focusAmount',
  'focusNextAmount',
  'planTotal',
  'instalment',
  'lastInstalment',
  'settlement',
  'waiver',
  'waivedCharges',
  'waivedPrincipal',
] as const;
export const LETTER_DATES_V14 = [
  'asOf',
  'focusStart',
  'payoff',
  'debtFree',
  'instalmentFrom',
  'instalmentTo',
  'settleBy',
  'nextDate',
] as const;
const place = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.records));
/** A request field as the form holds it (a date or amount being typed may be '' or partial). */
const asTyped = v.pipe(v.string(), v.maxLength(LIMITS.short));
const picks = (options: readonly string[]) => list(v.picklist(options), 20);

const keptLetterV14 = v.strictObject({
  key: text,
  title: text,
  how: v.picklist(['copied', 'shared', 'printed']),
  on: date,
  figures: v.strictObject({
    kind: v.picklist(LETTER_KINDS_V14),
    platform: text,
    version: id,
    status: v.nullable(v.picklist(['cleared', 'infeasible', 'instalment-only', 'focus-now', 'waiting'])),
    place: v.nullable(v.strictObject({ place, count: place })),
    amounts: v.record(v.picklist(LETTER_AMOUNTS_V14), money),
    dates: v.record(v.picklist(LETTER_DATES_V14), date),
  }),
  request: v.strictObject({
    kind: v.picklist(LETTER_KINDS_V14),
    locale: v.picklist(LOCALES_V11),
    channel: v.picklist(['phone', 'message', 'letter']),
    platform: text,
    platformName: text,
    tone: v.optional(v.picklist(['cooperative', 'firm'])),
    creditCard: v.optional(v.boolean()),
    creditorKind: v.optional(
      v.picklist(['bank', 'consumer-finance', 'microlender', 'online-platform', 'collection-agency']),
    ),
    hardshipReasons: v.optional(picks(['job-loss', 'income-drop', 'illness', 'family', 'business', 'debt-load'])),
    evidence: v.optional(picks(['income-proof', 'termination', 'medical', 'debt-list', 'budget', 'bank-statement'])),
    evidenceKept: v.optional(picks(['recording', 'screenshot', 'call-log', 'message'])),
    followUp: v.optional(v.picklist(['no-reply', 'refused', 'broken-promise', 'keep-current-terms'])),
    previousDate: v.optional(asTyped),
    settlementAmount: v.optional(asTyped),
    cashOnHand: v.optional(asTyped),
    settlementBy: v.optional(asTyped),
    instalmentMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60))),
    complaintTo: v.optional(v.picklist(['platform', 'regulator'])),
    recordedInterestStop: v.optional(v.strictObject({ since: v.optional(asTyped) })),
    letterDate: v.optional(asTyped),
  }),
});

/** At most this many kept letters per client (newest first; the UI drops the oldest). */
export const KEPT_LETTERS_MAX = 200;

export const planSettingsSchemaV14 = v.strictObject({
  ...planSettingsSchemaV9.entries,
  keptLetters: v.optional(list(keptLetterV14, KEPT_LETTERS_MAX)),
});

export const snapshotSchemaV14 = v.strictObject({
  ...snapshotSchemaV13.entries,
  planSettings: records(planSettingsSchemaV14),
});

/** Snapshot validators by the schema version a backup file declares. */
export const SNAPSHOT_SCHEMAS: Readonly<Record<number, v.GenericSchema>> = {
  1: snapshotSchemaV1,
  2: snapshotSchemaV2,
  3: snapshotSchemaV3,
  4: snapshotSchemaV4,
  5: snapshotSchemaV5,
  6: snapshotSchemaV6,
  7: snapshotSchemaV7,
  8: snapshotSchemaV8,
  9: snapshotSchemaV9,
  10: snapshotSchemaV10,
  11: snapshotSchemaV11,
  // Version 12 adds the drafts store, which backups never carry: same snapshot.
  12: snapshotSchemaV11,
  13: snapshotSchemaV13,
  14: snapshotSchemaV14,
};

/** The first problem found, with a dot path such as `debts.3.principal`. */
export interface ValidationProblem {
  path: string;
  message: string;
  /** A text or list longer than its limit: the limit and the length found (so a message can say both). */
  tooLong?: { max: number; actual: number };
}

/** Validate `value`; undefined if valid, else the first problem. */
export function findProblem(schema: v.GenericSchema, value: unknown): ValidationProblem | undefined {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return undefined;
  const issue = result.issues[0];
  const problem: ValidationProblem = { path: v.getDotPath(issue) ?? '', message: issue.message };
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') {
    problem.tooLong = { max: issue.requirement, actual: Number(issue.received) };
  }
  return problem;
}
