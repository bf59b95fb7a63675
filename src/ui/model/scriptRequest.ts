/**
 * What the scripts page tells the letter writer (src/scripts) about a creditor, read from the
 * person's records (issue 14). Pure and Solid-free.
 *
 * - `creditorKindOf`: the debt's lender type (src/rules `lenderOfDebts`: the person's answer, else
 *   what the debt's kind says) as the `creditorKind` of a ScriptRequest; 'unlicensed' and
 *   'unknown' leave it unset (the letter then says the neutral 贵方).
 * - `offersVerifyCollector`: the request to a collector to prove who it acts for is offered when
 *   the creditor is a collection agency, when the lender is not known, or when the person says they
 *   are not sure who is calling.
 * - `evidenceKeptFromLog`: recordings and screenshots the collection log holds for the creditor
 *   (its attachments' file types); the person's own ticks are added by the page.
 * - `recordedInterestStopOf`: an interest stop in the latest agreement recorded with the creditor.
 * - `withInstalment`: the instalment requests a plan version holds, one per platform.
 * - `citedCostOf`: the real annual cost a letter may cite (issue 16): only a figure the person ticked.
 */
import type { CollectionLogRecord, DebtRecord, NegotiationRecord } from '../../domain/records';
import type { Lender } from '../../rules/lenders';
import { CREDITOR_KINDS, type CreditorKind, type EvidenceKept } from '../../scripts';
import { deriveNegotiationStatus, negotiationTimeline } from './negotiation';

/** The letter's creditor kind for a lender; undefined for an unlicensed or unknown lender. */
export function creditorKindOf(lender: Lender): CreditorKind | undefined {
  return (CREDITOR_KINDS as readonly string[]).includes(lender.type) ? (lender.type as CreditorKind) : undefined;
}

/**
 * The real annual cost a letter about `platform` may cite: the first of its debts (list order) whose
 * cost check the person allowed letters to cite (`cost.citeInLetters`); undefined when none did.
 */
export function citedCostOf(debts: readonly DebtRecord[], platform: string): string | undefined {
  return debts.find((debt) => debt.platform === platform && debt.cost?.citeInLetters === true)?.cost?.annualRate;
}

/** Whether to offer the `verify-collector` letter for this creditor. */
export function offersVerifyCollector(lender: Lender, unsureWhoCalls: boolean): boolean {
  return unsureWhoCalls || lender.type === 'collection-agency' || lender.type === 'unknown';
}

/** What one stored file is, as kept evidence: audio is a recording, a picture a screenshot. */
export function evidenceOfAttachment(type: string): EvidenceKept | null {
  const mime = type.trim().toLowerCase();
  if (mime.startsWith('audio/')) return 'recording';
  if (mime.startsWith('image/')) return 'screenshot';
  return null;
}

/**
 * The evidence the collection log holds for a platform (entries with that trimmed name), in the
 * order of EVIDENCE_KEPT as the letters list it: recordings, then screenshots.
 */
export function evidenceKeptFromLog(log: readonly CollectionLogRecord[], platform: string): EvidenceKept[] {
  const name = platform.trim();
  const found = new Set<EvidenceKept>();
  for (const entry of log) {
    if (entry.platform.trim() !== name) continue;
    for (const attachment of entry.attachments) {
      const kept = evidenceOfAttachment(attachment.type);
      if (kept !== null) found.add(kept);
    }
  }
  return (['recording', 'screenshot'] as const).filter((item) => found.has(item));
}

/**
 * The evidence a letter may mention: what the log holds, changed by the person's ticks (a tick
 * adds, an untick removes), in the order of `order`.
 */
export function evidenceKept(
  fromLog: readonly EvidenceKept[],
  ticks: Readonly<Partial<Record<EvidenceKept, boolean>>>,
  order: readonly EvidenceKept[],
): EvidenceKept[] {
  return order.filter((item) => ticks[item] ?? fromLog.includes(item));
}

/**
 * The interest stop the person recorded with a platform: the latest agreement's terms stop
 * interest (`frozen`). `since` is the date the terms apply from. Undefined when none is recorded.
 */
export function recordedInterestStopOf(
  negotiations: readonly NegotiationRecord[],
  platform: string,
): { since?: string } | undefined {
  const status = deriveNegotiationStatus(negotiationTimeline(negotiations, platform));
  const terms = status.agreement?.terms;
  if (terms?.frozen !== true) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(terms.effectiveFrom) ? { since: terms.effectiveFrom } : {};
}

/** An instalment request written into a plan version (platform as in ScriptRequest). */
export interface InstalmentWhatIf {
  platform: string;
  months?: number;
}

/** `list` with `request` for its platform (replacing an earlier one in its place); `list` itself when unchanged. */
export function withInstalment(
  list: readonly InstalmentWhatIf[],
  request: InstalmentWhatIf,
): readonly InstalmentWhatIf[] {
  const same = (a: InstalmentWhatIf, b: InstalmentWhatIf): boolean =>
    a.platform === b.platform && a.months === b.months;
  const at = list.findIndex((item) => item.platform === request.platform);
  if (at === -1) return [...list, request];
  if (same(list[at]!, request)) return list; // unchanged: the same array, so nothing recomputes
  return list.map((item, i) => (i === at ? request : item));
}
