/** The client list: summaries (figures and next action), search and sort. */
import { describe, expect, it } from 'vitest';
import type { CounsellorSession, ProfileId } from '../../domain/records';
import { filterClients, sortClients, summariseClient, type ClientRecords, type ClientSummary } from './clients';
import { makeExampleProfile } from './example';

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
    updatedAt: NOW,
    ...overrides,
  };
}

describe('summariseClient', () => {
  it('counts platforms, sums what is owed and gives the plan figures and this month’s payment', () => {
    const records = example('a', '王芳');
    const result = summariseClient(records, TODAY);
    expect(result.platformCount).toBe(new Set(records.debts.map((debt) => debt.platform)).size);
    expect(result.platformCount).toBeGreaterThan(1);
    expect(Number(result.totalOwed)).toBeGreaterThan(0);
    expect(result.monthlyBudget).toMatch(/^\d+\.\d{2}$/);
    expect(result.debtFreeDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.nextAction.kind).toBe('pay');
  });

  it('puts an unfinished session, missing debts and a missing budget first', () => {
    const session: CounsellorSession = {
      profileId: 'a' as ProfileId,
      step: 'budget',
      completed: ['situation', 'debts'],
      situation: '',
      worries: [],
      scripts: [],
      weekDone: [],
      counsellorName: '',
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

  it('asks for a review once the first planned payment has passed since the handover', () => {
    const records = example('a', 'x');
    const session: CounsellorSession = {
      profileId: 'a' as ProfileId,
      step: 'handover',
      completed: [],
      situation: '',
      worries: [],
      scripts: [],
      weekDone: [],
      counsellorName: '',
      handedOverOn: TODAY,
      reviews: [],
      updatedAt: NOW,
    };
    const first = records.planSettings!.firstPaymentDate;
    expect(summariseClient({ ...records, counsellorSession: session }, TODAY).nextAction.kind).toBe('pay');
    expect(summariseClient({ ...records, counsellorSession: session }, '2027-06-01').nextAction.kind).toBe('review');
    const reviewed = {
      ...session,
      reviews: [
        { id: 'r', on: '2027-05-01', payments: [], balances: [], note: '', debtFreeBefore: null, debtFreeAfter: null },
      ],
    };
    expect(first < '2027-05-01').toBe(true);
    expect(summariseClient({ ...records, counsellorSession: reviewed }, '2027-06-01').nextAction.kind).toBe('pay');
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
});
