/**
 * Test and benchmark support: sample records and a full, canonical dump of a database.
 * Not used by the app. Every record here passes the current schema's validation.
 */
import type {
  BudgetRecord,
  CounsellorSession,
  CollectionLogRecord,
  DebtRecord,
  KeptLetterRecord,
  NegotiationRecord,
  PaymentRecord,
  PlanSettingsRecord,
  ProfileId,
} from '../domain/records';
import { platformKeyOf } from '../domain/platform';
import { bytesToBase64, canonicalJson } from './canonical';
import { STORES_V14 } from './schema/v14';
import type { IDBPDatabase } from 'idb';
import type { ShoreDb } from './db';

export const T0 = '2026-11-28T10:00:00.000Z';

export function profileId(text: string): ProfileId {
  return text as ProfileId;
}

export function makeDebt(
  owner: ProfileId,
  id: string,
  position: number,
  overrides: Partial<DebtRecord> = {},
): DebtRecord {
  return {
    id,
    profileId: owner,
    platform: `平台${position}`,
    kind: 'online-loan',
    contractNumber: `C-${id}`,
    principal: '5000.00',
    interest: '120.50',
    fees: '0',
    enteredRate: { unit: 'daily-percent', percent: '0.05' },
    compound: false,
    frozen: false,
    collectionStatus: 'calls',
    notes: '',
    position,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeBudget(owner: ProfileId): BudgetRecord {
  return {
    profileId: owner,
    mode: 'lines',
    income: [{ id: 'i1', label: '工资', category: 'custom', amount: '6000' }],
    expenses: [{ id: 'e1', label: '房租', category: 'rent', amount: '1500.00' }],
    directAmount: '0',
    updatedAt: T0,
  };
}

export function makePlanSettings(owner: ProfileId): PlanSettingsRecord {
  return {
    profileId: owner,
    strategy: 'avalanche',
    customOrder: [],
    asOf: '2026-11-28',
    firstPaymentDate: '2026-12-15',
    updatedAt: T0,
  };
}

/** A letter copied to send (schema v14), as the scripts page keeps it with the plan settings. */
export function makeKeptLetter(platformName = '平台0'): KeptLetterRecord {
  return {
    key: `v1a2b|${platformKeyOf({ id: 'd1', platform: platformName })}|proposal|letter|zh-CN`,
    title: `${platformName} · 还款协商申请`,
    how: 'copied',
    on: '2026-11-28',
    figures: {
      kind: 'proposal',
      platform: platformKeyOf({ id: 'd1', platform: platformName }),
      version: 'v1a2b',
      status: 'focus-now',
      place: { place: 1, count: 2 },
      amounts: { owed: '5000.00', budget: '3000.00', focusAmount: '2450.00' },
      dates: { asOf: '2026-11-28', focusStart: '2026-12-15', payoff: '2027-02-15' },
    },
    request: {
      kind: 'proposal',
      locale: 'zh-CN',
      channel: 'letter',
      platform: platformName,
      platformName,
      creditorKind: 'online-platform',
      hardshipReasons: ['job-loss'],
      letterDate: '2026-11-28',
    },
  };
}

export function makeNegotiation(owner: ProfileId, id: string, at: string): NegotiationRecord {
  return {
    id,
    profileId: owner,
    platform: '平台0',
    at,
    kind: 'proposal',
    summary: '提出停息挂账，每月还 500',
    answer: 'pending',
    writtenConfirmation: false,
    recordedAt: T0,
    updatedAt: T0,
  };
}

export function makeLogEntry(owner: ProfileId, id: string, at: string): CollectionLogRecord {
  return {
    id,
    profileId: owner,
    at,
    platform: '平台0',
    callerNumber: '95188',
    callerName: '王',
    channel: 'call',
    contacted: 'me',
    whatWasSaid: '威胁联系家人',
    ruleIds: ['no-threats'],
    attachments: [],
    updatedAt: T0,
  };
}

/** A partial payment to 平台0 recorded against the plan's 2026-12-15 payment of 800.00 (issue 17). */
export function makePayment(owner: ProfileId, id: string, overrides: Partial<PaymentRecord> = {}): PaymentRecord {
  return {
    id,
    profileId: owner,
    platform: '平台0',
    kind: 'paid',
    on: '2026-12-14',
    amount: '654.32',
    dueDate: '2026-12-15',
    planned: '800.00',
    note: '先还一部分',
    recordedAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A counsellor session part-way through, with one review (its balance names debt `d1`). */
export function makeCounsellorSession(owner: ProfileId, overrides: Partial<CounsellorSession> = {}): CounsellorSession {
  return {
    profileId: owner,
    step: 'budget',
    completed: ['situation', 'debts'],
    scripts: [{ platform: '平台0', kind: 'proposal' }],
    weekDone: [],
    reviews: [
      {
        id: 'r1',
        on: '2026-12-20',
        payments: [{ platform: '平台0', amount: '500.00' }],
        balances: [{ debtId: 'd1', before: '5120.50', after: '4700.00' }],
        note: '',
        debtFreeBefore: '2027-09-15',
        debtFreeAfter: '2027-08-15',
      },
    ],
    updatedAt: '2026-11-28T12:00:00.000Z',
    ...overrides,
  };
}

/** Moment `minutes` after 2026-01-01T00:00 Beijing time, e.g. for ordered log entries. */
export function momentAt(minutes: number): string {
  const date = new Date(Date.UTC(2026, 0, 1, 0, minutes));
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * Every record of every store (keys included, Blobs as base64) as one canonical JSON string:
 * two dumps are equal exactly when the databases hold the same data.
 */
export async function dumpDatabase(database: IDBPDatabase<unknown> | ShoreDb): Promise<string> {
  const db = database as IDBPDatabase<unknown>;
  const dump: Record<string, unknown[]> = {};
  const names = STORES_V14.filter((name) => db.objectStoreNames.contains(name));
  for (const name of names) {
    const rows: unknown[] = [];
    let cursor = await db.transaction(name, 'readonly').store.openCursor();
    const pending: { key: IDBValidKey; value: unknown }[] = [];
    while (cursor) {
      pending.push({ key: cursor.key, value: cursor.value });
      cursor = await cursor.continue();
    }
    for (const { key, value } of pending) rows.push({ key, value: await withBlobsAsBase64(value) });
    dump[name] = rows;
  }
  return canonicalJson(dump);
}

/** `value` with every Blob in it replaced by `{ blob: base64, type }` (the form dumpDatabase writes). */
export async function withBlobsAsBase64(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return { blob: bytesToBase64(new Uint8Array(await value.arrayBuffer())), type: value.type };
  }
  if (Array.isArray(value)) return Promise.all(value.map(withBlobsAsBase64));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await withBlobsAsBase64(item)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}
