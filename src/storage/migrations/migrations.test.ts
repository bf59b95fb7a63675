/**
 * Migration tests: one per step, the chain is contiguous, every step runs on an old database,
 * a database seeded at every earlier version opens with intact data, and a failing upgrade
 * leaves the old version untouched.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openShoreDb, openShoreDbAtVersion, readMigrationLog, type ShoreDb } from '../db';
import { createVault } from '../lock';
import { makeShoreRepository } from '../repository';
import type {
  ProfileRowV1,
  DebtRowV1,
  CollectionLogRowV1,
  SnapshotV1,
  BudgetRowV1,
  PlanSettingsRowV1,
  NegotiationRowV1,
} from '../schema/v1';
import type { ProfileRowV2, DebtRowV2, CollectionLogRowV2 } from '../schema/v2';
import type { CollectionLogRowV3 } from '../schema/v3';
import type { NegotiationRowV5 } from '../schema/v5';
import type { NegotiationRowV6 } from '../schema/v6';
import type { DebtRowV7, NegotiationRowV7 } from '../schema/v7';
import type { DebtRowV8 } from '../schema/v8';
import type { DebtRowV10 } from '../schema/v10';
import { STORES_V14 } from '../schema/v14';
import { dumpDatabase, profileId } from '../testSupport';
import {
  migrateDebtV1toV2,
  migrateProfileV1toV2,
  migrateSnapshotV1toV2,
  percentFromFraction,
} from './0002-entered-rate-and-revision';
import { migrateLogV2toV3, migrateSnapshotV2toV3 } from './0003-log-attachments';
import { migrateLogV3toV4, migrateSnapshotV3toV4 } from './0004-log-facts';
import { migrateSnapshotV4toV5 } from './0005-counsellor-sessions';
import { migrateNegotiationV5toV6, migrateSnapshotV5toV6 } from './0006-negotiation-details';
import { migrateNegotiationV6toV7, migrateSnapshotV6toV7 } from './0007-negotiation-recorded-at';
import { migrateDebtV7toV8, migrateSnapshotV7toV8 } from './0008-drop-stored-engine-rate';
import { migrateSnapshotV8toV9 } from './0009-payments';
import { migrateSnapshotV9toV10 } from './0010-loan-terms';
import { MIGRATIONS, migrateSnapshot } from './index';
import {
  findProblem,
  logEntrySchemaV3,
  logEntrySchemaV4,
  negotiationSchemaV4,
  negotiationSchemaV6,
  negotiationSchemaV7,
  debtSchemaV3,
  debtSchemaV8,
  budgetSchemaV9,
  paymentSchemaV9,
  snapshotSchemaV9,
  debtSchemaV10,
  settingsSchemaV10,
} from '../validation';

const T = '2026-01-02T03:04:05.000Z';

const profileV1: ProfileRowV1 = { id: 'p1', displayName: '张三', notes: 'n', updatedAt: T };
const debtV1Daily: DebtRowV1 = {
  id: 'd1',
  profileId: 'p1',
  platform: '借呗',
  kind: 'online-loan',
  contractNumber: '',
  principal: '1000.00',
  interest: '0',
  fees: '0',
  dailyRate: '0.0005',
  compound: false,
  frozen: false,
  collectionStatus: 'none',
  notes: '',
  position: 0,
  updatedAt: T,
};
const debtV1Monthly: DebtRowV1 = { ...debtV1Daily, id: 'd2', dailyRate: undefined, monthlyRate: '0.015', position: 1 };
const logV1: CollectionLogRowV1 = {
  id: 'l1',
  profileId: 'p1',
  at: '2026-01-01T09:00:00+08:00',
  platform: '借呗',
  callerNumber: '123',
  callerName: '',
  channel: 'call',
  whatWasSaid: '催收',
  ruleIds: [],
  updatedAt: T,
};
/** An entry whose ruleIds carry the `fact:*` tokens the version 3 log page wrote. */
const logV1WithFactTokens: CollectionLogRowV1 = {
  ...logV1,
  id: 'l2',
  at: '2026-01-01T23:30:00+08:00',
  ruleIds: ['fact:threatened', 'third-party-contact', 'fact:notConnected'],
};
const budgetV1: BudgetRowV1 = {
  profileId: 'p1',
  mode: 'direct',
  income: [],
  expenses: [],
  directAmount: '2000',
  updatedAt: T,
};
const planV1: PlanSettingsRowV1 = {
  profileId: 'p1',
  strategy: 'snowball',
  customOrder: [],
  asOf: '2026-01-01',
  firstPaymentDate: '2026-01-15',
  updatedAt: T,
};
const negotiationV1: NegotiationRowV1 = {
  id: 'n1',
  profileId: 'p1',
  platform: '借呗',
  at: T,
  kind: 'contact',
  summary: '',
  writtenConfirmation: false,
  updatedAt: T,
};

/** An agreement whose waived amount the version 5 panel packed into the summary's last line. */
const negotiationV1Packed: NegotiationRowV1 = {
  ...negotiationV1,
  id: 'n2',
  at: '2026-01-03T03:04:05.000Z',
  kind: 'agreement',
  answer: 'accepted',
  summary: '电话里谈妥\n[shore] {"waivedAmount":"350.00"}',
  agreedTerms: { frozen: true, effectiveFrom: '2026-02-01' },
};
/** A details line that is not valid JSON: it must stay in the summary as the person's text. */
const negotiationV1Malformed: NegotiationRowV1 = {
  ...negotiationV1,
  id: 'n3',
  at: '2026-01-04T03:04:05.000Z',
  kind: 'note',
  summary: '还了 800\n[shore] {"payment":{"outcome":"kept"',
};

describe('migration 0002 entered-rate-and-revision', () => {
  it.each([
    ['0.0005', '0.05'],
    ['0.015', '1.5'],
    ['0', '0'],
    ['2', '200'],
    ['0.1', '10'],
    ['1.23456', '123.456'],
    ['0.00001', '0.001'],
  ])('percentFromFraction(%s) = %s', (fraction, percent) => {
    expect(percentFromFraction(fraction)).toBe(percent);
  });

  it('rebuilds a daily entered rate from the normalised daily rate', () => {
    expect(migrateDebtV1toV2(debtV1Daily)).toEqual<DebtRowV2>({
      ...debtV1Daily,
      enteredRate: { unit: 'daily-percent', percent: '0.05' },
    });
  });

  it('rebuilds a monthly entered rate from the normalised monthly rate', () => {
    expect(migrateDebtV1toV2(debtV1Monthly).enteredRate).toEqual({ unit: 'monthly-percent', percent: '1.5' });
  });

  it('gives a debt with no rate a zero daily rate', () => {
    const { dailyRate: _none, ...noRate } = debtV1Daily;
    const migrated = migrateDebtV1toV2(noRate);
    expect(migrated.dailyRate).toBe('0');
    expect(migrated.enteredRate).toEqual({ unit: 'daily-percent', percent: '0' });
  });

  it('starts profiles at revision 1', () => {
    expect(migrateProfileV1toV2(profileV1)).toEqual<ProfileRowV2>({ ...profileV1, revision: 1 });
  });
});

describe('migration 0003 log-attachments', () => {
  it('marks old entries as about the person, with no attachments', () => {
    const logV2: CollectionLogRowV2 = logV1;
    expect(migrateLogV2toV3(logV2)).toEqual({ ...logV2, contacted: 'me', attachments: [] });
  });

  it('adds an empty attachments list to a snapshot', () => {
    const snapshot = migrateSnapshotV2toV3(migrateSnapshotV1toV2(emptySnapshotV1()));
    expect(snapshot.attachments).toEqual([]);
  });
});

describe('migration 0004 log-facts', () => {
  const logV3: CollectionLogRowV3 = {
    ...logV1,
    contacted: 'family',
    attachments: [{ id: 'a1', name: 'x.png', type: 'image/png', size: 3 }],
  };

  it('moves every fact token out of ruleIds into facts, keeping rule ids in order', () => {
    const row = {
      ...logV3,
      ruleIds: ['night-contact', 'fact:threatened', 'fact:notConnected', 'third-party-contact', 'fact:insulted'],
    };
    expect(migrateLogV3toV4(row)).toEqual({
      ...logV3,
      ruleIds: ['night-contact', 'third-party-contact'],
      facts: { threatened: true, connected: false, insulted: true },
    });
  });

  it.each([
    ['fact:threatened', { threatened: true }],
    ['fact:insulted', { insulted: true }],
    ['fact:impersonated', { impersonated: true }],
    ['fact:claimedGuarantor', { claimedGuarantor: true }],
    ['fact:askedPersonalAccount', { askedPersonalAccount: true }],
    ['fact:pushedNewBorrowing', { pushedNewBorrowing: true }],
    ['fact:disclosedDebt', { disclosedDebt: true }],
    ['fact:agreedTime', { agreedTime: true }],
    ['fact:notConnected', { connected: false }],
  ])('reads %s', (token, facts) => {
    const migrated = migrateLogV3toV4({ ...logV3, ruleIds: [token] });
    expect(migrated.facts).toEqual(facts);
    expect(migrated.ruleIds).toEqual([]);
  });

  it('adds no facts field to an entry without fact tokens and leaves the rest as it was', () => {
    const row = { ...logV3, ruleIds: ['no-threats'] };
    const migrated = migrateLogV3toV4(row);
    expect(migrated).toEqual(row);
    expect('facts' in migrated).toBe(false);
  });

  it('keeps tokens it does not know (nothing stored is lost) and reads a repeated token once', () => {
    const migrated = migrateLogV3toV4({
      ...logV3,
      ruleIds: ['fact:somethingElse', 'fact:threatened', 'fact:threatened', '__proto__'],
    });
    expect(migrated.ruleIds).toEqual(['fact:somethingElse', '__proto__']);
    expect(migrated.facts).toEqual({ threatened: true });
  });

  it('does not change the row it was given', () => {
    const row = { ...logV3, ruleIds: ['fact:threatened'] };
    migrateLogV3toV4(row);
    expect(row.ruleIds).toEqual(['fact:threatened']);
  });

  it('gives rows the version 4 validator (backups, writes) accepts; it refuses unknown or non-boolean facts', () => {
    const migrated = migrateLogV3toV4({ ...logV3, ruleIds: ['fact:threatened', 'fact:notConnected'] });
    expect(findProblem(logEntrySchemaV4, migrated)).toBeUndefined();
    expect(findProblem(logEntrySchemaV4, { ...migrated, facts: { threatened: 'yes' } })?.path).toBe('facts.threatened');
    expect(findProblem(logEntrySchemaV4, { ...migrated, facts: { hacked: true } })?.path).toBe('facts.hacked');
    expect(findProblem(logEntrySchemaV3, migrated)?.path).toBe('facts');
  });

  it('migrates the log of a snapshot and leaves the other stores alone', () => {
    const v3 = migrateSnapshotV2toV3(
      migrateSnapshotV1toV2({ ...emptySnapshotV1(), collectionLog: [logV1WithFactTokens] }),
    );
    const v4 = migrateSnapshotV3toV4(v3);
    expect(v4.collectionLog[0]?.facts).toEqual({ threatened: true, connected: false });
    expect(v4.collectionLog[0]?.ruleIds).toEqual(['third-party-contact']);
    expect(v4.attachments).toBe(v3.attachments);
  });
});

describe('migration 0006 negotiation-details', () => {
  const base: NegotiationRowV5 = { ...negotiationV1, kind: 'note', summary: '' };
  const agreement: NegotiationRowV5 = {
    ...base,
    kind: 'agreement',
    answer: 'accepted',
    agreedTerms: { fixedPayment: '500.00', months: 12, effectiveFrom: '2026-02-01' },
  };
  const packed = (note: string, details: unknown): string => `${note}\n[shore] ${JSON.stringify(details)}`;

  it('moves the waived amount into the agreed terms and keeps the note as the summary', () => {
    expect(
      migrateNegotiationV5toV6({
        ...agreement,
        summary: packed('they agreed\non the phone', { waivedAmount: '350.00' }),
      }),
    ).toEqual<NegotiationRowV6>({
      ...agreement,
      summary: 'they agreed\non the phone',
      agreedTerms: { fixedPayment: '500.00', months: 12, effectiveFrom: '2026-02-01', waivedAmount: '350.00' },
    });
  });

  it('moves the confirmation evidence into `confirmation`', () => {
    const row: NegotiationRowV5 = {
      ...base,
      kind: 'confirmation',
      writtenConfirmation: true,
      summary: packed('', { evidence: { channel: 'sms', reference: 'GD-2026-118' } }),
    };
    expect(migrateNegotiationV5toV6(row)).toEqual({
      ...row,
      summary: '',
      confirmation: { channel: 'sms', reference: 'GD-2026-118' },
    });
  });

  it('moves a payment kept or missed, with its amount and due date, into `payment`', () => {
    const kept = migrateNegotiationV5toV6({
      ...base,
      summary: packed('paid', { payment: { outcome: 'kept', amount: '800.00', dueDate: '2026-12-15' } }),
    });
    expect(kept).toEqual({
      ...base,
      summary: 'paid',
      payment: { outcome: 'kept', amount: '800.00', dueDate: '2026-12-15' },
    });
    const missed = migrateNegotiationV5toV6({ ...base, summary: packed('', { payment: { outcome: 'missed' } }) });
    expect(missed).toEqual({ ...base, summary: '', payment: { outcome: 'missed' } });
    expect('amount' in missed.payment!).toBe(false);
  });

  it('drops a valid empty details line (the escape written after a note whose last line began with the marker)', () => {
    const note = 'my words\n[shore] not details';
    expect(migrateNegotiationV5toV6({ ...base, summary: `${note}\n[shore] {}` })).toEqual({ ...base, summary: note });
  });

  it.each([
    ['no details line', 'just a note'],
    ['a marker line that is the whole summary (no newline before it)', '[shore] {"payment":{"outcome":"kept"}}'],
    ['a marker line that is not the last line', 'a\n[shore] {"payment":{"outcome":"kept"}}\nb'],
    ['not JSON', 'x\n[shore] {not json'],
    ['JSON that is not an object', 'x\n[shore] [1,2]'],
    ['a negative waived amount', 'x\n[shore] {"waivedAmount":"-5"}'],
    ['money with three decimals', 'x\n[shore] {"payment":{"outcome":"kept","amount":"1.005"}}'],
    ['an impossible due date', 'x\n[shore] {"payment":{"outcome":"kept","dueDate":"2026-02-30"}}'],
    ['an unknown channel', 'x\n[shore] {"evidence":{"channel":"fax","reference":""}}'],
    ['an unknown key', 'x\n[shore] {"extra":1}'],
    ['a forbidden key', 'x\n[shore] {"__proto__":{"waivedAmount":"1.00"}}'],
    ['an unknown payment outcome', 'x\n[shore] {"payment":{"outcome":"late"}}'],
    ['a reference over 500 characters', `x\n[shore] {"evidence":{"channel":"sms","reference":"${'r'.repeat(501)}"}}`],
    ['the marker without its space', 'x\n[shore]{"payment":{"outcome":"kept"}}'],
  ])('leaves the summary untouched with %s (nothing stored is lost)', (_what, summary) => {
    const row: NegotiationRowV5 = { ...agreement, summary };
    const migrated = migrateNegotiationV5toV6(row);
    expect(migrated).toEqual(row);
    expect(findProblem(negotiationSchemaV6, migrated)).toBeUndefined();
  });

  it('leaves a waived amount on an event without agreed terms in the summary (it has nowhere to go)', () => {
    const row: NegotiationRowV5 = {
      ...base,
      summary: packed('x', { waivedAmount: '10.00', payment: { outcome: 'kept' } }),
    };
    expect(migrateNegotiationV5toV6(row)).toEqual(row);
  });

  it('does not change the row it was given, and gives rows the version 6 validator accepts', () => {
    const row: NegotiationRowV5 = {
      ...agreement,
      summary: packed('n', {
        waivedAmount: '1.50',
        evidence: { channel: 'website', reference: '' },
        payment: { outcome: 'missed', dueDate: '2024-02-29' },
      }),
    };
    const copy = structuredClone(row);
    const migrated = migrateNegotiationV5toV6(row);
    expect(row).toEqual(copy);
    expect(findProblem(negotiationSchemaV6, migrated)).toBeUndefined();
    expect(migrated).toMatchObject({
      summary: 'n',
      confirmation: { channel: 'website', reference: '' },
      payment: { outcome: 'missed', dueDate: '2024-02-29' },
    });
    // The old validator refuses the new fields; the new one refuses malformed ones.
    expect(findProblem(negotiationSchemaV4, migrated)?.path).toBe('agreedTerms.waivedAmount');
    expect(findProblem(negotiationSchemaV6, { ...migrated, payment: { outcome: 'kept', amount: '1,000' } })?.path).toBe(
      'payment.amount',
    );
    expect(
      findProblem(negotiationSchemaV6, { ...migrated, payment: { outcome: 'kept', dueDate: '2026-13-01' } })?.path,
    ).toBe('payment.dueDate');
    expect(findProblem(negotiationSchemaV6, { ...migrated, confirmation: { channel: 'sms' } })?.path).toBe(
      'confirmation.reference',
    );
  });

  it('migrates the negotiations of a snapshot and leaves the other stores alone', () => {
    const v5 = migrateSnapshotV4toV5(
      migrateSnapshotV3toV4(migrateSnapshotV2toV3(migrateSnapshotV1toV2(fullSnapshotV1()))),
    );
    const v6 = migrateSnapshotV5toV6(v5);
    expect(v6.negotiations.map((row) => row.summary)).toEqual([
      negotiationV1.summary,
      '电话里谈妥',
      negotiationV1Malformed.summary,
    ]);
    expect(v6.negotiations[1]?.agreedTerms?.waivedAmount).toBe('350.00');
    expect(v6.debts).toBe(v5.debts);
    expect(v6.collectionLog).toBe(v5.collectionLog);
  });
});

describe('migration 0007 negotiation-recorded-at', () => {
  const row: NegotiationRowV6 = {
    ...negotiationV1,
    kind: 'agreement',
    answer: 'accepted',
    agreedTerms: { fixedPayment: '500.00', effectiveFrom: '2026-02-01', waivedAmount: '10.00' },
    updatedAt: '2026-01-05T08:00:00.000Z',
  };

  it('records each event as recorded when it was last written (events could not be edited before)', () => {
    expect(migrateNegotiationV6toV7(row)).toEqual<NegotiationRowV7>({ ...row, recordedAt: '2026-01-05T08:00:00.000Z' });
  });

  it('does not change the row it was given, and gives rows the version 7 validator accepts', () => {
    const copy = structuredClone(row);
    const migrated = migrateNegotiationV6toV7(row);
    expect(row).toEqual(copy);
    expect(findProblem(negotiationSchemaV7, migrated)).toBeUndefined();
    // The old validator refuses the new field; the new one requires it, as a moment.
    expect(findProblem(negotiationSchemaV6, migrated)?.path).toBe('recordedAt');
    expect(findProblem(negotiationSchemaV7, row)?.path).toBe('recordedAt');
    expect(findProblem(negotiationSchemaV7, { ...migrated, recordedAt: '2026-01-05' })?.path).toBe('recordedAt');
  });

  it('leaves rows sealed under the lock sealed (tagged with version 6), and migrates them when they are opened', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(6, 'sealed-v6', factory);
    await old.put('profiles', { ...profileV1, revision: 1 });
    await old.put('negotiations', row);
    // Sealed as the version 6 release sealed rows: without `sealed.v`.
    await createVault(old as unknown as ShoreDb, {
      unsafeIterationsForTests: 1_000,
      unsafeUntaggedSealsForTests: true,
    }).enable('correct horse battery staple');
    const sealedBefore = (await old.get('negotiations', row.id)) as { sealed: Record<string, unknown> };
    expect(Object.keys(sealedBefore.sealed).sort()).toEqual(['data', 'iv', 'k']);
    old.close();

    const db = await openShoreDb('sealed-v6', factory);
    // Nothing in clear but the ids: the upgrade could not read the row, it only recorded its version.
    expect(await db.get('negotiations', row.id)).toStrictEqual({
      ...sealedBefore,
      sealed: { ...sealedBefore.sealed, v: 6 },
    });
    expect((await readMigrationLog(db)).find((entry) => entry.version === 7)).toEqual({
      version: 7,
      name: 'negotiation-recorded-at',
      rewritten: { negotiations: 0 },
      sealed: { negotiations: 1 },
    });
    const vault = createVault(db, { unsafeIterationsForTests: 1_000 });
    await vault.unlock('correct horse battery staple');
    const repo = makeShoreRepository(db, { vault });
    const [opened] = (await repo.loadProfile(profileId('p1'))).negotiations;
    expect(opened).toEqual({ ...row, recordedAt: row.updatedAt });
    // …and the opened row can be written back (the version 7 validator accepts it), sealed again at version 7.
    await repo.save('negotiations', { ...opened!, summary: '改过' }, 1);
    const rewritten = (await db.get('negotiations', row.id)) as unknown as { sealed: Record<string, unknown> };
    expect(Object.keys(rewritten).sort()).toEqual(['id', 'profileId', 'sealed']);
    expect(rewritten.sealed).toMatchObject({ v: CURRENT_SCHEMA_VERSION, aad: 2 });
    repo.close();
  });

  it('migrates the negotiations of a snapshot and leaves the other stores alone', () => {
    const v6 = migrateSnapshotV5toV6(
      migrateSnapshotV4toV5(migrateSnapshotV3toV4(migrateSnapshotV2toV3(migrateSnapshotV1toV2(fullSnapshotV1())))),
    );
    const v7 = migrateSnapshotV6toV7(v6);
    expect(v7.negotiations.map((negotiation) => negotiation.recordedAt)).toEqual(
      v6.negotiations.map((negotiation) => negotiation.updatedAt),
    );
    expect(v7.negotiations.map(({ recordedAt: _recorded, ...rest }) => rest)).toEqual(v6.negotiations);
    expect(v7.debts).toBe(v6.debts);
    expect(v7.collectionLog).toBe(v6.collectionLog);
    expect(v7.settings).toBe(v6.settings);
  });
});

describe('migration 0008 drop-stored-engine-rate', () => {
  // A version 7 debt as the app wrote it: the rate as typed, and the engine's rate derived from it.
  const daily: DebtRowV7 = {
    ...migrateDebtV1toV2(debtV1Daily),
    enteredRate: { unit: 'annual-percent', percent: '18.25', basis: 365 },
    dailyRate: '0.0005',
  };
  const { dailyRate: _daily, ...dailyWithout } = daily;

  it('drops the stored engine rate, daily or monthly, and keeps every other field as it was', () => {
    // Mutation: keep `dailyRate` → the first expectation fails; drop `enteredRate` too → both fail.
    expect(migrateDebtV7toV8(daily)).toEqual<DebtRowV8>(dailyWithout);
    const monthly = migrateDebtV1toV2(debtV1Monthly);
    const { monthlyRate: _monthly, dailyRate: _none, ...monthlyWithout } = monthly;
    expect(migrateDebtV7toV8(monthly)).toEqual(monthlyWithout);
  });

  it('does not change the row it was given, and gives rows the version 8 validator accepts', () => {
    const copy = structuredClone(daily);
    const migrated = migrateDebtV7toV8(daily);
    expect(daily).toEqual(copy);
    expect(findProblem(debtSchemaV8, migrated)).toBeUndefined();
    // The old validator required one engine rate; the new one refuses a row that still has one.
    expect(findProblem(debtSchemaV3, migrated)).toBeDefined();
    expect(findProblem(debtSchemaV8, daily)?.path).toBe('dailyRate');
  });

  it('migrates the debts of a snapshot and leaves the other stores alone', () => {
    const v7 = migrateSnapshotV6toV7(
      migrateSnapshotV5toV6(
        migrateSnapshotV4toV5(migrateSnapshotV3toV4(migrateSnapshotV2toV3(migrateSnapshotV1toV2(fullSnapshotV1())))),
      ),
    );
    const v8 = migrateSnapshotV7toV8(v7);
    expect(v8.debts).toEqual(v7.debts.map(migrateDebtV7toV8));
    expect(v8.debts.every((debt) => !('dailyRate' in debt) && !('monthlyRate' in debt))).toBe(true);
    expect(v8.negotiations).toBe(v7.negotiations);
    expect(v8.collectionLog).toBe(v7.collectionLog);
  });
});

describe('migration 0009 payments', () => {
  it('adds an empty payments list to a snapshot and leaves every other store as it was', () => {
    // Break: return `data` unchanged (no payments) → the first expectation fails.
    const v8 = migrateSnapshotV7toV8(
      migrateSnapshotV6toV7(
        migrateSnapshotV5toV6(
          migrateSnapshotV4toV5(migrateSnapshotV3toV4(migrateSnapshotV2toV3(migrateSnapshotV1toV2(fullSnapshotV1())))),
        ),
      ),
    );
    const v9 = migrateSnapshotV8toV9(v8);
    expect(v9.payments).toEqual([]);
    expect(v9.debts).toBe(v8.debts);
    expect(v9.budgets).toBe(v8.budgets);
    expect(v9.planSettings).toBe(v8.planSettings);
    expect(findProblem(snapshotSchemaV9, v9)).toBeUndefined();
  });

  it('accepts the new optional fields and refuses a payment that is not known unless it is a balance', () => {
    // Break: drop the v.check on paymentSchemaV9 → the last expectation fails.
    const payment = {
      id: 'pay1',
      profileId: 'p1',
      platform: '借呗',
      kind: 'paid',
      on: '2027-01-14',
      amount: '300.00',
      dueDate: '2027-01-15',
      planned: '500.00',
      note: '',
      recordedAt: T,
      updatedAt: T,
    };
    expect(findProblem(paymentSchemaV9, payment)).toBeUndefined();
    expect(
      findProblem(paymentSchemaV9, { ...payment, kind: 'balance', amount: '', expected: '120.00' }),
    ).toBeUndefined();
    expect(findProblem(paymentSchemaV9, { ...payment, amount: '' })).toBeDefined();
    const events = [
      { id: 'e1', kind: 'no-income', month: '2027-03', note: '' },
      { id: 'e2', kind: 'one-off', date: '2027-02-01', amount: '5000.00', note: '年终奖' },
    ];
    expect(findProblem(budgetSchemaV9, { ...budgetV1, events })).toBeUndefined();
    expect(findProblem(budgetSchemaV9, { ...budgetV1, events: [{ ...events[0], month: '2027-13' }] })).toBeDefined();
  });
});

describe('migration 0010 loan-terms', () => {
  const v9Debt: DebtRowV8 = migrateDebtV7toV8({
    ...migrateDebtV1toV2(debtV1Daily),
    enteredRate: { unit: 'daily-percent', percent: '0.05' },
  });

  it('keeps every version 9 snapshot as it was (the new fields are optional)', () => {
    // Break: make migrateSnapshotV9toV10 drop the debts (`{ ...data, debts: [] }`) → fails.
    const v9 = migrateSnapshotV8toV9(
      migrateSnapshotV7toV8(
        migrateSnapshotV6toV7(
          migrateSnapshotV5toV6(
            migrateSnapshotV4toV5(
              migrateSnapshotV3toV4(migrateSnapshotV2toV3(migrateSnapshotV1toV2(fullSnapshotV1()))),
            ),
          ),
        ),
      ),
    );
    const copy = structuredClone(v9);
    expect(migrateSnapshotV9toV10(v9)).toEqual(copy);
    expect(findProblem(debtSchemaV10, v9Debt)).toBeUndefined();
  });

  it('lets a version 10 debt hold its lender, charges and cost check, which version 8/9 refuse', () => {
    // Break: drop `lenderType` from debtSchemaV10 → the first expectation fails.
    const v10Debt: DebtRowV10 = {
      ...v9Debt,
      lenderType: 'consumer-finance',
      penaltyPercent: '0.075',
      feePercent: '1',
      originalPrincipal: '12000.00',
      contractInstalment: '1120.00',
      cost: {
        borrowed: '12000.00',
        upfrontFee: '0.00',
        startDate: '2027-01-15',
        schedule: { mode: 'equal', count: 12, amount: '1120.00' },
        periodFee: '0.00',
        annualRate: '21.46',
        method: 'monthly-irr',
        citeInLetters: false,
        computedOn: '2027-01-20',
      },
    };
    expect(findProblem(debtSchemaV10, v10Debt)).toBeUndefined();
    expect(findProblem(debtSchemaV8, v10Debt)).toBeDefined();
    expect(findProblem(debtSchemaV10, { ...v10Debt, lenderType: 'loan-shark' })?.path).toBe('lenderType');
    expect(findProblem(debtSchemaV10, { ...v10Debt, penaltyPercent: '-1' })?.path).toBe('penaltyPercent');
    const listed = { ...v10Debt.cost!, schedule: { mode: 'list', payments: [] } };
    expect(findProblem(debtSchemaV10, { ...v10Debt, cost: listed })?.path).toBe('cost.schedule.payments');
    const history = [{ from: '2024-10-21', percent: '3.1' }];
    expect(findProblem(settingsSchemaV10, { language: 'zh-CN', lprHistory: history })).toBeUndefined();
    expect(
      findProblem(settingsSchemaV10, { language: 'zh-CN', lprHistory: [{ from: '2024-10-21', percent: 'x' }] }),
    ).toBeDefined();
  });
});

function fullSnapshotV1(): SnapshotV1 {
  return {
    ...emptySnapshotV1(),
    profiles: [profileV1],
    debts: [debtV1Daily, debtV1Monthly],
    budgets: [budgetV1],
    planSettings: [planV1],
    negotiations: [negotiationV1, negotiationV1Packed, negotiationV1Malformed],
    collectionLog: [logV1, logV1WithFactTokens],
  };
}

function emptySnapshotV1(): SnapshotV1 {
  return {
    profiles: [],
    debts: [],
    budgets: [],
    planSettings: [],
    negotiations: [],
    collectionLog: [],
    settings: null,
  };
}

describe('the migration chain', () => {
  it('is numbered contiguously from 1 and ends at the current version', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1),
    );
    expect(new Set(MIGRATIONS.map((step) => step.name)).size).toBe(MIGRATIONS.length);
  });

  it('runs every step, in order, when a version 1 database is opened (and rewrites what it should)', async () => {
    const factory = new IDBFactory();
    await seedV1(factory);
    const db = await openShoreDb('meta-test', factory);
    const log = await readMigrationLog(db);
    expect(log.map((entry) => entry.version)).toEqual(MIGRATIONS.map((step) => step.version));
    expect(log.map((entry) => entry.name)).toEqual(MIGRATIONS.map((step) => step.name));
    for (const step of MIGRATIONS) {
      const entry = log.find((candidate) => candidate.version === step.version);
      // Every per-record transform saw at least one record: the seed covers every store a step touches.
      for (const store of Object.keys(step.rows)) expect(entry?.rewritten[store]).toBeGreaterThan(0);
    }
    db.close();
  });

  it('applies the same chain to backup snapshots as to the database', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, 'chain');
    const db = await openShoreDb('chain', factory);
    const migrated = migrateSnapshot(
      {
        ...emptySnapshotV1(),
        profiles: [profileV1],
        debts: [debtV1Daily, debtV1Monthly],
        negotiations: [negotiationV1, negotiationV1Packed, negotiationV1Malformed],
        collectionLog: [logV1, logV1WithFactTokens],
      },
      1,
    ) as { profiles: unknown[]; debts: unknown[]; negotiations: unknown[]; collectionLog: unknown[] };
    expect(migrated.profiles).toEqual(await db.getAll('profiles'));
    expect(migrated.debts).toEqual(await db.getAll('debts'));
    expect(migrated.negotiations).toEqual(await db.getAll('negotiations'));
    expect(migrated.collectionLog).toEqual(await db.getAll('collectionLog'));
    db.close();
  });
});

async function seedV1(factory: IDBFactory, name = 'meta-test'): Promise<void> {
  const db = await openShoreDbAtVersion(1, name, factory);
  await putV1Rows(db);
  db.close();
}

async function putV1Rows(db: IDBPDatabase<unknown>): Promise<void> {
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  await tx.objectStore('profiles').put(profileV1);
  await tx.objectStore('debts').put(debtV1Daily);
  await tx.objectStore('debts').put(debtV1Monthly);
  await tx.objectStore('budgets').put(budgetV1);
  await tx.objectStore('planSettings').put(planV1);
  await tx.objectStore('negotiations').put(negotiationV1);
  await tx.objectStore('negotiations').put(negotiationV1Packed);
  await tx.objectStore('negotiations').put(negotiationV1Malformed);
  await tx.objectStore('collectionLog').put(logV1);
  await tx.objectStore('collectionLog').put(logV1WithFactTokens);
  await tx.objectStore('settings').put({ language: 'en', activeProfileId: 'p1' }, 'app');
  await tx.done;
}

describe('a database seeded at every earlier version', () => {
  const earlier = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, index) => index + 1);

  it.each(earlier)('opens from version %i with its data intact and migrated', async (version) => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(version, 'seeded', factory);
    const tx = old.transaction([...old.objectStoreNames], 'readwrite');
    // Rows as that version wrote them: the frozen snapshot chain up to `version` over the v1 rows.
    const atVersion = MIGRATIONS.filter((step) => step.version > 1 && step.version <= version).reduce<unknown>(
      (data, step) => step.snapshot(data),
      fullSnapshotV1(),
    ) as Record<string, unknown[]>;
    for (const store of ['profiles', 'debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog']) {
      for (const row of atVersion[store] ?? []) await tx.objectStore(store).put(row);
    }
    await tx.objectStore('settings').put({ language: 'en', activeProfileId: 'p1' }, 'app');
    await tx.done;
    old.close();

    const db = await openShoreDb('seeded', factory);
    expect(db.version).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORES_V14].sort());
    // 0013 added the counsellorNotes store, empty.
    expect(await db.count('counsellorNotes')).toBe(0);
    // 0012 added the drafts store, empty, indexed by profile.
    expect(await db.count('drafts')).toBe(0);
    expect([...db.transaction('drafts').store.indexNames]).toEqual(['profileId']);
    // 0009 added the payments store, empty, indexed by profile.
    expect(await db.count('payments')).toBe(0);
    expect([...db.transaction('payments').store.indexNames]).toEqual(['profileId']);
    const repo = makeShoreRepository(db);
    const loaded = await repo.loadProfile(profileId('p1'));
    expect(loaded.profile).toEqual({ ...profileV1, revision: 1 });
    // 0002 rebuilt the rate as entered from the stored engine rate; 0008 dropped the engine rate.
    const { dailyRate: _daily, ...daily } = debtV1Daily;
    const { dailyRate: _none, monthlyRate: _monthly, ...monthly } = debtV1Monthly;
    expect(loaded.debts).toEqual([
      { ...daily, enteredRate: { unit: 'daily-percent', percent: '0.05' } },
      { ...monthly, enteredRate: { unit: 'monthly-percent', percent: '1.5' } },
    ]);
    expect(loaded.budget).toEqual(budgetV1);
    expect(loaded.planSettings).toEqual(planV1);
    expect(loaded.negotiations).toEqual([
      { ...negotiationV1, recordedAt: T },
      {
        ...negotiationV1Packed,
        summary: '电话里谈妥',
        agreedTerms: { frozen: true, effectiveFrom: '2026-02-01', waivedAmount: '350.00' },
        recordedAt: T,
      },
      { ...negotiationV1Malformed, recordedAt: T },
    ]);
    expect(loaded.collectionLog).toEqual([
      { ...logV1, contacted: 'me', attachments: [] },
      {
        ...logV1WithFactTokens,
        contacted: 'me',
        attachments: [],
        ruleIds: ['third-party-contact'],
        facts: { threatened: true, connected: false },
      },
    ]);
    expect(await repo.getSettings()).toEqual({ language: 'en', activeProfileId: 'p1' });
    // The current code can write to the upgraded database, migrated log entries included.
    const written = await repo.save('debts', { ...loaded.debts[0]!, principal: '900.00' }, 1);
    const logged = await repo.save(
      'collectionLog',
      { ...loaded.collectionLog[1]!, whatWasSaid: '改过' },
      written.revision,
    );
    // …and migrated negotiations, the moved fields included.
    await repo.save('negotiations', { ...loaded.negotiations[1]!, summary: '改过' }, logged.revision);
    repo.close();
  });

  it('leaves a version 1 database untouched when an upgrade step fails', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(1, 'failing', factory);
    await putV1Rows(old);
    // A corrupt v1 row (rate stored as a number) makes migration 2's pure transform throw.
    await old.put('debts', { ...debtV1Daily, id: 'bad', dailyRate: 5 });
    const before = await dumpDatabase(old);
    old.close();

    await expect(openShoreDb('failing', factory)).rejects.toThrow();
    const reopened = await openShoreDbAtVersion(1, 'failing', factory);
    expect(reopened.version).toBe(1);
    expect(await dumpDatabase(reopened)).toBe(before);
    reopened.close();
  });
});
