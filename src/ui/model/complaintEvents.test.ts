import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../rules/testing';
import { composeScript } from '../../scripts';
import { makeExampleProfile } from './example';
import { runPlan } from './analysis';
import { complaintEventsFromLog } from './complaintEvents';
import { toPlanInput } from './planInput';

describe('complaintEventsFromLog', () => {
  const log = [
    makeEntry({ platform: 'QuickLoan', at: '2026-11-20T23:15:00+08:00' }),
    makeEntry({
      platform: 'QuickLoan',
      at: '2026-11-18T10:00:00+08:00',
      channel: 'call-to-contact',
      contacted: 'family',
    }),
    makeEntry({
      platform: 'QuickLoan',
      at: '2026-11-18T11:00:00+08:00',
      channel: 'call-to-contact',
      contacted: 'employer',
    }),
    makeEntry({ platform: 'QuickLoan', at: '2026-11-19T15:00:00+08:00' }),
    makeEntry({ platform: 'Other', at: '2026-11-21T23:30:00+08:00' }),
  ];

  it('lists the platform’s flagged contacts by date, grouped per day, leaving unflagged ones out', () => {
    const events = complaintEventsFromLog(log, 'QuickLoan', 'en');
    expect(events).toEqual([
      { date: '2026-11-18', breach: 'third-party-contact', count: 2 },
      { date: '2026-11-20', breach: 'night-contact', count: 1, time: '23:15' },
    ]);
  });

  // Break: `possible` set for every flag (or for none) → fails.
  it('a flag matched from the note’s words alone is listed apart as possible; a ticked one as it is', () => {
    const events = complaintEventsFromLog(
      [
        makeEntry({ platform: 'Q', at: '2026-11-22T15:00:00+08:00', whatWasSaid: 'he said: you will regret this' }),
        makeEntry({ platform: 'Q', at: '2026-11-22T16:00:00+08:00', facts: { threatened: true } }),
      ],
      'Q',
      'en',
    );
    expect(events).toEqual([
      { date: '2026-11-22', breach: 'threats-insults', count: 1, time: '15:00', possible: true },
      { date: '2026-11-22', breach: 'threats-insults', count: 1, time: '16:00' },
    ]);
  });

  it('feeds a complaint that names the dates and the breaches', () => {
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T10:00:00.000Z');
    const input = toPlanInput({ debts: example.debts, budget: example.budget, settings: example.settings });
    const run = runPlan(input);
    if (!run.ok) throw new Error('example plan is invalid');
    const platform = example.debts[0]!.platform;
    const events = complaintEventsFromLog(
      log.map((entry) => ({ ...entry, platform: entry.platform === 'QuickLoan' ? platform : entry.platform })),
      platform,
      'en',
    );
    const script = composeScript({
      kind: 'complaint',
      locale: 'en',
      channel: 'letter',
      input,
      plan: run.plan,
      platform,
      platformName: platform,
      collectionLog: { events },
    });
    expect(script.text).toContain('November 18, 2026');
    expect(script.text).toContain('November 20, 2026 23:15: contact between 22:00 and 08:00');
    expect(script.text).toContain('(2 times that day)');
    // Two entries listed (one of them 2 contacts that day): the letter says 2, not 3 (issue 14).
    expect(script.text).toContain('These are the 2 entries in my records, from November 18, 2026 to November 20, 2026');
    expect(script.text).not.toContain('November 21, 2026');
  });
});
