/**
 * The client list's summaries after the speed-up (plan each client once; re-plan only changed
 * clients) equal what the list showed before, on the benchmark's realistic clients
 * (bench/storageData.ts) and on the edge cases of every next action. `oldSummariseClient` below is
 * the pre-optimisation code, frozen as the oracle.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENTS_TODAY, makeClients } from '../../../bench/storageData';
import type * as analysis from './analysis';
import { indexPlatforms, runPlan, thisMonth } from './analysis';
import {
  makeClientSummariser,
  summariseClient,
  type ClientRecords,
  type ClientSummary,
  type NextAction,
} from './clients';
import { sumMoney, toFen } from '../../domain/money';
import { platformKeyOf } from '../../domain/platform';
import { owedNow, toBudgetAmount, toPlanInput } from './planInput';

// A pass-through spy, to count how often the engine runs.
vi.mock('./analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof analysis>();
  return { ...actual, runPlan: vi.fn(actual.runPlan) };
});

/** The summary as src/ui/model/clients.ts computed it before (planning a client up to twice). */
const isPositiveMoney = (amount: string): boolean => toFen(amount) > 0;

function oldNextActionOf(
  records: ClientRecords,
  today: string,
  debtFreeDate: string | null,
  feasible: boolean,
): NextAction {
  const session = records.counsellorSession;
  if (session !== undefined && session.handedOverOn === undefined)
    return { kind: 'continue-session', step: session.step };
  if (records.debts.length === 0) return { kind: 'add-debts' };
  if (!records.budget || !isPositiveMoney(toBudgetAmount(records.budget).amount)) return { kind: 'set-budget' };
  if (!feasible || !records.planSettings) return { kind: 'fix-plan' };
  if (!isPositiveMoney(sumMoney(records.debts.map(owedNow)))) return { kind: 'debt-free' };
  if (session?.handedOverOn !== undefined) {
    const lastSeen = session.reviews.reduce(
      (latest, review) => (review.on > latest ? review.on : latest),
      session.handedOverOn,
    );
    const firstDue = session.baseline?.points[0]?.date ?? records.planSettings.firstPaymentDate;
    if (today > firstDue && lastSeen < today && lastSeen <= firstDue) return { kind: 'review' };
  }
  const input = toPlanInput({ debts: records.debts, budget: records.budget, settings: records.planSettings });
  const run = runPlan(input);
  const month = run.ok ? thisMonth(run.plan, indexPlatforms(input)) : null;
  const first = month?.payments[0];
  if (first && month) return { kind: 'pay', amount: first.amount, platform: first.platform.name, date: month.dueDate };
  return debtFreeDate === null ? { kind: 'fix-plan' } : { kind: 'debt-free' };
}

function oldSummariseClient(records: ClientRecords, today: string): ClientSummary {
  const platforms = new Set(records.debts.map(platformKeyOf));
  const monthlyBudget = records.budget ? toBudgetAmount(records.budget).amount : '0.00';
  let debtFreeDate: string | null = null;
  let feasible = false;
  if (records.budget && records.planSettings && records.debts.length > 0) {
    const run = runPlan(toPlanInput({ debts: records.debts, budget: records.budget, settings: records.planSettings }));
    feasible = run.ok && run.plan.feasible;
    debtFreeDate = run.ok && run.plan.feasible ? run.plan.debtFreeDate : null;
  }
  return {
    id: records.profile.id,
    name: records.profile.displayName,
    archived: records.profile.archived === true,
    revision: records.profile.revision,
    platformCount: platforms.size,
    totalOwed: sumMoney(records.debts.map(owedNow)),
    monthlyBudget,
    debtFreeDate,
    nextAction: oldNextActionOf(records, today, debtFreeDate, feasible),
    session:
      records.counsellorSession === undefined
        ? 'none'
        : records.counsellorSession.handedOverOn === undefined
          ? 'in-progress'
          : 'handed-over',
    updatedAt: records.profile.updatedAt,
  };
}

/** The bench's 60 clients (every strategy, session stage, an infeasible budget) plus one client per remaining case. */
function cases(): ClientRecords[] {
  const clients: ClientRecords[] = makeClients(60).map(
    ({ negotiations: _n, collectionLog: _l, ...records }) => records,
  );
  const base = clients[1]!;
  const variant = (suffix: string, change: Partial<ClientRecords>): ClientRecords => ({
    ...base,
    ...change,
    profile: { ...base.profile, id: `${base.profile.id}-${suffix}` as ClientRecords['profile']['id'] },
  });
  return [
    ...clients,
    variant('no-debts', { debts: [] }),
    variant('no-budget', { budget: undefined }),
    variant('no-settings', { planSettings: undefined }),
    variant('zero-budget', { budget: { ...base.budget!, mode: 'direct', directAmount: '0' } }),
    variant('paid-off', {
      debts: base.debts.map((debt) => ({ ...debt, principal: '0.00', interest: '0.00', fees: '0.00' })),
    }),
    variant('own-platforms', {
      debts: base.debts.map((debt, index) => ({ ...debt, platform: index % 2 ? ' ' : debt.platform })),
    }),
    variant('no-session', { counsellorSession: undefined }),
  ];
}

describe('client summaries after the speed-up', () => {
  beforeEach(() => {
    vi.mocked(runPlan).mockClear();
  });

  it('summariseClient equals the old summaries, and plans each client at most once', () => {
    const all = cases();
    const expected = all.map((records) => oldSummariseClient(records, CLIENTS_TODAY));
    expect(new Set(expected.map((summary) => summary.nextAction.kind))).toEqual(
      new Set(['continue-session', 'pay', 'review', 'fix-plan', 'add-debts', 'set-budget', 'debt-free']),
    );
    vi.mocked(runPlan).mockClear();
    expect(all.map((records) => summariseClient(records, CLIENTS_TODAY))).toEqual(expected);
    expect(vi.mocked(runPlan).mock.calls.length).toBeLessThanOrEqual(all.length);
    // On another day, too (reviews fall due, sessions age).
    expect(all.map((records) => summariseClient(records, '2027-06-01'))).toEqual(
      all.map((records) => oldSummariseClient(records, '2027-06-01')),
    );
  });

  it('a summariser equals the old summaries on every refresh, re-planning only the clients that changed', () => {
    const summarise = makeClientSummariser();
    const first = cases();
    expect(summarise(first, CLIENTS_TODAY)).toEqual(first.map((records) => oldSummariseClient(records, CLIENTS_TODAY)));

    // A refetch: fresh copies of the same records, one renamed and archived (no plan input changed).
    const again = structuredClone(first);
    again[3]!.profile = {
      ...again[3]!.profile,
      displayName: '改名',
      archived: true,
      revision: 99,
      updatedAt: '2026-11-28T12:00:00.000Z',
    };
    // A field present but undefined is the same record as one without it.
    again[4]!.debts = again[4]!.debts.map((debt) => ({ ...debt, chargeCap: debt.chargeCap }));
    vi.mocked(runPlan).mockClear();
    expect(summarise(again, CLIENTS_TODAY)).toEqual(again.map((records) => oldSummariseClient(records, CLIENTS_TODAY)));
    vi.mocked(runPlan).mockClear();
    summarise(structuredClone(again), CLIENTS_TODAY);
    expect(vi.mocked(runPlan)).not.toHaveBeenCalled();

    // Debts, a budget and sessions change (a value, a new field, one more review); one client is gone, one is new.
    const changed = structuredClone(again);
    changed[5]!.debts[0]!.principal = '123.45';
    changed[6]!.budget = {
      ...changed[6]!.budget!,
      income: [{ id: 'i1', label: '工资', category: 'custom', amount: '30000.00' }],
    };
    changed[7]!.counsellorSession = undefined;
    changed[9]!.debts[1]!.overdueSince = '2026-01-01';
    changed[10]!.counsellorSession!.reviews.push({
      ...changed[11]!.counsellorSession!.reviews[0]!,
      id: 'r2',
      on: '2026-11-27',
    });
    changed.splice(8, 1);
    const [extra] = makeClients(61).slice(60);
    changed.push({
      profile: extra!.profile,
      debts: extra!.debts,
      budget: extra!.budget,
      planSettings: extra!.planSettings,
      counsellorSession: extra!.counsellorSession,
    });
    vi.mocked(runPlan).mockClear();
    const result = summarise(changed, CLIENTS_TODAY);
    expect(vi.mocked(runPlan).mock.calls.length).toBe(6);
    vi.mocked(runPlan).mockClear();
    expect(result).toEqual(changed.map((records) => oldSummariseClient(records, CLIENTS_TODAY)));

    // A new day re-plans everyone.
    expect(summarise(changed, '2027-06-01')).toEqual(
      changed.map((records) => oldSummariseClient(records, '2027-06-01')),
    );
  });
});
