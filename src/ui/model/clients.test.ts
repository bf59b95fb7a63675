/** The client list: summaries (figures and next action), search and sort. */
import { describe, expect, it } from 'vitest';
import type { CounsellorSession, ProfileId } from '../../domain/records';
import { filterClients, sortClients, summariseClient, type ClientRecords, type ClientSummary } from './clients';
import { makeExampleProfile } from './example';
import { makeDebt } from '../../storage/testSupport';

const TODAY = '2026-11-28';
const NOW = '2026-11-28T10:00:00.000Z';

function example(id: string, name: string): ClientRecords {
  const snapshot = makeExampleProfile('zh-CN', TODAY, NOW);
  const profileId = id as ProfileId;
  return {
    profile: { ...snapshot.profile, id: profileId, displayName: name, revision: 3, updatedAt: NOW },
    debts: snapshot.debts.map((debt) => ({ ...debt, profileId })),
    budget: { ...snapshot.budget, profileId },
    planSettings: { ...snapshot.settings, profileId },
  };
}

function summary(overrides: Partial<ClientSummary>): ClientSummary {
  return {
    id: 'x' as ProfileId,
    name: 'x',
    archived: false,
    revision: 1,
    platformCount: 1,
    totalOwed: '0.00',
    monthlyBudget: '0.00',
    debtFreeDate: null,
    nextAction: { kind: 'add-debts' },
    session: 'none',
    caseStatus: 'active',
    nextAppointment: null,
    updatedAt: NOW,
    ...overrides,
  };
}

/**
 * A client worked by hand: no interest (rates 0), so every figure follows from the sums.
 *   甲 (two loans): 1,500.00 principal + 100.00 interest, and 300.00 → 1,900.00; 乙: 2,000.00 +
 *   50.00 fees = 2,050.00. Total owed 3,950.00 on 2 platforms. Budget 1,000.00 a month, snowball,
 *   first payment 2026-12-15: 1,000.00 on 12-15, 01-15 and 02-15, the last 950.00 on 2027-03-15,
 *   the debt-free date. The smallest loan (甲's 300.00) comes first, so this month 甲 gets all
 *   1,000.00 (300.00 clears the small loan, 700.00 goes to the other), due 2026-12-15.
 */
const HAND = 'hand' as ProfileId;
function handClient(): ClientRecords {
  const debt = (id: string, platform: string, principal: string, interest: string, fees: string, position: number) =>
    makeDebt(HAND, id, position, {
      platform,
      principal,
      interest,
      fees,
      enteredRate: { unit: 'daily-percent', percent: '0' },
    });
  const base = example('hand', '李雷');
  return {
    ...base,
    debts: [
      debt('a1', '甲', '1500.00', '100.00', '0.00', 0),
      debt('b1', '乙', '2000.00', '0.00', '50.00', 1),
      debt('a2', '甲', '300.00', '0.00', '0.00', 2),
    ],
    budget: {
      profileId: HAND,
      mode: 'direct',
      income: [],
      expenses: [],
      directAmount: '1000.00',
      updatedAt: NOW,
    },
    planSettings: {
      profileId: HAND,
      strategy: 'snowball',
      customOrder: [],
      asOf: TODAY,
      firstPaymentDate: '2026-12-15',
      updatedAt: NOW,
    },
  };
}

describe('summariseClient', () => {
  // Break: count debts instead of platforms (3) → fails; sum principal only (3,800.00) → fails;
  // the debt-free date of the first period (2026-12-15) → fails.
  it('counts platforms, sums what is owed and gives the plan figures and this month’s payment', () => {
    const result = summariseClient(handClient(), TODAY);
    expect(result).toMatchObject({
      platformCount: 2,
      totalOwed: '3950.00',
      monthlyBudget: '1000.00',
      debtFreeDate: '2027-03-15',
      nextAction: { kind: 'pay', amount: '1000.00', platform: '甲', date: '2026-12-15' },
      session: 'none',
    });
  });

  it('puts an unfinished session, missing debts and a missing budget first', () => {
    const session: CounsellorSession = {
      profileId: 'a' as ProfileId,
      step: 'budget',
      completed: ['situation', 'debts'],
      scripts: [],
      weekDone: [],
      reviews: [],
      updatedAt: NOW,
    };
    expect(summariseClient({ ...example('a', 'x'), counsellorSession: session }, TODAY).nextAction).toEqual({
      kind: 'continue-session',
      step: 'budget',
    });
    expect(summariseClient({ ...example('a', 'x'), debts: [] }, TODAY)).toMatchObject({
      nextAction: { kind: 'add-debts' },
      platformCount: 0,
      totalOwed: '0.00',
      debtFreeDate: null,
    });
    expect(summariseClient({ ...example('a', 'x'), budget: undefined }, TODAY).nextAction).toEqual({
      kind: 'set-budget',
    });
  });

  // Break: summariseClient without caseStatus (or reading it from the profile) → fails.
  it('gives the case status (active when none) and the next appointment from the session (issue 18)', () => {
    expect(summariseClient(example('a', 'x'), TODAY)).toMatchObject({ caseStatus: 'active', nextAppointment: null });
    const session: CounsellorSession = {
      profileId: 'a' as ProfileId,
      step: 'handover',
      completed: [],
      scripts: [],
      weekDone: [],
      reviews: [],
      updatedAt: NOW,
      caseStatus: 'waiting',
      nextAppointment: { on: '2026-12-17', time: '14:30', place: '二楼' },
    };
    expect(summariseClient({ ...example('a', 'x'), counsellorSession: session }, TODAY)).toMatchObject({
      caseStatus: 'waiting',
      nextAppointment: { on: '2026-12-17', time: '14:30', place: '二楼' },
    });
  });

  // Dates by hand: handed over 2026-11-28, first planned payment 2026-12-15 (handClient). A review is
  // due from the day after it (12-16), not on it; a review on 12-20 clears it. With a baseline whose
  // first point is 2027-01-15, that date counts instead of the settings' first payment.
  // Break: `today > firstDue` → `today >= firstDue` → the 12-15 case fails; ignore the baseline → the
  // 2026-12-16 baseline case fails; ignore reviews → the reviewed case fails.
  it('asks for a review once the first planned payment has passed since the handover', () => {
    const records = handClient();
    const session: CounsellorSession = {
      profileId: HAND,
      step: 'handover',
      completed: [],
      scripts: [],
      weekDone: [],
      handedOverOn: '2026-11-28',
      reviews: [],
      updatedAt: NOW,
    };
    const next = (on: string, counsellorSession: CounsellorSession): string =>
      summariseClient({ ...records, counsellorSession }, on).nextAction.kind;
    expect(next('2026-11-28', session)).toBe('pay');
    expect(next('2026-12-15', session)).toBe('pay');
    expect(next('2026-12-16', session)).toBe('review');
    expect(next('2027-06-01', session)).toBe('review');
    const reviewed: CounsellorSession = {
      ...session,
      reviews: [
        { id: 'r', on: '2026-12-20', payments: [], balances: [], note: '', debtFreeBefore: null, debtFreeAfter: null },
      ],
    };
    expect(next('2026-12-20', reviewed)).toBe('pay');
    expect(next('2027-06-01', reviewed)).toBe('pay');
    const withBaseline: CounsellorSession = {
      ...session,
      baseline: {
        takenOn: '2026-11-28',
        asOf: '2026-11-28',
        startOwed: '3950.00',
        monthlyBudget: '1000.00',
        debtFreeDate: '2027-04-15',
        points: [{ date: '2027-01-15', owed: '1950.00', paid: '1000.00' }],
      },
    };
    expect(next('2026-12-16', withBaseline)).toBe('pay');
    expect(next('2027-01-15', withBaseline)).toBe('pay');
    expect(next('2027-01-16', withBaseline)).toBe('review');
  });
});

describe('sortClients and filterClients', () => {
  const list = [
    summary({
      id: '1' as ProfileId,
      name: '张三',
      totalOwed: '9000.00',
      monthlyBudget: '800.00',
      debtFreeDate: '2028-01-31',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
    summary({
      id: '2' as ProfileId,
      name: 'Li Na',
      totalOwed: '12000.50',
      monthlyBudget: '1500.00',
      debtFreeDate: null,
      updatedAt: '2026-11-20T00:00:00.000Z',
    }),
    summary({
      id: '3' as ProfileId,
      name: '王芳',
      totalOwed: '800.00',
      monthlyBudget: '300.00',
      debtFreeDate: '2027-03-31',
      updatedAt: '2026-11-25T00:00:00.000Z',
      archived: true,
    }),
  ];
  const ids = (result: ClientSummary[]): string[] => result.map((client) => client.id);

  it('sorts money exactly, both ways', () => {
    expect(ids(sortClients(list, 'owed', 'asc'))).toEqual(['3', '1', '2']);
    expect(ids(sortClients(list, 'owed', 'desc'))).toEqual(['2', '1', '3']);
    expect(ids(sortClients(list, 'budget', 'desc'))).toEqual(['2', '1', '3']);
    // 9.10 vs 10.00: string order would put 10.00 first.
    expect(
      ids(
        sortClients(
          [summary({ id: 'a' as ProfileId, totalOwed: '10.00' }), summary({ id: 'b' as ProfileId, totalOwed: '9.10' })],
          'owed',
          'asc',
        ),
      ),
    ).toEqual(['b', 'a']);
  });

  it('sorts by debt-free date with no-date clients last either way, and by last update', () => {
    expect(ids(sortClients(list, 'debtFree', 'asc'))).toEqual(['3', '1', '2']);
    expect(ids(sortClients(list, 'debtFree', 'desc'))).toEqual(['1', '3', '2']);
    expect(ids(sortClients(list, 'updated', 'desc'))).toEqual(['3', '2', '1']);
  });

  it('searches names ignoring case and width, and hides archived clients unless asked', () => {
    expect(ids(filterClients(list, '', false))).toEqual(['1', '2']);
    expect(ids(filterClients(list, '', true))).toEqual(['1', '2', '3']);
    expect(ids(filterClients(list, 'li', false))).toEqual(['2']);
    expect(ids(filterClients(list, 'ＬＩ', false))).toEqual(['2']);
    expect(ids(filterClients(list, '王', false))).toEqual([]);
    expect(ids(filterClients(list, '王', true))).toEqual(['3']);
  });

  // Issue 18: the case status and the next appointment.
  const cases = [
    summary({ id: 'w' as ProfileId, name: 'A', caseStatus: 'waiting', nextAppointment: null }),
    summary({
      id: 'c' as ProfileId,
      name: 'B',
      caseStatus: 'closed',
      nextAppointment: { on: '2026-12-17', time: '', place: '' },
    }),
    summary({
      id: 'a' as ProfileId,
      name: 'C',
      caseStatus: 'active',
      nextAppointment: { on: '2026-12-17', time: '09:30', place: '' },
    }),
    summary({
      id: 'e' as ProfileId,
      name: 'D',
      caseStatus: 'active',
      nextAppointment: { on: '2026-12-08', time: '16:00', place: '' },
    }),
  ];

  // Break: filterClients ignoring `status` → the waiting filter returns all four.
  it('filters by case status', () => {
    expect(ids(filterClients(cases, '', false, 'waiting'))).toEqual(['w']);
    expect(ids(filterClients(cases, '', false, 'active'))).toEqual(['a', 'e']);
    expect(ids(filterClients(cases, '', false, 'all'))).toEqual(['w', 'c', 'a', 'e']);
  });

  // Break: compareBy 'appointment' returning 0 → the order stays by name.
  it('sorts by next appointment (day, then time; none last either way) and by status', () => {
    expect(ids(sortClients(cases, 'appointment', 'asc'))).toEqual(['e', 'c', 'a', 'w']);
    expect(ids(sortClients(cases, 'appointment', 'desc'))).toEqual(['a', 'c', 'e', 'w']);
    expect(ids(sortClients(cases, 'status', 'asc'))).toEqual(['a', 'e', 'w', 'c']);
  });
});
