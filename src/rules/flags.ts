/**
 * Which rules a collection-log entry may break, and the per-day / per-platform counts.
 *
 * Pure and synchronous: the log, the entry's own time and the lender behind each platform are the
 * only inputs; no clock. Day boundaries and the 22:00–08:00 window are in the entry's local time
 * (see time.ts). Each flag cites only what binds the platform's lender on the entry's local date
 * (catalogue.ts `applyRule`): the 2012 public-security law before 2026-01-01, the 2025 one after.
 */
import { RULES, applyRule } from './catalogue';
import { matchKeywords } from './keywords';
import { toLender, type Lender, type LenderInput } from './lenders';
import { CHINA_OFFSET_MINUTES, isNight, localMoment, type LocalMoment } from './time';
import type { Bilingual, CollectionEntry, DayCount, Flag, FlagBasis, PlatformCount, RuleId } from './types';
import type { CollectionLogRecord } from '../domain/records';

/** Reportedly: GB/T 45251—2025 — no more than 3 connected calls a day. */
export const MAX_CONNECTED_CALLS_PER_DAY = 3;
/** Reportedly: CBA 2026 guideline — unanswered attempts should not exceed 6 a day. */
export const MAX_UNANSWERED_ATTEMPTS_PER_DAY = 6;

export interface FlagContext {
  /** The whole log (any order), for the per-day call counts. Defaults to just the entry. */
  log?: readonly CollectionEntry[];
  /** Offset (minutes east of UTC) for moments written in UTC or without an offset. Default +480. */
  defaultOffsetMinutes?: number;
  /** Match keywords in what was said (default true). */
  keywords?: boolean;
  /**
   * The lender behind a platform name (e.g. from the person's debts, `lenderOfDebts`). Default:
   * `unknown` for every platform, so flags cite only what binds every lender and say why.
   */
  lenderOf?: (platform: string) => LenderInput;
}

export interface EntryFlags {
  entryId: string;
  flags: Flag[];
  /** Local date and time of the entry, or undefined if `at` could not be read. */
  local?: LocalMoment;
  /** The lender the flags were worked out for. */
  lender: Lender;
}

const UNKNOWN_LENDER = (): LenderInput => 'unknown';

/** Normalised platform key: trimmed; an empty name groups as "". */
export function platformKey(platform: string): string {
  return platform.trim();
}

export function isThirdParty(entry: CollectionLogRecord): boolean {
  return entry.contacted !== 'me' || entry.channel === 'call-to-contact';
}

/** A call to me that connected (an entry without `connected: false`). */
export function isConnectedCall(entry: CollectionEntry): boolean {
  return entry.channel === 'call' && entry.contacted === 'me' && entry.facts?.connected !== false;
}

export function isUnansweredCall(entry: CollectionEntry): boolean {
  return entry.channel === 'call' && entry.contacted === 'me' && entry.facts?.connected === false;
}

interface Placed {
  entry: CollectionEntry;
  local: LocalMoment | undefined;
}

function place(log: readonly CollectionEntry[], offset: number): Placed[] {
  return log
    .map((entry) => ({ entry, local: localMoment(entry.at, offset) }))
    .sort((a, b) => {
      const ta = a.local?.epochMs ?? Number.POSITIVE_INFINITY;
      const tb = b.local?.epochMs ?? Number.POSITIVE_INFINITY;
      if (ta !== tb) return ta < tb ? -1 : 1;
      return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
    });
}

/** The log in time order (unreadable times last). */
export function orderLog(
  log: readonly CollectionEntry[],
  defaultOffsetMinutes: number = CHINA_OFFSET_MINUTES,
): CollectionEntry[] {
  return place(log, defaultOffsetMinutes).map((p) => p.entry);
}

/** Position (1-based) of the entry among same-kind calls of its platform and local day. */
function ordinalInDay(
  placed: readonly Placed[],
  target: Placed,
  same: (e: CollectionEntry) => boolean,
): { ordinal: number; total: number } {
  let ordinal = 0;
  let total = 0;
  const key = platformKey(target.entry.platform);
  for (const p of placed) {
    if (!p.local || !target.local) continue;
    if (p.local.day !== target.local.day || platformKey(p.entry.platform) !== key || !same(p.entry)) continue;
    total += 1;
    if (p.entry.id === target.entry.id) ordinal = total;
  }
  return { ordinal, total };
}

const M = (zh: string, en: string): Bilingual => ({ zh, en });

function message(ruleId: RuleId, basis: FlagBasis, detail: Bilingual = M('', '')): Bilingual {
  const name = RULES[ruleId].name;
  const why: Record<FlagBasis, Bilingual> = {
    ticked: M('你勾选了这一项', 'you ticked this'),
    time: M(`时间是当地 ${detail.zh}`, `the local time was ${detail.en}`),
    party: M(detail.zh, detail.en),
    count: M(detail.zh, detail.en),
    keywords: M(
      `记录的内容里有“${detail.zh}”等字词（只是字词提示，请自己确认）`,
      `what was said contains “${detail.en}” (a word match only; please check)`,
    ),
  };
  return {
    zh: `可能涉及「${name.zh}」：${why[basis].zh}。`,
    en: `May concern “${name.en}”: ${why[basis].en}.`,
  };
}

const PARTY_WORDS: Record<CollectionLogRecord['contacted'], Bilingual> = {
  me: M('本人', 'me'),
  'emergency-contact': M('紧急联系人', 'an emergency contact'),
  'other-contact': M('其他联系人', 'another contact'),
  family: M('家人', 'family'),
  employer: M('单位', 'my employer'),
};

const NIGHT_CHANNELS: ReadonlySet<CollectionLogRecord['channel']> = new Set([
  'call',
  'sms',
  'wechat',
  'in-app',
  'visit',
  'call-to-contact',
]);

/** Collects an entry's flags, each citing what binds its lender on its date (none: no flag). */
class FlagList {
  readonly flags: Flag[] = [];
  constructor(
    private readonly lender: Lender,
    private readonly day: string | undefined,
  ) {}

  add(ruleId: RuleId, basis: FlagBasis, detail?: Bilingual, matched?: readonly string[]): void {
    const applied = applyRule(ruleId, this.lender, this.day);
    if (!applied) return;
    this.flags.push({
      ruleId,
      basis,
      message: message(ruleId, basis, detail),
      ...(matched ? { matched } : {}),
      explanation: applied.text,
      sourceIds: applied.sourceIds,
    });
  }

  /** A ticked fact wins; words in what was said only add what was not ticked. */
  tickOrWords(ruleId: RuleId, ticked: boolean, text: string, useKeywords: boolean): void {
    if (ticked) return this.add(ruleId, 'ticked');
    if (useKeywords) this.words(ruleId, text);
  }

  words(ruleId: RuleId, text: string): void {
    const matched = matchKeywords(ruleId, text);
    if (matched.length === 0) return;
    const shown = matched.slice(0, 3);
    this.add(ruleId, 'keywords', M(shown.join('”“'), shown.join('”, “')), matched);
  }
}

function flagPlaced(
  placed: readonly Placed[],
  target: Placed,
  useKeywords: boolean,
  lenderOf: (platform: string) => LenderInput,
): EntryFlags {
  const { entry, local } = target;
  const facts = entry.facts ?? {};
  const lender = toLender(lenderOf(platformKey(entry.platform)));
  const list = new FlagList(lender, local?.day);
  const text = entry.whatWasSaid;

  // Contact with people other than the borrower. An emergency contact has its own flag: a
  // collector may use it to reach the person, but may not tell them about the debt or ask them to pay.
  if (entry.contacted === 'emergency-contact') {
    list.add(
      'emergency-contact',
      'party',
      M(
        '联系的是你的紧急联系人。找他们联系你，不一定违规；向他们透露欠款、要他们还钱，才可能违反下面的规定',
        'the collector contacted your emergency contact. Asking them to reach you is not necessarily against the rules; telling them about the debt or asking them to pay may be',
      ),
    );
  } else if (isThirdParty(entry)) {
    const whom = entry.contacted === 'me' ? M('联系人', 'a contact') : PARTY_WORDS[entry.contacted];
    list.add(
      'third-party-contact',
      'party',
      M(`联系的是${whom.zh}，不是你本人`, `the collector contacted ${whom.en}, not you`),
    );
  }
  if (isThirdParty(entry)) list.tickOrWords('third-party-disclosure', facts.disclosedDebt === true, text, useKeywords);
  else if (facts.disclosedDebt === true) list.add('third-party-disclosure', 'ticked');

  // A threat to tell the person's contacts (爆通讯录) is about privacy, not personal safety: ticking
  // "threatened" with only such words in what was said does not raise the personal-safety flag.
  const disclosureThreat = useKeywords && matchKeywords('disclosure-threat', text).length > 0;
  if (disclosureThreat) list.words('disclosure-threat', text);

  // Night: 22:00 inclusive to 08:00 exclusive, local; unless the person agreed to that time.
  if (local && isNight(local.minuteOfDay) && facts.agreedTime !== true && NIGHT_CHANNELS.has(entry.channel)) {
    list.add('night-contact', 'time', M(local.clock, local.clock));
  }

  // Calls per platform per local day, counted over the whole log.
  if (local && isConnectedCall(entry)) {
    const { ordinal, total } = ordinalInDay(placed, target, isConnectedCall);
    if (ordinal > MAX_CONNECTED_CALLS_PER_DAY) {
      list.add(
        'connected-calls-per-day',
        'count',
        M(
          `这是 ${local.day} 当天该平台第 ${ordinal} 个拨通的电话（当天共 ${total} 个）`,
          `this was connected call no. ${ordinal} from this platform on ${local.day} (${total} that day)`,
        ),
      );
    }
  }
  if (local && isUnansweredCall(entry)) {
    const { ordinal, total } = ordinalInDay(placed, target, isUnansweredCall);
    if (ordinal > MAX_UNANSWERED_ATTEMPTS_PER_DAY) {
      list.add(
        'unanswered-attempts-per-day',
        'count',
        M(
          `这是 ${local.day} 当天该平台第 ${ordinal} 次未接通的来电（当天共 ${total} 次）`,
          `this was unanswered attempt no. ${ordinal} from this platform on ${local.day} (${total} that day)`,
        ),
      );
    }
  }

  const threatWords = useKeywords && matchKeywords('threat-insult', text).length > 0;
  const threatTicked = facts.insulted === true || (facts.threatened === true && (!disclosureThreat || threatWords));
  list.tickOrWords('threat-insult', threatTicked, text, useKeywords);
  list.tickOrWords('impersonation', facts.impersonated === true, text, useKeywords);
  list.tickOrWords('guarantor-claim', facts.claimedGuarantor === true, text, useKeywords);
  list.tickOrWords('personal-account', facts.askedPersonalAccount === true, text, useKeywords);
  list.tickOrWords('new-borrowing', facts.pushedNewBorrowing === true, text, useKeywords);

  return { entryId: entry.id, flags: list.flags, local, lender };
}

/**
 * The rules this entry may break. Counts use `context.log` (the whole log; the entry is added if
 * missing). Ticked facts come from `entry.facts`.
 */
export function flagCollectionEntry(entry: CollectionEntry, context: FlagContext = {}): EntryFlags {
  const offset = context.defaultOffsetMinutes ?? CHINA_OFFSET_MINUTES;
  const base = context.log ?? [];
  const log = base.some((e) => e.id === entry.id) ? base.map((e) => (e.id === entry.id ? entry : e)) : [...base, entry];
  const placed = place(log, offset);
  const target = placed.find((p) => p.entry.id === entry.id);
  // `target` always exists: the entry was added above.
  return flagPlaced(
    placed,
    target ?? { entry, local: localMoment(entry.at, offset) },
    context.keywords ?? true,
    context.lenderOf ?? UNKNOWN_LENDER,
  );
}

/** Flags for every entry of the log, in time order. */
export function flagLog(log: readonly CollectionEntry[], context: Omit<FlagContext, 'log'> = {}): EntryFlags[] {
  const placed = place(log, context.defaultOffsetMinutes ?? CHINA_OFFSET_MINUTES);
  return placed.map((p) => flagPlaced(placed, p, context.keywords ?? true, context.lenderOf ?? UNKNOWN_LENDER));
}

/** Per platform and local day, in order (platform, then day). Entries with unreadable times are skipped. */
export function countByDay(
  log: readonly CollectionEntry[],
  defaultOffsetMinutes: number = CHINA_OFFSET_MINUTES,
): DayCount[] {
  const map = new Map<string, DayCount>();
  for (const { entry, local } of place(log, defaultOffsetMinutes)) {
    if (!local) continue;
    const platform = platformKey(entry.platform);
    const key = `${platform}\u0000${local.day}`;
    let row = map.get(key);
    if (!row) {
      row = { platform, day: local.day, connectedCalls: 0, unansweredCalls: 0, contacts: 0, thirdPartyContacts: 0 };
      map.set(key, row);
    }
    row.contacts += 1;
    if (isConnectedCall(entry)) row.connectedCalls += 1;
    if (isUnansweredCall(entry)) row.unansweredCalls += 1;
    if (isThirdParty(entry)) row.thirdPartyContacts += 1;
  }
  return [...map.values()].sort((a, b) =>
    a.platform === b.platform ? (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) : a.platform < b.platform ? -1 : 1,
  );
}

/** Per platform totals, sorted by platform name. */
export function countByPlatform(
  log: readonly CollectionEntry[],
  context: Omit<FlagContext, 'log'> = {},
): PlatformCount[] {
  const offset = context.defaultOffsetMinutes ?? CHINA_OFFSET_MINUTES;
  const flagged = flagLog(log, context);
  const flaggedIds = new Set(flagged.filter((f) => f.flags.length > 0).map((f) => f.entryId));
  const nightIds = new Set(
    flagged.filter((f) => f.flags.some((x) => x.ruleId === 'night-contact')).map((f) => f.entryId),
  );
  const days = countByDay(log, offset);
  const map = new Map<string, PlatformCount>();
  for (const { entry, local } of place(log, offset)) {
    const platform = platformKey(entry.platform);
    let row = map.get(platform);
    if (!row) {
      row = {
        platform,
        contacts: 0,
        connectedCalls: 0,
        thirdPartyContacts: 0,
        nightContacts: 0,
        flaggedEntries: 0,
        maxConnectedCallsInDay: 0,
      };
      map.set(platform, row);
    }
    row.contacts += 1;
    if (isConnectedCall(entry)) row.connectedCalls += 1;
    if (isThirdParty(entry)) row.thirdPartyContacts += 1;
    if (nightIds.has(entry.id)) row.nightContacts += 1;
    if (flaggedIds.has(entry.id)) row.flaggedEntries += 1;
    if (local) {
      row.firstAt ??= entry.at;
      row.lastAt = entry.at;
    }
  }
  for (const day of days) {
    const row = map.get(day.platform);
    if (row && day.connectedCalls > row.maxConnectedCallsInDay) row.maxConnectedCallsInDay = day.connectedCalls;
  }
  return [...map.values()].sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}
