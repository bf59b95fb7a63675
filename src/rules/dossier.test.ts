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
    expect(d.channels[0]?.id).toBe('platform');
    expect(d.channels.map((c) => c.id)).toEqual(expect.arrayContaining(['12378', '12321', '110']));
  });

  it('rules carry resolved sources with tier and verification', () => {
    const d = buildDossier(log);
    const night = d.rules.find((r) => r.rule.id === 'night-contact');
    expect(night?.events).toBe(1);
    expect(night?.sources.map((s) => s.id)).toEqual(['gbt45251', 'nifaCollection', 'cba2026']);
    expect(night?.sources.every((s) => s.verification === 'multi-source')).toBe(true);
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
    expect(d.channels.map((c) => c.id)).toEqual(['platform', '12378']);
  });
});
