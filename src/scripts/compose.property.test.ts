import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRepayment, type DebtInput, type PlanInput } from '../domain';
import {
  BREACH_CODES,
  checkLetterSet,
  composeScript,
  CREDITOR_KINDS,
  EVIDENCE_ITEMS,
  EVIDENCE_KEPT,
  makePlanVersion,
  SettlementAmountError,
  FOLLOW_UP_VARIANTS,
  HARDSHIP_REASONS,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  SCRIPT_TONES,
} from './index';
import { platformKeyOf, platformValueOf } from '../domain/platform';

const money = (maxFen: number) =>
  fc
    .integer({ min: 0, max: maxFen })
    .map((fen) => `${String(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`);
const isoDate = fc
  .integer({ min: 0, max: 3000 })
  .map((days) => new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const debt = (id: string): fc.Arbitrary<DebtInput> =>
  fc
    .record({
      platform: fc.option(fc.constantFrom('甲', '乙', 'Plat C', '丁平台'), { nil: undefined }),
      principal: money(3_000_000),
      interest: fc.option(money(50_000), { nil: undefined }),
      fees: fc.option(money(20_000), { nil: undefined }),
      daily: fc.boolean(),
      rate: fc.constantFrom('0', '0.0001', '0.0005', '0.001', '0.01', '0.02'),
      compound: fc.boolean(),
      frozen: fc.boolean(),
      tokenPayment: fc.option(money(20_000), { nil: undefined }),
      fixedPayment: fc.option(
        money(200_000).filter((m) => m !== '0.00'),
        { nil: undefined, freq: 5 },
      ),
    })
    .map(({ daily, rate, ...rest }) => {
      const out: DebtInput = {
        id,
        principal: rest.principal,
        compound: rest.compound,
        frozen: rest.frozen,
        ...(daily ? { dailyRate: rate } : { monthlyRate: rate }),
      };
      if (rest.platform !== undefined) out.platform = rest.platform;
      if (rest.interest !== undefined) out.interest = rest.interest;
      if (rest.fees !== undefined) out.fees = rest.fees;
      if (rest.tokenPayment !== undefined) out.tokenPayment = rest.tokenPayment;
      if (rest.fixedPayment !== undefined) out.fixedPayment = rest.fixedPayment;
      return out;
    });

const planInput: fc.Arbitrary<PlanInput> = fc
  .record({
    n: fc.integer({ min: 1, max: 5 }),
    asOf: isoDate,
    gap: fc.integer({ min: 0, max: 40 }),
    budget: money(1_000_000),
    strategy: fc.constantFrom('snowball', 'avalanche', 'custom' as const),
    horizon: fc.constantFrom(undefined, 12, 120, 600),
  })
  .chain(({ n, asOf, gap, budget, strategy, horizon }) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => debt(`d${String(i + 1)}`))).chain((debts) =>
      fc
        .shuffledSubarray(
          debts.map((d) => d.id),
          { minLength: n, maxLength: n },
        )
        .map((order): PlanInput => {
          const first = new Date(Date.parse(`${asOf}T00:00:00Z`) + gap * 86_400_000).toISOString().slice(0, 10);
          const input: PlanInput = { asOf, firstPaymentDate: first, monthlyBudget: budget, strategy, debts };
          if (strategy === 'custom') input.order = order;
          if (horizon !== undefined) input.horizonMonths = horizon;
          return input;
        }),
    ),
  );

const userText = fc.constantFrom(
  '',
  '张三',
  'Li Wei',
  '今年三月被裁员，母亲住院。',
  'Lost my job in March; {{oops}} braces',
  '  spaced\n\nlines  ',
);

const extras = fc.record({
  name: fc.option(userText, { nil: undefined }),
  contractNumber: fc.option(fc.constantFrom('XY-1234', '', '{{x}}'), { nil: undefined }),
  hardshipReasons: fc.option(fc.subarray([...HARDSHIP_REASONS]), { nil: undefined }),
  hardshipDetails: fc.option(userText, { nil: undefined }),
  evidence: fc.option(fc.subarray([...EVIDENCE_ITEMS]), { nil: undefined }),
  evidenceOther: fc.option(userText, { nil: undefined }),
  creditCard: fc.option(fc.boolean(), { nil: undefined }),
  followUp: fc.option(fc.constantFrom(...FOLLOW_UP_VARIANTS), { nil: undefined }),
  previousDate: fc.option(fc.oneof(isoDate, fc.constant('2026-02-30'), fc.constant('')), { nil: undefined }),
  settlementAmount: fc.option(fc.oneof(money(5_000_000), fc.constant('abc')), { nil: undefined }),
  cashOnHand: fc.option(money(5_000_000), { nil: undefined }),
  creditorKind: fc.option(fc.constantFrom(...CREDITOR_KINDS), { nil: undefined }),
  evidenceKept: fc.option(fc.subarray([...EVIDENCE_KEPT]), { nil: undefined }),
  recordedInterestStop: fc.option(fc.record({ since: fc.option(isoDate, { nil: undefined }) }), { nil: undefined }),
  letterDate: fc.option(isoDate, { nil: undefined }),
  settlementBy: fc.option(isoDate, { nil: undefined }),
  instalmentMonths: fc.option(fc.integer({ min: -1, max: 80 }), { nil: undefined }),
  complaintTo: fc.option(fc.constantFrom('platform', 'regulator' as const), { nil: undefined }),
  contactName: fc.option(userText, { nil: undefined }),
  collectionLog: fc.option(
    fc.record({
      events: fc.array(
        fc.record({
          date: isoDate,
          breach: fc.constantFrom(...BREACH_CODES),
          count: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
          time: fc.option(fc.constantFrom('23:10', ''), { nil: undefined }),
          possible: fc.option(fc.boolean(), { nil: undefined }),
          note: fc.option(userText, { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      platformTicket: fc.option(fc.constantFrom('T-1', ''), { nil: undefined }),
    }),
    { nil: undefined },
  ),
});

/** Request fields absent when undefined (exactOptionalPropertyTypes-safe). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** No space between Chinese and a figure (issue 14). */
const CJK = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]';
const SPACED = new RegExp(`${CJK}[ \\t]+\\d|\\d[ \\t]+${CJK}`);

const platformValue = platformValueOf;

describe('composeScript over random plans', () => {
  // Mutation checked: the zh money format with a space ("3,000.00 元") → fails within its runs.
  it('never lets {{, undefined, NaN or null reach any kind × locale × channel × tone; zh has no spaced figures', () => {
    fc.assert(
      fc.property(planInput, extras, fc.nat(), (input, extra, pick) => {
        const plan = planRepayment(input);
        const keys = [...new Set(input.debts.map(platformKeyOf))];
        const key = keys[pick % keys.length]!;
        const platform = platformValue(key);
        for (const kind of SCRIPT_KINDS)
          for (const locale of SCRIPT_LOCALES)
            for (const channel of SCRIPT_CHANNELS)
              for (const tone of SCRIPT_TONES) {
                let script: { title: string; text: string };
                try {
                  script = composeScript({
                    ...defined(extra),
                    kind,
                    locale,
                    channel,
                    tone,
                    input,
                    plan,
                    platform,
                    platformName: platform,
                  });
                } catch (error) {
                  // Only a settlement the person must correct may be refused, and only typed.
                  expect(kind).toBe('settlement-offer');
                  expect(error).toBeInstanceOf(SettlementAmountError);
                  continue;
                }
                for (const out of [script.title, script.text]) {
                  expect(out).not.toMatch(/\{\{|\}\}|undefined|NaN|null/);
                  expect(out.trim().length).toBeGreaterThan(0);
                  if (locale === 'zh-CN') expect(out).not.toMatch(SPACED);
                }
              }
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  // Mutation checked: zh 'cw.plan' naming the place again ("排在{{placeText}}") → fails.
  it('a contact never hears of another creditor', () => {
    fc.assert(
      fc.property(planInput, fc.nat(), fc.constantFrom(...SCRIPT_LOCALES), (input, pick, locale) => {
        const plan = planRepayment(input);
        const keys = [...new Set(input.debts.map(platformKeyOf))];
        const platform = platformValue(keys[pick % keys.length]!);
        const others = keys.map(platformValue).filter((name) => name !== platform);
        for (const kind of ['contacts-warning', 'guarantor-reply'] as const)
          for (const channel of SCRIPT_CHANNELS) {
            const { title, text } = composeScript({
              kind,
              locale,
              channel,
              input,
              plan,
              platform,
              platformName: platform,
            });
            for (const other of others) expect(`${title}\n${text}`).not.toContain(other);
            expect(text).not.toMatch(/\d+家|\d(st|nd|rd|th) of \d|\d+ creditors/);
          }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  // Mutation checked: makePlanVersion not applying the instalment → over-budget reported.
  it('letters from one plan version, an instalment what-if’d in, never promise more than the budget', () => {
    fc.assert(
      fc.property(planInput, fc.nat(), (input, pick) => {
        const keys = [...new Set(input.debts.map(platformKeyOf))];
        const askedKey = keys[pick % keys.length]!;
        const version = makePlanVersion(input, { instalments: [{ platform: platformValue(askedKey) }] });
        const requests = keys.flatMap((key) =>
          (key === askedKey ? (['instalment-request'] as const) : (['proposal', 'complaint'] as const)).map((kind) => ({
            kind,
            locale: 'zh-CN' as const,
            channel: 'letter' as const,
            input: version.input,
            plan: version.plan,
            platform: platformValue(key),
            platformName: platformValue(key),
          })),
        );
        const check = checkLetterSet(requests);
        expect(check.problems.filter((problem) => problem.code === 'over-budget')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
