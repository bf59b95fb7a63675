/**
 * Every legal or factual statement src/rules can show, with its stable id, for docs/sources.md:
 * the reference sections, the LPR statement, the cost screen's reference lines (cost.ts), the crisis note, the credit-record rule of the
 * debts screen, each rule's provisions, the "why
 * only the law" sentences, and each complaint channel. tests/unit/sources.test.ts checks that each has a row there at the tier and
 * verification its sources give, and that no legal-looking text in src/rules escapes this list.
 */
import { COMPLAINT_CHANNELS, LPR_CATALOGUE, RULES, WHY_CHANNELS_UNKNOWN, WHY_FLOOR_ONLY } from './catalogue';
import { costStatements } from './cost';
import { CREDIT_RECORD_ENDS, CRISIS_NOTE, REFERENCE, lprStatement } from './reference';
import { BINDING_TIER, getSource } from './sources';
import type { BindingTier, Statement, Verification } from './types';

/** A statement's tier in docs/sources.md: its sources' binding tiers, or 'advice' when it cites none. */
export type StatementTier = BindingTier | 'advice';

/** Every statement src/rules shows, in a stable order (ids are unique; a test checks it). */
export function registeredStatements(): Statement[] {
  const lprFromSettings = lprStatement({
    percent: '3.1',
    effectiveFrom: '2026-10-21',
    confirmedOn: '2026-11-20',
    origin: 'settings',
  });
  return [
    ...REFERENCE.flatMap((section) => section.statements),
    lprStatement(LPR_CATALOGUE),
    lprFromSettings,
    ...CRISIS_NOTE.lines,
    CREDIT_RECORD_ENDS,
    ...Object.values(RULES).flatMap((rule) => rule.provisions),
    ...Object.values(WHY_FLOOR_ONLY),
    ...COMPLAINT_CHANNELS.map((channel) => ({
      id: `channel.${channel.id}`,
      text: {
        zh: [channel.name.zh, channel.handles.zh, channel.contact?.zh ?? ''].join(' '),
        en: [channel.name.en, channel.handles.en, channel.contact?.en ?? ''].join(' '),
      },
      sourceIds: channel.sourceIds,
    })),
    WHY_CHANNELS_UNKNOWN,
    ...costStatements(),
  ];
}

/** The tiers a statement rests on (sorted, unique). */
export function statementTiers(statement: Statement): StatementTier[] {
  if (statement.sourceIds.length === 0) return ['advice'];
  const tiers = statement.sourceIds.flatMap((id) => {
    const source = getSource(id);
    return source ? [BINDING_TIER[source.tier]] : [];
  });
  return [...new Set(tiers)].sort();
}

/** How well a statement's sources were verified (sorted, unique; empty for advice). */
export function statementVerification(statement: Statement): Verification[] {
  const levels = statement.sourceIds.flatMap((id) => {
    const source = getSource(id);
    return source ? [source.verification] : [];
  });
  return [...new Set(levels)].sort();
}
