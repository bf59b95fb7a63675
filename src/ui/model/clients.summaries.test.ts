/**
 * The client list's summaries on the benchmark's realistic clients (bench/storageData.ts) and on
 * the edge cases of every next action: each client is planned at most once, and a summariser
 * (makeClientSummariser) re-plans only the clients whose records changed while giving exactly
 * what summarising each client afresh gives. The summaries' own figures and dates are worked by
 * hand in clients.test.ts; the pre-optimisation copy of summariseClient that this file used as
 * an oracle is gone (it repeated the code under test line for line).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENTS_TODAY, makeClients } from '../../../bench/storageData';
import type * as analysis from './analysis';
import { runPlan } from './analysis';
import { makeClientSummariser, summariseClient, type ClientRecords } from './clients';

// A pass-through spy, to count how often the engine runs.
vi.mock('./analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof analysis>();
  return { ...actual, runPlan: vi.fn(actual.runPlan) };
});

/** Each client summarised afresh: what a summariser must give whatever it re-used. */
const afresh = (list: readonly ClientRecords[], today: string) =>
  list.map((records) => summariseClient(records, today));

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
    // Handed over today, first payment 2026-12-10: pay on 2026-11-28, a review due by 2027-06-01.
    variant('review-later', {
      counsellorSession: {
        profileId: base.profile.id,
        step: 'handover',
        completed: [],
        scripts: [],
        weekDone: [],
        handedOverOn: CLIENTS_TODAY,
        reviews: [],
        updatedAt: base.profile.updatedAt,
      },
      planSettings: { ...base.planSettings!, firstPaymentDate: '2026-12-10' },
    }),
  ];
}

describe('client summaries after the speed-up', () => {
  beforeEach(() => {
    vi.mocked(runPlan).mockClear();
  });

  // Break: summariseClient running the plan a second time for this month's payment (as it did
  // before the speed-up) → the count fails.
  it('summariseClient plans each client at most once, across every next action', () => {
    const all = cases();
    vi.mocked(runPlan).mockClear();
    const summaries = afresh(all, CLIENTS_TODAY);
    // Both planned figures read, twice each.
    const kinds = new Set(summaries.map((summary) => summary.nextAction.kind));
    for (const summary of summaries) void [summary.debtFreeDate, summary.nextAction, summary.debtFreeDate];
    expect(vi.mocked(runPlan).mock.calls.length).toBeLessThanOrEqual(all.length);
    expect(kinds).toEqual(
      new Set(['continue-session', 'pay', 'review', 'fix-plan', 'add-debts', 'set-budget', 'debt-free']),
    );
  }, 30_000); // a limit for a shared, loaded machine (68 clients planned several times), not a timed assertion

  // Break: samePlanSources ignoring debts (a stale summary kept after a debt changes) → the "changed"
  // comparison fails; re-using a summary from another day → the new-day comparison fails.
  it('a summariser equals fresh summaries on every refresh, re-planning only the clients that changed', () => {
    const summarise = makeClientSummariser();
    const first = cases();
    expect(summarise(first, CLIENTS_TODAY)).toEqual(afresh(first, CLIENTS_TODAY));

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
    expect(summarise(again, CLIENTS_TODAY)).toEqual(afresh(again, CLIENTS_TODAY));
    vi.mocked(runPlan).mockClear();
    for (const summary of summarise(structuredClone(again), CLIENTS_TODAY)) void summary.nextAction;
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
    for (const summary of result) void summary.debtFreeDate;
    expect(vi.mocked(runPlan).mock.calls.length).toBe(6);
    vi.mocked(runPlan).mockClear();
    expect(result).toEqual(afresh(changed, CLIENTS_TODAY));

    // A new day re-plans everyone: the client handed over today is due a review by then.
    const later = summarise(changed, '2027-06-01');
    expect(later).toEqual(afresh(changed, '2027-06-01'));
    const reviewLater = (list: { id: string; nextAction: { kind: string } }[]) =>
      list.find((summary) => summary.id.endsWith('-review-later'))?.nextAction.kind;
    expect([reviewLater(result), reviewLater(later)]).toEqual(['pay', 'review']);
  }, 30_000); // a limit for a shared, loaded machine (68 clients planned several times), not a timed assertion

  // Break: summaryOf calling plan() while building the summary (planning every client up front,
  // as before issue 18's caseload) → the first count fails; `once` forgetting its result → the
  // second count fails.
  it('plans a client only when its debt-free date or next action is read, and then once', () => {
    const all = cases();
    vi.mocked(runPlan).mockClear();
    const summaries = makeClientSummariser()(all, CLIENTS_TODAY);
    const byName = [...summaries].sort((a, b) => (a.name < b.name ? -1 : 1)); // what the list's default sorts read
    void byName.map((summary) => [summary.name, summary.totalOwed, summary.updatedAt, summary.caseStatus]);
    expect(vi.mocked(runPlan)).not.toHaveBeenCalled();
    // The first screenful of cards: three clients with debts, a budget and plan settings.
    for (const summary of summaries.slice(0, 3)) void [summary.debtFreeDate, summary.nextAction.kind];
    for (const summary of summaries.slice(0, 3)) void [summary.nextAction, summary.debtFreeDate];
    expect(vi.mocked(runPlan).mock.calls.length).toBe(3);
  });
});
