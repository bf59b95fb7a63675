/**
 * Tests and benchmarks only (not used by the app): the QR handover's target client from issue 18,
 * "12 debts, 30 negotiation events and 60 log entries (no attachments)", written as a counsellor
 * would enter them: random UUIDs (incompressible, as `crypto.randomUUID` makes them), Chinese notes
 * and what collectors said, moments with milliseconds, a budget of several lines and a handed-over
 * session with its baseline. Deterministic (a seeded generator), so sizes and frame counts repeat.
 *
 * The records are the current schema's; `targetClientRecords()` feeds fake-indexeddb (bench, unit
 * tests) and the browser tests (through a backup file made from them).
 */
import type {
  BudgetRecord,
  CollectionChannel,
  CollectionLogRecord,
  ContactedParty,
  CounsellorSession,
  DebtKind,
  DebtRecord,
  EnteredRate,
  NegotiationEventKind,
  NegotiationRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
} from '../domain/records';

/** The size issue 18 sets for a handover by QR. */
export const TARGET_CLIENT_SIZE = { debts: 12, negotiations: 30, log: 60 } as const;

export interface TargetClientRecords {
  profile: Profile;
  debts: DebtRecord[];
  budget: BudgetRecord;
  planSettings: PlanSettingsRecord;
  negotiations: NegotiationRecord[];
  collectionLog: CollectionLogRecord[];
  counsellorSession: CounsellorSession;
}

/** mulberry32: a small seeded generator, so the fixture is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = ['借呗', '微粒贷', '美团月付', '京东金条', '分期乐', '安逸花', '招商银行信用卡', '360借条'];
const KINDS: readonly DebtKind[] = ['online-loan', 'online-loan', 'online-loan', 'online-loan', 'online-loan'];
const RATES: readonly EnteredRate[] = [
  { unit: 'daily-percent', percent: '0.05' },
  { unit: 'daily-percent', percent: '0.035' },
  { unit: 'annual-percent', percent: '23.99', basis: 360 },
  { unit: 'monthly-percent', percent: '1.5' },
];
const SAID = [
  '说今天不还就上门，语气很凶',
  '打给我妈，说我欠钱不还，让她替我还',
  '自称律师事务所，说已经立案，三天内要起诉',
  '短信说要把我的欠款发到通讯录所有人',
  '晚上十一点还在打，连续打了六次',
  '让我去别的平台借钱先把这笔还上',
  '打到公司前台，说我涉嫌诈骗',
  '骂人，说我是老赖，全家都不要脸',
  '说可以协商，但要先还一半才能停息',
  '要求把钱转到一个个人账户，说这样快',
];
const SUMMARIES = [
  '打客服电话说明失业情况，申请停息挂账，对方说要提交材料',
  '按对方要求发了收入证明和医院诊断书的照片',
  '提出每月还八百，分二十四期，对方说要审核',
  '对方回电，同意分期但利息不能全免',
  '再次沟通，请求减免罚息，对方答复需要上级审批',
  '收到短信确认：本金分二十期，免除罚息',
  '按协议还了第一期',
  '在 App 内留言申请延期还款，暂未回复',
];
const CALLER_NAMES = ['王先生', '李经理', '张律师', '自称法务部', '', '陈'];
const CHANNELS: readonly CollectionChannel[] = ['call', 'sms', 'call', 'wechat', 'call-to-contact', 'in-app'];
const CONTACTED: readonly ContactedParty[] = ['me', 'me', 'family', 'emergency-contact', 'employer', 'me'];
const RULES = ['no-threats', 'no-contact-third-party', 'no-insults', 'quiet-hours', 'no-impersonation'];
const EVENT_KINDS: readonly NegotiationEventKind[] = ['contact', 'proposal', 'reply', 'agreement', 'note'];

/**
 * The target client's records: 12 debts on 8 platforms, 30 negotiation events, 60 collection-log
 * entries, a budget, plan settings and a handed-over counsellor session. `seed` varies the ids.
 */
export function targetClientRecords(seed = 18): TargetClientRecords {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(random() * 4)]!;
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };
  const moment = (day: number): string => {
    const date = new Date(Date.UTC(2026, 8, 1) + day * 86_400_000 + Math.floor(random() * 86_400_000));
    return date.toISOString();
  };
  const money = (from: number, to: number): string =>
    `${String(from + Math.floor(random() * (to - from)))}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;

  const owner = uuid() as ProfileId;
  const updatedAt = moment(80);
  const debts: DebtRecord[] = Array.from({ length: TARGET_CLIENT_SIZE.debts }, (_, position) => {
    // Only the rate as entered is stored (schema v8): the engine's rate is computed from it.
    const enteredRate = pick(RATES);
    const overdue = position % 3 === 0;
    return {
      id: uuid(),
      profileId: owner,
      platform: PLATFORMS[position % PLATFORMS.length]!,
      kind: position === 6 ? 'credit-card' : pick(KINDS),
      contractNumber: position % 2 === 0 ? `HT${String(Math.floor(random() * 1e10)).padStart(10, '0')}` : '',
      principal: money(1500, 30000),
      interest: money(0, 1500),
      fees: position % 4 === 0 ? money(20, 300) : '0',
      enteredRate,
      compound: position === 6,
      frozen: false,
      ...(overdue ? { overdueSince: `2026-0${String(6 + (position % 3))}-1${String(position % 10)}` } : {}),
      collectionStatus: overdue ? 'calls' : 'none',
      notes: position % 3 === 1 ? '借款时说年化不超过百分之二十四，合同里写的是日息' : '',
      position,
      updatedAt: moment(10 + position),
    };
  });
  const negotiations: NegotiationRecord[] = Array.from({ length: TARGET_CLIENT_SIZE.negotiations }, (_, index) => {
    const kind = EVENT_KINDS[index % EVENT_KINDS.length]!;
    const at = moment(20 + index * 2);
    return {
      id: uuid(),
      profileId: owner,
      platform: PLATFORMS[index % 5]!,
      at,
      kind,
      summary: pick(SUMMARIES),
      ...(kind === 'reply' ? { answer: pick(['accepted', 'refused', 'counter-offer'] as const) } : {}),
      ...(kind === 'agreement'
        ? { agreedTerms: { frozen: true, fixedPayment: money(300, 1200), months: 24, effectiveFrom: '2026-12-01' } }
        : {}),
      writtenConfirmation: kind === 'agreement',
      recordedAt: at,
      updatedAt: at,
    };
  });
  const collectionLog: CollectionLogRecord[] = Array.from({ length: TARGET_CLIENT_SIZE.log }, (_, index) => {
    const at = moment(index);
    const ruleCount = Math.floor(random() * 3);
    return {
      id: uuid(),
      profileId: owner,
      at: at.replace('Z', '+00:00'),
      platform: PLATFORMS[index % 6]!,
      callerNumber: index % 4 === 3 ? '95188' : `1${String(Math.floor(random() * 1e10)).padStart(10, '0')}`,
      callerName: pick(CALLER_NAMES),
      channel: pick(CHANNELS),
      contacted: pick(CONTACTED),
      whatWasSaid: pick(SAID),
      ruleIds: RULES.slice(index % 3, (index % 3) + ruleCount),
      ...(index % 2 === 0 ? { facts: { threatened: true, ...(index % 4 === 0 ? { disclosedDebt: true } : {}) } } : {}),
      attachments: [],
      updatedAt: at,
    };
  });
  const line = (label: string, category: string, amount: string) => ({ id: uuid(), label, category, amount });
  return {
    profile: { id: owner, displayName: '周女士', notes: '', updatedAt, revision: 143 },
    debts,
    budget: {
      profileId: owner,
      mode: 'lines',
      income: [line('工资', 'custom', '7800.00'), line('兼职', 'custom', '1200.00')],
      expenses: [
        line('房租', 'rent', '1800.00'),
        line('吃饭', 'food', '1500.00'),
        line('交通', 'transport', '300.00'),
        line('给父母', 'family', '800.00'),
        line('药费', 'medical', '260.00'),
        line('话费', 'other', '58.00'),
      ],
      directAmount: '0',
      updatedAt,
    },
    planSettings: {
      profileId: owner,
      strategy: 'avalanche',
      customOrder: [],
      asOf: '2026-11-28',
      firstPaymentDate: '2026-12-05',
      updatedAt,
    },
    negotiations,
    collectionLog,
    counsellorSession: {
      profileId: owner,
      step: 'handover',
      completed: ['situation', 'debts', 'budget', 'plan', 'scripts', 'week'],
      scripts: PLATFORMS.slice(0, 5).map((platform) => ({ platform, kind: 'hardship' })),
      weekDone: [],
      handedOverOn: '2026-11-28',
      baseline: {
        takenOn: '2026-11-28',
        asOf: '2026-11-28',
        startOwed: '168420.50',
        monthlyBudget: '4282.00',
        debtFreeDate: '2030-03-05',
        points: Array.from({ length: 40 }, (_, month) => ({
          date: `${String(2026 + Math.floor((11 + month) / 12))}-${String(((11 + month) % 12) + 1).padStart(2, '0')}-05`,
          owed: money(Math.max(0, 168000 - month * 4300), Math.max(1, 168000 - month * 4200)),
          paid: '4282.00',
        })),
      },
      reviews: [],
      updatedAt,
    },
  };
}
