/**
 * Plan versions: one set of commitments for all the letters of a plan (issue 14). Pure.
 *
 * A plan version is a `PlanInput` with every proposed term applied (today: instalment requests),
 * the engine's plan for it, and an id that names that exact input. Every letter of the version is
 * composed from `version.input` / `version.plan`, so together they never promise more than the
 * budget (the engine pays at most the budget each period). An instalment request is what-if'd in:
 * the platform's debts become one debt with interest stopped and the proposed fixed payment, and
 * the plan is re-run, so every other letter shows the money left once that instalment is paid.
 */
import { planRepayment, type Plan, type PlanInput } from '../domain';
import { platformFacts } from './facts';
import { computeInstalment, type InstalmentOption } from './instalment';

export interface PlanVersion {
  /** Names the exact input: equal inputs give equal ids (`planVersionId`). */
  id: string;
  input: PlanInput;
  plan: Plan;
  /** Per requested platform: the instalment written into this version, or null when none fits. */
  instalments: Readonly<Record<string, InstalmentOption | null>>;
}

export interface PlanVersionOptions {
  /** Instalment requests to what-if into the plan, in this order (a platform value as in ScriptRequest). */
  instalments?: readonly { platform: string; months?: number }[];
}

/** JSON with object keys sorted, so that key order never changes the id. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; an id, not a secret). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The id of the plan version an input is: equal inputs (whatever their key order) give equal ids. */
export function planVersionId(input: PlanInput): string {
  return `v${hash53(canonical(input))}`;
}

/**
 * The plan version for `input` with the given instalment requests what-if'd in. A request that
 * fits no term up to 60 months leaves its platform as it was (its entry is null).
 */
export function makePlanVersion(input: PlanInput, options: PlanVersionOptions = {}): PlanVersion {
  let current = input;
  let plan = planRepayment(current);
  const instalments: Record<string, InstalmentOption | null> = {};
  for (const request of options.instalments ?? []) {
    const facts = platformFacts(current, plan, request.platform);
    if (facts.status === 'cleared') {
      instalments[request.platform] = null;
      continue;
    }
    const result = computeInstalment(current, facts, request.months);
    instalments[request.platform] = result.chosen;
    if (result.chosen) {
      current = result.chosen.input;
      plan = result.chosen.plan;
    }
  }
  return { id: planVersionId(current), input: current, plan, instalments };
}
