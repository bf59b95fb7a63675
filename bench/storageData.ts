/**
 * Benchmark data shared by the storage benchmarks in Node (bench/storage.ts, fake-indexeddb) and
 * in Chromium (bench/storageBrowser.ts, real IndexedDB), and by the client-list benchmark
 * (bench/clients.ts): one large profile, and many ordinary clients for the counsellor's list.
 *
 * Runs in Node and in the page: no Node imports. Rows are written straight into the stores
 * (unsealed, as with the lock off); every record passes the current schema's validation.
 */
import type {
  CollectionLogRecord,
  CounsellorSession,
  DebtKind,
  DebtRecord,
  EnteredRate,
  NegotiationRecord,
} from '../src/domain/records';
import type { ShoreDb } from '../src/storage/db';
import {
  makeBudget,
  makeDebt,
  makeLogEntry,
  makeNegotiation,
  makePlanSettings,
  momentAt,
  profileId,
} from '../src/storage/testSupport';
import type { ClientRecords } from '../src/ui/model/clients';
import { toEngineRate } from '../src/ui/model/rates';

/** The large profile: 50 debts, 2,000 collection-log entries, 200 negotiations. */
export const BIG_OWNER = profileId('bench');
export const BIG_SIZE = { debts: 50, log: 2000, negotiations: 200 } as const;
export const EXPORTED_AT = '2026-11-28T20:00:00+08:00';

/** Writes the large profile into `db` in one transaction. */
export async function seedBigProfile(db: ShoreDb): Promise<void> {
  const tx = db.transaction(
    ['profiles', 'debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog'],
    'readwrite',
  );
  const requests: Promise<unknown>[] = [
    tx
      .objectStore('profiles')
      .put({ id: BIG_OWNER, displayName: '基准', notes: '', revision: 1, updatedAt: momentAt(0) }),
    tx.objectStore('budgets').put(makeBudget(BIG_OWNER)),
    tx.objectStore('planSettings').put(makePlanSettings(BIG_OWNER)),
  ];
  for (let index = 0; index < BIG_SIZE.debts; index += 1) {
    requests.push(tx.objectStore('debts').put(makeDebt(BIG_OWNER, `d${index}`, index)));
  }
  for (let index = 0; index < BIG_SIZE.negotiations; index += 1) {
    requests.push(tx.objectStore('negotiations').put(makeNegotiation(BIG_OWNER, `n${index}`, momentAt(index))));
  }
  for (let index = 0; index < BIG_SIZE.log; index += 1) {
    const entry = makeLogEntry(BIG_OWNER, `l${index}`, momentAt(index * 7));
    requests.push(
      tx
        .objectStore('collectionLog')
        .put({ ...entry, whatWasSaid: `第${index}次来电：威胁联系紧急联系人，语气恶劣。` }),
    );
  }
  await Promise.all(requests);
  await tx.done;
}

/** The day the client list is opened on (plans start from 2026-11-28). */
export const CLIENTS_TODAY = '2026-11-28';

/** One client as the repository loads it: what the list summarises plus what it loads besides. */
export interface BenchClient extends ClientRecords {
  negotiations: NegotiationRecord[];
  collectionLog: CollectionLogRecord[];
}

const PLATFORMS = [
  '借呗',
  '微粒贷',
  '美团月付',
  '京东金条',
  '分期乐',
  '安逸花',
  '360借条',
  '招联好期贷',
  '拍拍贷',
  '信用卡A',
  '信用卡B',
  '小赢卡贷',
];
const RATES: readonly EnteredRate[] = [
  { unit: 'daily-percent', percent: '0.05' },
  { unit: 'daily-percent', percent: '0.035' },
  { unit: 'annual-percent', percent: '23.99', basis: 360 },
  { unit: 'annual-percent', percent: '35.9', basis: 365 },
  { unit: 'monthly-percent', percent: '1.5' },
  { unit: 'daily-percent', percent: '0.02' },
];
const KINDS: readonly DebtKind[] = [
  'online-loan',
  'online-loan',
  'consumer-finance',
  'online-loan',
  'credit-card',
  'online-loan',
];
/** Which of the client's five platforms each debt is on: 8 debts on 5 platforms (7 or 9 for some). */
const PLATFORM_OF_DEBT = [0, 0, 1, 2, 2, 3, 4, 4, 1];

/**
 * A realistic client `index` (deterministic): 7 to 9 debts on 5 platforms with daily, monthly and
 * annual rates, some overdue, one frozen with an agreed instalment, tokens, a capped fee; a budget
 * of income and expense lines (about one client in 25 cannot clear the debts); the three
 * strategies in turn; sessions in progress, handed over (with and without a review since) or none;
 * 3 negotiations and 20 collection-log entries, which the list loads though it does not show them.
 */
export function makeClient(index: number): BenchClient {
  const owner = profileId(`client-${String(index).padStart(4, '0')}`);
  const debtCount = 7 + (index % 3);
  const platforms = [0, 1, 2, 3, 4].map((k) => PLATFORMS[(index + k * 5) % PLATFORMS.length]!);
  const debts: DebtRecord[] = [];
  for (let position = 0; position < debtCount; position += 1) {
    const seed = index * 31 + position * 17;
    const enteredRate = RATES[seed % RATES.length]!;
    const kind = KINDS[seed % KINDS.length]!;
    const frozen = position === 3 && index % 4 === 0;
    debts.push({
      ...makeDebt(owner, `${owner}-d${position}`, position),
      platform: platforms[PLATFORM_OF_DEBT[position]!]!,
      kind,
      contractNumber: `HT${String(seed).padStart(6, '0')}`,
      principal: `${String(2000 + (seed % 29) * 1000)}.${String((seed * 7) % 100).padStart(2, '0')}`,
      interest: `${String((seed * 13) % 900)}.50`,
      fees: position % 3 === 0 ? `${String((seed * 3) % 200)}.00` : '0.00',
      enteredRate,
      ...toEngineRate(enteredRate),
      compound: kind === 'credit-card',
      frozen,
      ...(frozen ? { fixedPayment: '400.00' } : {}),
      ...(position === 0 ? { tokenPayment: '100.00' } : {}),
      ...(position === 5 ? { periodFee: '20.00', chargeCap: '2000.00' } : {}),
      ...(position % 2 === 0 ? { overdueSince: `2026-${String(6 + (seed % 5)).padStart(2, '0')}-15` } : {}),
      collectionStatus: position % 2 === 0 ? 'calls' : 'none',
    });
  }
  const settings = makePlanSettings(owner);
  const strategy = (['avalanche', 'snowball', 'custom'] as const)[index % 3]!;
  const budget = makeBudget(owner);
  const income = index % 25 === 24 ? '2200.00' : `${String(9000 + (index % 7) * 1000)}.00`;
  const stage = index % 5;
  const session: CounsellorSession | undefined =
    stage === 4
      ? undefined
      : {
          profileId: owner,
          step: stage === 0 ? 'plan' : 'handover',
          completed:
            stage === 0
              ? ['situation', 'debts', 'budget']
              : ['situation', 'debts', 'budget', 'plan', 'scripts', 'week'],
          scripts: platforms.map((platform) => ({ platform, kind: 'hardship' })),
          weekDone: [],
          ...(stage === 0
            ? {}
            : {
                handedOverOn: '2026-10-20',
                baseline: {
                  takenOn: '2026-10-20',
                  asOf: '2026-10-20',
                  startOwed: '90000.00',
                  monthlyBudget: '5000.00',
                  debtFreeDate: '2028-06-10',
                  points: Array.from({ length: 20 }, (_, month) => ({
                    date: `${String(2026 + Math.floor((10 + month) / 12))}-${String(((10 + month) % 12) + 1).padStart(2, '0')}-10`,
                    owed: `${String(90000 - month * 4500)}.00`,
                    paid: '5000.00',
                  })),
                },
              }),
          reviews:
            stage === 1 || stage === 3
              ? [
                  {
                    id: `${owner}-r1`,
                    on: '2026-11-15',
                    payments: [{ platform: platforms[0]!, amount: '1200.00' }],
                    balances: [],
                    note: '按计划还了第一期',
                    debtFreeBefore: '2028-06-10',
                    debtFreeAfter: '2028-05-10',
                  },
                ]
              : [],
          updatedAt: momentAt(index * 3),
        };
  return {
    profile: {
      id: owner,
      displayName: `客户${String(index)}号`,
      notes: '',
      revision: 1 + (index % 9),
      updatedAt: momentAt(index * 11),
      ...(index % 20 === 19 ? { archived: true } : {}),
    },
    debts,
    budget: { ...budget, income: [{ id: 'i1', label: '工资', category: 'custom', amount: income }] },
    planSettings: {
      ...settings,
      strategy,
      customOrder: strategy === 'custom' ? debts.map((debt) => debt.id).reverse() : [],
      firstPaymentDate: '2026-12-10',
    },
    counsellorSession: session,
    negotiations: [0, 1, 2].map((n) => ({
      ...makeNegotiation(owner, `${owner}-n${n}`, momentAt(index + n * 1000)),
      platform: platforms[n]!,
    })),
    collectionLog: Array.from({ length: 20 }, (_, n) => ({
      ...makeLogEntry(owner, `${owner}-l${n}`, momentAt(index + n * 600)),
      platform: platforms[n % 5]!,
      whatWasSaid: `第${String(n)}次来电：说要上门，联系我单位。`,
    })),
  };
}

/** `count` clients, 0 … count − 1. */
export function makeClients(count: number): BenchClient[] {
  return Array.from({ length: count }, (_, index) => makeClient(index));
}

/** Writes the clients into `db` in one transaction. */
export async function seedClients(db: ShoreDb, clients: readonly BenchClient[]): Promise<void> {
  const tx = db.transaction(
    ['profiles', 'debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog', 'counsellorSessions'],
    'readwrite',
  );
  const requests: Promise<unknown>[] = [];
  for (const client of clients) {
    requests.push(tx.objectStore('profiles').put(client.profile));
    for (const debt of client.debts) requests.push(tx.objectStore('debts').put(debt));
    if (client.budget) requests.push(tx.objectStore('budgets').put(client.budget));
    if (client.planSettings) requests.push(tx.objectStore('planSettings').put(client.planSettings));
    if (client.counsellorSession) requests.push(tx.objectStore('counsellorSessions').put(client.counsellorSession));
    for (const record of client.negotiations) requests.push(tx.objectStore('negotiations').put(record));
    for (const entry of client.collectionLog) requests.push(tx.objectStore('collectionLog').put(entry));
  }
  await Promise.all(requests);
  await tx.done;
}
