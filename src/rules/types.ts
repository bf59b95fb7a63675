/**
 * Types of the rules catalogue (src/rules). Everything here is data: pure, synchronous, no clock.
 *
 * Every fact shown to a person carries its source, the source's legal tier and how well the fact
 * was verified (docs/sources.md lists them all). Only two verification levels exist here: facts
 * known from a single secondary source, or not verified at all, are deliberately left out.
 */
import type { CollectionLogFacts as DomainCollectionLogFacts, CollectionLogRecord } from '../domain/records';
import type { Binds, InForce } from './lenders';

/** Both languages of one piece of text. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * The legal kind of a source (the reference's tiers, docs/sources.md). Kinds from 'national-standard' down are not
 * statutes: breaking them is "against industry rules / regulatory requirements", not "illegal".
 */
export type Tier =
  | 'law'
  | 'administrative-regulation'
  | 'judicial-interpretation'
  | 'departmental-rule'
  | 'normative-document'
  | 'local-regulation'
  | 'national-standard'
  | 'industry-guideline'
  /** Common practice or a regulator's public warning: advice, not a binding rule. */
  | 'practice';

/**
 * The tier a rule, flag citation or complaint channel is declared at (issue 15). Everything below
 * 'law' is not a statute: breaking it is "against regulatory or industry rules", not "illegal".
 */
export type BindingTier = 'law' | 'regulation' | 'national-standard' | 'self-regulation' | 'reported';

/**
 * 'verified-text': 原文已核 — the wording was read in full text; may be stated plainly.
 * 'multi-source': 多源一致 — ≥2 independent secondary sources agree; must be phrased as reported.
 */
export type Verification = 'verified-text' | 'multi-source';

export interface Source {
  id: string;
  /** Whom it binds (lenders.ts): 'everyone' for laws and for facts that hold whoever the lender is. */
  binds: Binds;
  /** The dates it applies to, where a version changed or it started recently. */
  inForce?: InForce;
  /** Full title, e.g. 《中华人民共和国民法典》. */
  title: Bilingual;
  /** Article or section, if any, e.g. 第一千零三十三条. */
  article?: Bilingual;
  tier: Tier;
  verification: Verification;
  /** Issue / effective dates as plain words (YYYY-MM-DD inside). */
  dates?: Bilingual;
}

/**
 * One plain-words statement with the sources it rests on. `id` is stable: it names the statement's
 * row in docs/sources.md (a test keeps the two in step). A statement without sources is advice.
 */
export interface Statement {
  id: string;
  text: Bilingual;
  sourceIds: readonly string[];
}

export type RuleId =
  | 'third-party-contact'
  | 'emergency-contact'
  | 'third-party-disclosure'
  | 'disclosure-threat'
  | 'night-contact'
  | 'connected-calls-per-day'
  | 'unanswered-attempts-per-day'
  | 'threat-insult'
  | 'impersonation'
  | 'guarantor-claim'
  | 'personal-account'
  | 'new-borrowing';

/**
 * A rule a collection-log entry may break. Each provision is one statement resting on sources
 * that bind alike (same lenders, same dates): a law binding everyone, a regulation binding card
 * issuers, a standard, a guideline binding members, or advice (no source, for everyone).
 * Provisions come strongest tier first.
 */
export interface Rule {
  id: RuleId;
  name: Bilingual;
  provisions: readonly Statement[];
}

/** A rule as it applies to one lender on one date (catalogue.ts `applyRule`). */
export interface AppliedRule {
  rule: Rule;
  /** The provisions whose sources bind this lender and are in force on that date. */
  provisions: readonly Statement[];
  /**
   * Why only what binds every lender is cited, when that is so although the rule has more (the
   * lender type is unknown, or not covered): one plain sentence.
   */
  why?: Statement;
  /** The provisions' texts, then `why`, as one paragraph per language. */
  text: Bilingual;
  /** The provisions' sources, in order, without repeats. */
  sourceIds: readonly string[];
}

/** Why a rule was flagged for an entry. */
export type FlagBasis = 'ticked' | 'time' | 'party' | 'count' | 'keywords';

export interface Flag {
  ruleId: RuleId;
  basis: FlagBasis;
  /** "may" wording for this entry, both languages. */
  message: Bilingual;
  /** For keyword flags: the words that matched. */
  matched?: readonly string[];
  /** What binds this entry's lender on the entry's date, in plain words (`AppliedRule.text`). */
  explanation: Bilingual;
  /** The sources of `explanation`: only those binding the lender and in force on the entry's date. */
  sourceIds: readonly string[];
}

/** Facts the person ticks for an entry (checkboxes): the `facts` field of a log record. */
export type CollectionLogFacts = DomainCollectionLogFacts;

/** A log entry as the rules read it (its ticked facts are its own `facts` field). */
export type CollectionEntry = CollectionLogRecord;

/** Per-platform, per-local-day counts. */
export interface DayCount {
  platform: string;
  /** Local date YYYY-MM-DD (the entry's own offset). */
  day: string;
  connectedCalls: number;
  unansweredCalls: number;
  /** Every logged contact that day for the platform, all channels. */
  contacts: number;
  thirdPartyContacts: number;
}

export interface PlatformCount {
  platform: string;
  contacts: number;
  connectedCalls: number;
  thirdPartyContacts: number;
  nightContacts: number;
  flaggedEntries: number;
  /** Highest connected calls in one day. */
  maxConnectedCallsInDay: number;
  firstAt?: string;
  lastAt?: string;
}
