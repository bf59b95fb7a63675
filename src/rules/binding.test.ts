/**
 * Table tests (issue 15): each rule → the lender types it binds (which provisions are cited, and
 * the "why only the law" sentence), on which dates; each rule → its complaint channels; each
 * lender type → its channels. Expected rows are worked out by hand from who each source binds
 * (docs/sources.md, "Who each source binds"):
 *   law, advice: everyone · credit-card Measures (card): bank credit cards · GB/T 45251 (gbt): bank
 *   loans, consumer finance, microlenders, online platforms, collection agencies · NIFA guideline
 *   (nifa): bank loans, consumer finance, microlenders, online platforms · Banking Association
 *   2026 (cba): bank cards and loans, consumer finance, from 2026-01-30 · 2025 public-security law
 *   from 2026-01-01, the 2012 one before.
 */
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_CHANNELS,
  RULES,
  RULE_IDS,
  applyRule,
  channelSourceTiers,
  channelsFor,
  rulesFor,
  type ComplaintChannelId,
} from './catalogue';
import type { Lender, LenderInput } from './lenders';
import { getSource } from './sources';
import type { RuleId } from './types';

const LENDERS = {
  'bank card': { type: 'bank', creditCard: true },
  'bank loan': { type: 'bank', creditCard: false },
  'bank (product unknown)': { type: 'bank' },
  'consumer finance': { type: 'consumer-finance' },
  microlender: { type: 'microlender' },
  'online platform': { type: 'online-platform' },
  'collection agency': { type: 'collection-agency' },
  unlicensed: { type: 'unlicensed' },
  unknown: { type: 'unknown' },
} as const satisfies Record<string, Lender>;
type LenderName = keyof typeof LENDERS;

/** "law card cba" → provision keys; "| why.unknown" adds the why sentence. */
type Row = Record<LenderName, string>;

const SAME_AS_CONTACT: Row = {
  'bank card': 'law card cba',
  'bank loan': 'law gbt cba',
  'bank (product unknown)': 'law cba',
  'consumer finance': 'law gbt cba',
  microlender: 'law gbt',
  'online platform': 'law gbt',
  'collection agency': 'law gbt',
  unlicensed: 'law | why.not-covered',
  unknown: 'law | why.unknown',
};
const BANKS_AND_CONSUMER_FINANCE_ONLY = (floor: string): Row => ({
  'bank card': `${floor} cba`,
  'bank loan': `${floor} cba`,
  'bank (product unknown)': `${floor} cba`,
  'consumer finance': `${floor} cba`,
  microlender: `${floor} | why.not-covered`,
  'online platform': `${floor} | why.not-covered`,
  'collection agency': `${floor} | why.not-covered`,
  unlicensed: `${floor} | why.not-covered`,
  unknown: `${floor} | why.unknown`,
});

/** On 2026-11-28, when every source is in force except the 2012 public-security law. */
const TABLE: Record<RuleId, Row> = {
  'third-party-contact': SAME_AS_CONTACT,
  'emergency-contact': SAME_AS_CONTACT,
  'disclosure-threat': SAME_AS_CONTACT,
  'third-party-disclosure': {
    'bank card': 'law psal2025 cba',
    'bank loan': 'law psal2025 gbt cba',
    'bank (product unknown)': 'law psal2025 cba',
    'consumer finance': 'law psal2025 gbt cba',
    microlender: 'law psal2025 gbt',
    'online platform': 'law psal2025 gbt',
    'collection agency': 'law psal2025 gbt',
    unlicensed: 'law psal2025 | why.not-covered',
    unknown: 'law psal2025 | why.unknown',
  },
  'night-contact': {
    'bank card': 'law cba',
    'bank loan': 'law gbt nifa cba',
    'bank (product unknown)': 'law cba',
    'consumer finance': 'law gbt nifa cba',
    microlender: 'law gbt nifa',
    'online platform': 'law gbt nifa',
    'collection agency': 'law gbt',
    unlicensed: 'law | why.not-covered',
    unknown: 'law | why.unknown',
  },
  // The audit: "3 connected calls a day" is GB/T 45251 and the NIFA guideline, not the Banking
  // Association, and not for credit cards.
  'connected-calls-per-day': {
    'bank card': 'law | why.not-covered',
    'bank loan': 'law gbt nifa',
    'bank (product unknown)': 'law | why.bank-product',
    'consumer finance': 'law gbt nifa',
    microlender: 'law gbt nifa',
    'online platform': 'law gbt nifa',
    'collection agency': 'law gbt',
    unlicensed: 'law | why.not-covered',
    unknown: 'law | why.unknown',
  },
  'unanswered-attempts-per-day': BANKS_AND_CONSUMER_FINANCE_ONLY('law'),
  'threat-insult': {
    'bank card': 'psal2025 card cba',
    'bank loan': 'psal2025 cba',
    'bank (product unknown)': 'psal2025 cba',
    'consumer finance': 'psal2025 cba',
    microlender: 'psal2025 | why.not-covered',
    'online platform': 'psal2025 | why.not-covered',
    'collection agency': 'psal2025 | why.not-covered',
    unlicensed: 'psal2025 | why.not-covered',
    unknown: 'psal2025 | why.unknown',
  },
  impersonation: BANKS_AND_CONSUMER_FINANCE_ONLY('advice'),
  'guarantor-claim': {
    'bank card': 'advice card',
    'bank loan': 'advice gbt',
    'bank (product unknown)': 'advice | why.bank-product',
    'consumer finance': 'advice gbt',
    microlender: 'advice gbt',
    'online platform': 'advice gbt',
    'collection agency': 'advice gbt',
    unlicensed: 'advice | why.not-covered',
    unknown: 'advice | why.unknown',
  },
  'personal-account': BANKS_AND_CONSUMER_FINANCE_ONLY('advice'),
  'new-borrowing': BANKS_AND_CONSUMER_FINANCE_ONLY('advice'),
};

/** What applyRule cites, in the table's notation. */
function cited(ruleId: RuleId, lender: LenderInput, onDate?: string): string {
  const applied = applyRule(ruleId, lender, onDate);
  if (!applied) return '(none)';
  const keys = applied.provisions.map((p) => p.id.slice(`rule.${ruleId}.`.length)).join(' ');
  return applied.why ? `${keys} | ${applied.why.id}` : keys;
}

describe('each rule → the lenders it binds', () => {
  // Mutations checked: GBT scope with 'bank-card' added → 'connected-calls-per-day' × 'bank card'
  // fails; CBA scope without 'consumer-finance' → every 'consumer finance' row with cba fails;
  // the why sentences for unknown and not-covered swapped → every '| why' row fails.
  describe.each(RULE_IDS)('%s', (ruleId) => {
    it.each(Object.keys(LENDERS) as LenderName[])('for %s', (name) => {
      expect(cited(ruleId, LENDERS[name], '2026-11-28')).toBe(TABLE[ruleId][name]);
    });
  });

  it('covers every rule', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('each rule cites the version in force on the event’s date', () => {
  // Mutation: inForceOn ignoring `until` → 2012 and 2025 both cited on 2025-12-31 → fails.
  it('the 2012 public-security law until 2025-12-31, the 2025 revision from 2026-01-01', () => {
    expect(cited('threat-insult', 'unknown', '2025-12-31')).toBe('psal2012 | why.unknown');
    expect(cited('threat-insult', 'unknown', '2026-01-01')).toBe('psal2025 | why.unknown');
    expect(cited('third-party-disclosure', 'microlender', '2025-12-31')).toBe('law psal2012 gbt');
  });
  it('the Banking Association guideline only from 2026-01-30, GB/T 45251 only from 2025-02-28', () => {
    expect(cited('night-contact', LENDERS['bank card'], '2026-01-29')).toBe('law | why.not-covered');
    expect(cited('night-contact', LENDERS['bank card'], '2026-01-30')).toBe('law cba');
    // The NIFA guideline (no date) exists but does not cover collection agencies: say so.
    expect(cited('night-contact', 'collection-agency', '2025-02-27')).toBe('law | why.not-covered');
    expect(cited('night-contact', 'collection-agency', '2025-02-28')).toBe('law gbt');
  });
  it('says no "why" when nothing beyond the law was in force on that date', () => {
    // Before 2026-01-30 the 6-attempts rule did not exist: only the law, and nothing to explain.
    expect(cited('unanswered-attempts-per-day', 'unknown', '2025-06-01')).toBe('law');
  });
  it('without a date (an unreadable time), the newest version', () => {
    expect(cited('threat-insult', 'unknown')).toBe('psal2025 | why.unknown');
  });
});

describe('rules, their provisions and their sources', () => {
  it('the text and sources of an applied rule are its provisions (and why), in order', () => {
    const applied = applyRule('connected-calls-per-day', 'unknown', '2026-11-28');
    expect(applied?.sourceIds).toEqual(['civilCode1033']);
    expect(applied?.text.zh).toContain('你没有选这家放贷机构的类型');
    expect(applied?.text.en.startsWith('The laws Shore cites set no hours')).toBe(true);
    expect(applyRule('night-contact', 'consumer-finance', '2026-11-28')?.sourceIds).toEqual([
      'civilCode1033',
      'gbt45251',
      'nifaCollection',
      'cba2026',
    ]);
  });

  it('each provision’s sources bind the same lenders, so a provision is cited whole or not at all', () => {
    for (const rule of Object.values(RULES)) {
      for (const provision of rule.provisions) {
        const sources = provision.sourceIds.map((id) => getSource(id));
        expect(sources.every((s) => s !== undefined)).toBe(true);
        expect(new Set(sources.map((s) => JSON.stringify(s?.binds))).size, provision.id).toBeLessThanOrEqual(1);
      }
    }
    // A provision whose laws started on different dates is cited once all are in force: the
    // Personal Information Protection Law (2021-11-01) with the Civil Code (2021-01-01).
    expect(cited('third-party-disclosure', 'unknown', '2021-06-01')).toBe('psal2012');
  });

  it('every rule has something for every lender, so a flag never disappears for want of a type', () => {
    for (const name of Object.keys(LENDERS) as LenderName[]) {
      expect(rulesFor(LENDERS[name], '2026-11-28').map((applied) => applied.rule.id)).toEqual(RULE_IDS);
    }
  });
});

/** Channels by id, in catalogue order. */
const ids = (channels: readonly { id: ComplaintChannelId }[]) => channels.map((c) => c.id).join(' ');

describe('each lender type → its complaint channels', () => {
  // Mutation: channelsFor without the binds check → 12378 listed for microlenders → fails.
  // Mutation: 12378 binds everyone → the microlender, platform, agency, unlicensed, unknown rows fail.
  const ALWAYS_OPEN = '12321 110 court credit-objection';
  it.each([
    ['bank card', `platform 12378 ${ALWAYS_OPEN}`],
    ['bank (product unknown)', `platform 12378 ${ALWAYS_OPEN}`],
    ['consumer finance', `platform 12378 ${ALWAYS_OPEN}`],
    ['microlender', `platform local-regulator ${ALWAYS_OPEN}`],
    ['online platform', `platform nifa ${ALWAYS_OPEN}`],
    ['collection agency', `platform ${ALWAYS_OPEN}`],
    ['unlicensed', `platform ${ALWAYS_OPEN}`],
    ['unknown', `platform ${ALWAYS_OPEN}`],
  ] as const)('%s', (name, expected) => {
    expect(ids(channelsFor(LENDERS[name]))).toBe(expected);
  });
});

describe('each rule → its complaint channels', () => {
  // For a consumer finance company: its own line and 12378 always, then by what happened.
  // Mutation: 110 without 'disclosure-threat' in forRules → that row fails.
  it.each([
    ['third-party-contact', 'platform 12378 12321'],
    ['emergency-contact', 'platform 12378 12321'],
    ['third-party-disclosure', 'platform 12378 110 court'],
    ['disclosure-threat', 'platform 12378 12321 110 court'],
    ['night-contact', 'platform 12378 12321'],
    ['connected-calls-per-day', 'platform 12378 12321'],
    ['unanswered-attempts-per-day', 'platform 12378 12321'],
    ['threat-insult', 'platform 12378 12321 110 court'],
    ['impersonation', 'platform 12378 110'],
    ['guarantor-claim', 'platform 12378'],
    ['personal-account', 'platform 12378'],
    ['new-borrowing', 'platform 12378'],
  ] as const)('%s', (ruleId, expected) => {
    expect(ids(channelsFor('consumer-finance', [ruleId]))).toBe(expected);
  });

  it('the lender’s own channel comes first for every lender, and the regulator only for its lenders', () => {
    expect(ids(channelsFor('microlender', ['night-contact']))).toBe('platform local-regulator 12321');
    expect(ids(channelsFor('online-platform', ['third-party-disclosure']))).toBe('platform nifa 110 court');
    expect(ids(channelsFor('unknown', ['night-contact']))).toBe('platform 12321');
  });

  it('each channel is declared at the tier its sources give', () => {
    for (const channel of COMPLAINT_CHANNELS) {
      const expected = channel.id === 'local-regulator' ? ['law'] : [channel.tier];
      expect(channelSourceTiers(channel), channel.id).toEqual(expected);
    }
  });
});
