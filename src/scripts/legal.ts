/**
 * Which legal statements a letter may make, by the kind of lender it is about (issue 14). Every
 * statement is a template key whose text states a fact docs/sources.md lists as 原文已核 (plainly) or
 * 多源一致 (as reported, naming the source). A rule is cited only for the lenders it binds; where
 * the lender's kind is not known, a statement that names its own scope is used instead. Pure.
 *
 * Who each source binds (docs/sources.md, "Who each source binds"):
 * - Civil Code arts. 1033/1038, PIPL arts. 6/10, Public Security Administration Punishments Law
 *   art. 50: everyone (原文已核).
 * - Credit-card measures (2011) arts. 68/70: credit-card issuers, for card debts (多源一致).
 * - GB/T 45251—2025: online consumer credit (个人网络消费信贷) collected by banks, consumer-finance
 *   companies, microlenders and the third parties they commission; not credit cards (多源一致).
 * - China Banking Association guideline (2026-01-30): its members' credit cards and consumer
 *   loans, and the outside agencies they use (多源一致).
 * - 12378: complaints about banks and consumer-finance companies (多源一致).
 */
import type { TemplateKey } from './templates/en';
import type { BreachCode, CreditorKind } from './types';

/** The lender a letter is about: its kind (when known) and whether the debt is a credit card. */
export interface LenderScope {
  kind: CreditorKind | undefined;
  card: boolean;
}

/** GB/T 45251—2025 binds this lender (and plainly so, without naming its scope). */
function gbtPlain(scope: LenderScope): boolean {
  return !scope.card && (scope.kind === 'consumer-finance' || scope.kind === 'microlender');
}
/** GB/T 45251—2025 may bind this lender: cited with its scope stated. */
function gbtScoped(scope: LenderScope): boolean {
  return !scope.card && !gbtPlain(scope);
}
/** The Banking Association guideline may bind this lender (always cited with its scope: members). */
function cba(scope: LenderScope): boolean {
  return (
    scope.card ||
    scope.kind === undefined ||
    scope.kind === 'bank' ||
    scope.kind === 'consumer-finance' ||
    scope.kind === 'collection-agency'
  );
}

/** The rules asking collection to address only the borrower and not at night. */
export function collectionRuleKeys(scope: LenderScope): TemplateKey[] {
  const keys: TemplateKey[] = [];
  if (scope.card) keys.push('law.card68');
  if (gbtPlain(scope)) keys.push('law.gbt');
  if (gbtScoped(scope)) keys.push('law.gbt.scope');
  if (cba(scope)) keys.push('law.cba.scope');
  return keys;
}

/** What a note to family and friends may say about contacts who refuse. */
export function contactRuleKey(scope: LenderScope): TemplateKey {
  if (scope.card || scope.kind === 'bank') return 'cw.rule.cba';
  return gbtPlain(scope) ? 'cw.rule.gbt' : 'cw.rule.gbtScope';
}

/** A contact's reply may cite the standard's guarantor clause only where it plainly binds. */
export function guarantorRuleKeys(scope: LenderScope): TemplateKey[] {
  return gbtPlain(scope) ? ['gr.rule.law', 'gr.rule.gbt'] : ['gr.rule.law'];
}

/** The 12378 line: plain for banks and consumer-finance companies, conditional when unknown. */
export function complaintLineKey(scope: LenderScope): TemplateKey | null {
  if (scope.card || scope.kind === 'bank' || scope.kind === 'consumer-finance') return 'law.12378';
  if (scope.kind === undefined || scope.kind === 'collection-agency') return 'law.12378.scope';
  return null;
}

/** The Banking Association's published list of outside collection agencies. */
export function collectorListKey(scope: LenderScope): TemplateKey | null {
  return scope.card || scope.kind === 'bank' || scope.kind === 'consumer-finance' ? 'law.cbaWhitelist' : null;
}

/**
 * When the dated rules a complaint cites came into force (docs/sources.md and cn-rules.md):
 * GB/T 45251—2025 issued and in effect 2025-02-28; the Banking Association guideline issued
 * 2026-01-30; the 2025 revision of the public-security law in force 2026-01-01 (its 2012 text,
 * Art. 42, for acts before).
 */
export const IN_FORCE = { gbt: '2025-02-28', cba: '2026-01-30', psal2025: '2026-01-01' } as const;

/**
 * The rules a complaint cites for a breach, chosen for the lender and for the dates of the logged
 * events (`YYYY-MM-DD`): a standard or guideline only when at least one event happened after it
 * was issued, the public-security law in the version in force on each event's date. Each rule for
 * the lenders it binds, its scope stated where the lender's kind does not plainly fall in it.
 * Empty: no rule binding this lender is known for it.
 */
export function breachRuleKeys(breach: BreachCode, scope: LenderScope, dates: readonly string[]): TemplateKey[] {
  const since = (from: string): boolean => dates.some((date) => date >= from);
  const gbt = !scope.card && since(IN_FORCE.gbt);
  const members = cba(scope) && since(IN_FORCE.cba);
  const keys: TemplateKey[] = [];
  switch (breach) {
    case 'night-contact':
      if (gbt) keys.push(gbtPlain(scope) ? 'rule.night-contact.gbt' : 'rule.night-contact.gbtScope');
      if (members) keys.push('rule.night-contact.cbaOnly');
      return keys;
    case 'excess-calls':
      if (gbt) keys.push(gbtPlain(scope) ? 'rule.excess-calls' : 'rule.excess-calls.scope');
      return keys;
    case 'public-posting':
    case 'extra-fee':
    case 'new-loan-pressure':
      if (members) keys.push(`rule.${breach}`);
      return keys;
    case 'threats-insults':
      if (dates.some((date) => date < IN_FORCE.psal2025)) keys.push('rule.threats-insults.2012');
      if (since(IN_FORCE.psal2025)) keys.push('rule.threats-insults');
      return keys;
    default:
      return [`rule.${breach}`];
  }
}
