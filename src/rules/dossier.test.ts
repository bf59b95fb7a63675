import { describe, expect, it } from 'vitest';
import { buildDossier } from './dossier';
import { makeEntry } from './testing';

const log = [
  makeEntry({
    id: 'late',
    at: '2026-11-29T22:15:00+08:00',
    platform: 'A',
    contacted: 'family',
    whatWasSaid: '他欠钱不还',
    attachments: [{ id: 'f1', name: 'a.png', type: 'image/png', size: 10 }],
  }),
  makeEntry({ id: 'early', at: '2026-11-28T10:00:00+08:00', platform: 'A' }),
  makeEntry({ id: 'other', at: '2026-11-28T11:00:00+08:00', platform: 'B', facts: { threatened: true } }),
];

describe('buildDossier', () => {
  it('all platforms: events in time order with flags, totals and channels', () => {
    const d = buildDossier(log, { person: { name: '张三' }, preparedOn: '2026-11-30' });
    expect(d.events.map((e) => e.entry.id)).toEqual(['early', 'other', 'late']);
    expect(d.platforms).toEqual(['A', 'B']);
    expect(d.person.name).toBe('张三');
    expect(d.preparedOn).toBe('2026-11-30');
    expect(d.firstAt).toBe('2026-11-28T10:00:00+08:00');
    expect(d.totals).toEqual({ events: 3, flaggedEvents: 2, attachments: 1, thirdPartyContacts: 1, nightContacts: 1 });
    expect(d.rules.map((r) => r.rule.id)).toEqual([
      'third-party-contact',
      'third-party-disclosure',
      'night-contact',
      'threat-insult',
    ]);
    // Lenders unknown: no channel that handles only some lenders (12378), and a note saying why.
    // Mutation: channels not filtered by lender → 12378 appears → fails.
    expect(d.channels.map((c) => c.id)).toEqual(['platform', '12321', '110', 'court']);
    expect(d.channelsNote?.id).toBe('why.channels-unknown');
  });

  it('channels follow each platform’s lender: 12378 for a consumer finance company, the local regulator for a microlender', () => {
    const d = buildDossier(log, { lenderOf: (p) => (p === 'A' ? 'consumer-finance' : 'microlender') });
    expect(d.channels.map((c) => c.id)).toEqual(['platform', '12378', 'local-regulator', '12321', '110', 'court']);
    expect(d.channelsNote).toBeUndefined();
  });

  it('rules carry what binds the lender, with resolved sources, tier and verification', () => {
    const night = (lender: 'consumer-finance' | 'unknown') =>
      buildDossier(log, { lenderOf: () => lender }).rules.find((r) => r.rule.id === 'night-contact');
    expect(night('consumer-finance')?.events).toBe(1);
    expect(night('consumer-finance')?.sources.map((s) => s.id)).toEqual([
      'civilCode1033',
      'gbt45251',
      'nifaCollection',
      'cba2026',
    ]);
    expect(night('consumer-finance')?.sources.map((s) => s.verification)).toEqual([
      'verified-text',
      'multi-source',
      'multi-source',
      'multi-source',
    ]);
    // Unknown: the law only, and the sentence saying why, last.
    expect(night('unknown')?.statements.map((s) => s.id)).toEqual(['rule.night-contact.law', 'why.unknown']);
    expect(night('unknown')?.text.en).toContain('You have not said what kind of lender this is');
  });

  it('one platform (matched after trimming)', () => {
    const d = buildDossier(log, { platform: ' A ' });
    expect(d.platform).toBe('A');
    expect(d.events.map((e) => e.entry.id)).toEqual(['early', 'late']);
    expect(d.byPlatform.map((p) => p.platform)).toEqual(['A']);
    expect(d.byDay.every((r) => r.platform === 'A')).toBe(true);
    expect(d.rules.map((r) => r.rule.id)).not.toContain('threat-insult');
  });

  it('day range, and call counts that still use the whole day', () => {
    const calls = ['09', '10', '11', '12'].map((h) => makeEntry({ at: `2026-12-01T${h}:00:00+08:00`, platform: 'C' }));
    const d = buildDossier([...log, ...calls], { fromDay: '2026-12-01', toDay: '2026-12-01' });
    expect(d.events).toHaveLength(4);
    expect(d.events[3]?.flags.map((f) => f.ruleId)).toContain('connected-calls-per-day');
    expect(d.byDay).toEqual([
      { platform: 'C', day: '2026-12-01', connectedCalls: 4, unansweredCalls: 0, contacts: 4, thirdPartyContacts: 0 },
    ]);
  });

  it('an empty log gives an empty dossier that still says where to start', () => {
    const d = buildDossier([]);
    expect(d.events).toEqual([]);
    expect(d.rules).toEqual([]);
    expect(d.channels.map((c) => c.id)).toEqual(['platform']);
    expect(buildDossier([], { platform: 'A', lenderOf: () => 'microlender' }).channels.map((c) => c.id)).toEqual([
      'platform',
      'local-regulator',
    ]);
  });
});
