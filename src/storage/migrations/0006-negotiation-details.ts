/**
 * Migration 6: a negotiation event's details move out of its `summary` into fields of their own;
 * settings may now hold a counsellor's LPR figure (optional, absent on every older record, so
 * settings need no transform).
 *
 * Until version 6 the negotiation panel packed what the stored record had no field for into the
 * summary, as one trailing line `[shore] {json}` after the person's note:
 * `{"waivedAmount"?, "evidence"?: {channel, reference}, "payment"?: {outcome, amount?, dueDate?}}`.
 * Version 6 keeps them in `agreedTerms.waivedAmount`, `confirmation` and `payment`, and the
 * summary is the note alone.
 *
 * A line is moved only when it is exactly what that release wrote: the last line, after a
 * newline, starting with the marker, JSON, and valid to the formats version 6 enforces (money,
 * real calendar dates, known channels, no unknown keys). Anything else — a malformed line, a
 * waived amount on an event with no agreed terms, a summary that is only a marker line — stays in
 * the summary untouched, so nothing a person stored is lost. A valid empty details line (`{}`,
 * written when the note's own last line began with the marker) is dropped: it was an escape.
 * Pure; imports only frozen schemas (and valibot), never live code.
 */
import * as v from 'valibot';
import type { NegotiationRowV5, SnapshotV5 } from '../schema/v5';
import type { NegotiationRowV6, SnapshotV6 } from '../schema/v6';
import { rowTransform, snapshotTransform, type MigrationStep } from './types';

/** The marker version 5's panel put before the details JSON. */
const MARKER = '[shore] ';

const MONEY = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The details line as version 5 wrote it, as strict as the version 6 validators. */
const detailsV5 = v.strictObject({
  waivedAmount: v.optional(v.pipe(v.string(), v.regex(MONEY))),
  evidence: v.optional(
    v.strictObject({
      channel: v.picklist(['app-message', 'sms', 'email', 'letter', 'website', 'other']),
      reference: v.pipe(v.string(), v.maxLength(500)),
    }),
  ),
  payment: v.optional(
    v.strictObject({
      outcome: v.picklist(['kept', 'missed']),
      amount: v.optional(v.pipe(v.string(), v.regex(MONEY))),
      dueDate: v.optional(v.pipe(v.string(), v.check(isCalendarDate))),
    }),
  ),
});

export function migrateNegotiationV5toV6(row: NegotiationRowV5): NegotiationRowV6 {
  const unchanged: NegotiationRowV6 = { ...row };
  const cut = row.summary.lastIndexOf('\n');
  if (cut < 0) return unchanged;
  const line = row.summary.slice(cut + 1);
  if (!line.startsWith(MARKER)) return unchanged;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.slice(MARKER.length));
  } catch {
    return unchanged;
  }
  const result = v.safeParse(detailsV5, parsed);
  if (!result.success) return unchanged;
  const details = result.output;
  if (details.waivedAmount !== undefined && row.agreedTerms === undefined) return unchanged;

  // Fields are copied one by one: nothing parsed is spread onto the row.
  const next: NegotiationRowV6 = { ...row, summary: row.summary.slice(0, cut) };
  if (details.waivedAmount !== undefined && row.agreedTerms !== undefined) {
    next.agreedTerms = { ...row.agreedTerms, waivedAmount: details.waivedAmount };
  }
  if (details.evidence !== undefined) {
    next.confirmation = { channel: details.evidence.channel, reference: details.evidence.reference };
  }
  if (details.payment !== undefined) {
    const { outcome, amount, dueDate } = details.payment;
    next.payment = { outcome };
    if (amount !== undefined) next.payment.amount = amount;
    if (dueDate !== undefined) next.payment.dueDate = dueDate;
  }
  return next;
}

export function migrateSnapshotV5toV6(data: SnapshotV5): SnapshotV6 {
  return { ...data, negotiations: data.negotiations.map(migrateNegotiationV5toV6) };
}

export const migration0006: MigrationStep = {
  version: 6,
  name: 'negotiation-details',
  structure: () => undefined,
  rows: { negotiations: rowTransform(migrateNegotiationV5toV6) },
  snapshot: snapshotTransform(migrateSnapshotV5toV6),
};
