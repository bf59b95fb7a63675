/**
 * The counsellor's client list as data: one summary per profile (platforms, total owed, monthly
 * budget, debt-free date, next action, case status and next appointment, last updated),
 * searching, filtering by case status and sorting. Each summary plans its client once, when its
 * debt-free date or next action is first read (a long list draws its first cards without planning
 * every client); `makeClientSummariser` re-plans only the clients whose records changed.
 *
 * Pure and Solid-free. Money stays a decimal string; sums are whole fen (domain/money.ts). `today` comes in
 * as an argument (no clock).
 */
import type {
  Appointment,
  BudgetRecord,
  CaseStatus,
  CounsellorSession,
  DebtRecord,
  PlanSettingsRecord,
  Profile,
  SessionStep,
} from '../../domain/records';
import type { PlanInput } from '../../domain';
import { indexPlatforms, runPlan, thisMonth, type PlanRun } from './analysis';
import { sumMoney, toFen } from '../../domain/money';
import { platformKeyOf } from '../../domain/platform';
import { owedNow, toBudgetAmount, toPlanInput } from './planInput';

/**
 * The fields of a profile a write keeps, with `change` applied: everything but the id, revision and
 * moment (a field left out of a profile write is lost, e.g. the client's output language).
 */
export function profileFieldsWith(profile: Profile, change: Partial<Omit<Profile, 'id' | 'revision' | 'updatedAt'>>) {
  const { id: _id, revision: _revision, updatedAt: _updatedAt, ...fields } = { ...profile, ...change };
  if (fields.archived !== true) delete fields.archived;
  if (fields.outputLocale === undefined) delete fields.outputLocale;
  return fields;
}

/** What one profile holds, as the planner repository loads it. */
export interface ClientRecords {
  profile: Profile;
  debts: DebtRecord[];
  budget: BudgetRecord | undefined;
  planSettings: PlanSettingsRecord | undefined;
  counsellorSession?: CounsellorSession | undefined;
}

/** The one thing to do next for a client, most pressing first. */
export type NextAction =
  | { kind: 'continue-session'; step: SessionStep }
  | { kind: 'add-debts' }
  | { kind: 'set-budget' }
  | { kind: 'fix-plan' }
  | { kind: 'review' }
  | { kind: 'pay'; amount: string; platform: string; date: string }
  | { kind: 'debt-free' };

export interface ClientSummary {
  id: Profile['id'];
  name: string;
  archived: boolean;
  revision: number;
  platformCount: number;
  totalOwed: string;
  monthlyBudget: string;
  /** Null when there is no feasible plan (or nothing to plan). */
  debtFreeDate: string | null;
  nextAction: NextAction;
  /** The guided session: none yet, under way, or handed over (then reviews follow). */
  session: 'none' | 'in-progress' | 'handed-over';
  /** The case status (issue 18; no session or none recorded: active). */
  caseStatus: CaseStatus;
  /** The next appointment recorded, or null. */
  nextAppointment: Appointment | null;
  /** ISO 8601 moment of the last change. */
  updatedAt: string;
}

/** The client's plan, run once for both the debt-free date and this month's payment. */
interface Planned {
  input: PlanInput;
  run: PlanRun;
}

/** The next action for a client: an unfinished session, missing data, a due review, or this month's payment. */
function nextActionOf(
  records: ClientRecords,
  today: string,
  planned: Planned | undefined,
  debtFreeDate: string | null,
  feasible: boolean,
): NextAction {
  const session = records.counsellorSession;
  if (session !== undefined && session.handedOverOn === undefined)
    return { kind: 'continue-session', step: session.step };
  if (records.debts.length === 0) return { kind: 'add-debts' };
  if (!records.budget || toFen(toBudgetAmount(records.budget).amount) <= 0) return { kind: 'set-budget' };
  if (!feasible || !records.planSettings || planned === undefined) return { kind: 'fix-plan' };
  if (toFen(sumMoney(records.debts.map(owedNow))) <= 0) return { kind: 'debt-free' };
  // After a handover, a review is due once the first planned payment date has passed with no review since.
  if (session?.handedOverOn !== undefined) {
    const lastSeen = session.reviews.reduce(
      (latest, review) => (review.on > latest ? review.on : latest),
      session.handedOverOn,
    );
    const firstDue = session.baseline?.points[0]?.date ?? records.planSettings.firstPaymentDate;
    if (today > firstDue && lastSeen < today && lastSeen <= firstDue) return { kind: 'review' };
  }
  const month = planned.run.ok ? thisMonth(planned.run.plan, indexPlatforms(planned.input)) : null;
  const first = month?.payments[0];
  if (first && month) return { kind: 'pay', amount: first.amount, platform: first.platform.name, date: month.dueDate };
  return debtFreeDate === null ? { kind: 'fix-plan' } : { kind: 'debt-free' };
}

/** What a summary needs the client's plan for. */
interface PlanFigures {
  debtFreeDate: string | null;
  nextAction: NextAction;
}

/** Plans the client once (the engine is the cost) for its debt-free date and next action. */
function planFigures(records: ClientRecords, today: string): PlanFigures {
  let planned: Planned | undefined;
  let debtFreeDate: string | null = null;
  let feasible = false;
  if (records.budget && records.planSettings && records.debts.length > 0) {
    const input = toPlanInput({ debts: records.debts, budget: records.budget, settings: records.planSettings });
    const run = runPlan(input);
    planned = { input, run };
    feasible = run.ok && run.plan.feasible;
    debtFreeDate = run.ok && run.plan.feasible ? run.plan.debtFreeDate : null;
  }
  return { debtFreeDate, nextAction: nextActionOf(records, today, planned, debtFreeDate, feasible) };
}

/** `compute` run on the first call only; later calls give its result. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * A summary of `records` whose debt-free date and next action come from `plan`, which runs when
 * either is first read: a long list draws its first cards without planning every client, and a
 * client nobody scrolls to or sorts by is never planned (issue 18's caseload). Both read like
 * plain fields (enumerable getters: spreading or comparing a summary plans it).
 */
function summaryOf(records: ClientRecords, plan: () => PlanFigures): ClientSummary {
  return {
    id: records.profile.id,
    name: records.profile.displayName,
    archived: records.profile.archived === true,
    revision: records.profile.revision,
    platformCount: new Set(records.debts.map(platformKeyOf)).size,
    totalOwed: sumMoney(records.debts.map(owedNow)),
    monthlyBudget: records.budget ? toBudgetAmount(records.budget).amount : '0.00',
    get debtFreeDate() {
      return plan().debtFreeDate;
    },
    get nextAction() {
      return plan().nextAction;
    },
    session:
      records.counsellorSession === undefined
        ? 'none'
        : records.counsellorSession.handedOverOn === undefined
          ? 'in-progress'
          : 'handed-over',
    caseStatus: records.counsellorSession?.caseStatus ?? 'active',
    nextAppointment: records.counsellorSession?.nextAppointment ?? null,
    updatedAt: records.profile.updatedAt,
  };
}

/**
 * Summarise one profile for the client list. The profile is planned at most once, when its
 * debt-free date or next action is first read.
 */
export function summariseClient(records: ClientRecords, today: string): ClientSummary {
  return summaryOf(
    records,
    once(() => planFigures(records, today)),
  );
}

/** Summarises a whole client list; see `makeClientSummariser`. */
export type ClientSummariser = (list: readonly ClientRecords[], today: string) => ClientSummary[];

/** Equal plain data (what records are: they round-trip through JSON backups); an undefined field equals a missing one. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => sameData(left[key], right[key]));
}

/** Whether everything a summary's figures come from (all but the profile's name, flags and dates) is unchanged. */
function samePlanSources(a: ClientRecords, b: ClientRecords): boolean {
  return (
    sameData(a.debts, b.debts) &&
    sameData(a.budget, b.budget) &&
    sameData(a.planSettings, b.planSettings) &&
    sameData(a.counsellorSession, b.counsellorSession)
  );
}

/**
 * `summariseClient` for a whole list, remembering each client's plan (run, or still to run when
 * first read) while what it comes from (debts, budget, plan settings, session and `today`) is
 * unchanged, so refreshing the list after one change (archive, duplicate, delete, a new client)
 * plans only the clients that changed. Everything else in a summary is read afresh. The first
 * call costs what `summariseClient` does (nothing is compared). Records are taken as loaded and never
 * changed in place. Keeps one entry per client of the latest list; make one per list screen, so
 * nothing outlives it.
 */
export function makeClientSummariser(): ClientSummariser {
  type Entry = { records: ClientRecords; today: string; plan: () => PlanFigures };
  let cache = new Map<string, Entry>();
  return (list, today) => {
    const next = new Map<string, Entry>();
    const summaries = list.map((records) => {
      const cached = cache.get(records.profile.id);
      // The plan (run or not yet) is kept while what it comes from is unchanged; the rest is read afresh.
      const plan =
        cached !== undefined && cached.today === today && samePlanSources(cached.records, records)
          ? cached.plan
          : once(() => planFigures(records, today));
      next.set(records.profile.id, { records, today, plan });
      return summaryOf(records, plan);
    });
    cache = next;
    return summaries;
  };
}

export type ClientSortKey = 'name' | 'owed' | 'budget' | 'debtFree' | 'updated' | 'appointment' | 'status';
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(['zh-CN', 'en'], { sensitivity: 'base', numeric: true });

function compareBy(key: ClientSortKey, a: ClientSummary, b: ClientSummary): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'owed':
      return toFen(a.totalOwed) - toFen(b.totalOwed);
    case 'budget':
      return toFen(a.monthlyBudget) - toFen(b.monthlyBudget);
    case 'debtFree':
      // No date (no feasible plan) sorts after every date.
      if (a.debtFreeDate === b.debtFreeDate) return 0;
      if (a.debtFreeDate === null) return 1;
      if (b.debtFreeDate === null) return -1;
      return a.debtFreeDate < b.debtFreeDate ? -1 : 1;
    case 'updated':
      return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
    case 'appointment': {
      // No appointment sorts after every appointment (sortClients keeps them last both ways).
      const left = appointmentKey(a);
      const right = appointmentKey(b);
      return left === right ? 0 : left === null ? 1 : right === null ? -1 : left < right ? -1 : 1;
    }
    case 'status':
      return CASE_STATUS_ORDER.indexOf(a.caseStatus) - CASE_STATUS_ORDER.indexOf(b.caseStatus);
  }
}

/** Case statuses in the list's order: active, waiting for a creditor's reply, closed. */
const CASE_STATUS_ORDER: readonly CaseStatus[] = ['active', 'waiting', 'closed'];

/** An appointment's day and time as one sortable text (no time sorts first on its day). */
function appointmentKey(client: ClientSummary): string | null {
  const appointment = client.nextAppointment;
  return appointment ? `${appointment.on} ${appointment.time}` : null;
}

/**
 * Sorted copy; ties keep name order. Clients without a debt-free date (or, by appointment, without
 * an appointment) stay last in both directions.
 */
export function sortClients(
  list: readonly ClientSummary[],
  key: ClientSortKey,
  direction: SortDirection,
): ClientSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    if (key === 'debtFree' && (a.debtFreeDate === null) !== (b.debtFreeDate === null))
      return a.debtFreeDate === null ? 1 : -1;
    if (key === 'appointment' && (a.nextAppointment === null) !== (b.nextAppointment === null))
      return a.nextAppointment === null ? 1 : -1;
    return sign * compareBy(key, a, b) || collator.compare(a.name, b.name);
  });
}

/**
 * Clients whose name contains the query (case- and width-insensitive; blank: all), archived ones
 * only when asked, of one case status when `status` is given ('all': any).
 */
export function filterClients(
  list: readonly ClientSummary[],
  query: string,
  showArchived: boolean,
  status: CaseStatus | 'all' = 'all',
): ClientSummary[] {
  const needle = query.normalize('NFKC').trim().toLowerCase();
  return list.filter(
    (client) =>
      (showArchived || !client.archived) &&
      (status === 'all' || client.caseStatus === status) &&
      (needle === '' || client.name.normalize('NFKC').toLowerCase().includes(needle)),
  );
}
