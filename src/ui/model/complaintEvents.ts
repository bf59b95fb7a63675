/**
 * The collection log, turned into the dated events a complaint script lists (issue 5, kind 7).
 * Pure: the log goes through the rules dossier (src/rules), which flags what each entry may break;
 * each flag becomes one `CollectionEvent` with the script's breach code, grouped per local day.
 *
 * Only flagged entries are listed (a complaint is about rules broken). A flag matched from the
 * note's words alone (basis 'keywords', the rules' "may" flags) is listed apart as `possible`.
 * Rules without a breach code
 * of their own go in as 'other', with the rule's name as the note, so nothing is overstated.
 */
import type { CollectionLogRecord } from '../../domain/records';
import { buildDossier, RULES, type RuleId } from '../../rules';
import type { BreachCode, CollectionEvent } from '../../scripts';

const BREACH_OF_RULE: Readonly<Record<RuleId, BreachCode>> = {
  'third-party-contact': 'third-party-contact',
  'emergency-contact': 'third-party-contact',
  'third-party-disclosure': 'debt-disclosed',
  // A threat to tell contacts is not disclosure yet, nor a threat to safety: named as it is.
  'disclosure-threat': 'other',
  'night-contact': 'night-contact',
  'connected-calls-per-day': 'excess-calls',
  'unanswered-attempts-per-day': 'other',
  'threat-insult': 'threats-insults',
  impersonation: 'other',
  'guarantor-claim': 'other',
  'personal-account': 'personal-account',
  'new-borrowing': 'new-loan-pressure',
};

/** The complaint events of one platform's log, in date order; `locale` names 'other' rules. */
export function complaintEventsFromLog(
  log: readonly CollectionLogRecord[],
  platform: string,
  locale: 'zh-CN' | 'en',
): CollectionEvent[] {
  const dossier = buildDossier(log, { platform });
  const grouped = new Map<string, CollectionEvent>();
  for (const event of dossier.events) {
    const day = event.local?.day;
    if (day === undefined) continue;
    for (const flag of event.flags) {
      const breach = BREACH_OF_RULE[flag.ruleId];
      const note = breach === 'other' ? RULES[flag.ruleId].name[locale === 'zh-CN' ? 'zh' : 'en'] : undefined;
      // Matched from the note's words only: the complaint says the contact may have broken the rule.
      const possible = flag.basis === 'keywords';
      const key = `${day}|${breach}|${note ?? ''}|${possible ? 'may' : 'did'}`;
      const existing = grouped.get(key);
      if (existing) {
        existing.count = (existing.count ?? 1) + 1;
        delete existing.time; // several contacts that day: the count says it, not one time
        continue;
      }
      const item: CollectionEvent = { date: day, breach, count: 1 };
      if (event.local?.clock) item.time = event.local.clock;
      if (note !== undefined) item.note = note;
      if (possible) item.possible = true;
      grouped.set(key, item);
    }
  }
  return [...grouped.values()].sort((a, b) => a.date.localeCompare(b.date));
}
