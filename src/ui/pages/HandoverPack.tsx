/**
 * The printable handover pack (issue 8): client, counsellor and date; the counsellor's contact
 * details, the next appointment and the consent (issue 18); the plan summary; this month's
 * payments and "this week" (shared with the printed plan: components/PrintedBlocks.tsx); the queue timeline; the scripts chosen (full text, written from the plan);
 * this week's checklist; the never-do list and where to get help — both taken from src/rules
 * with their sources (only 原文已核 / 多源一致 facts), never written here.
 *
 * The print stylesheet shows only `.print-view`; everything user-typed is rendered as text.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan } from '../../domain';
import type { CounsellorSession } from '../../domain/records';
import { scriptsText } from '../../i18n/scripts';
import { COMPLAINT_CHANNELS, CRISIS_NOTE, REFERENCE, bindsLender, lenderOfDebts } from '../../rules';
import { SCRIPT_KINDS, composeScript } from '../../scripts';
import { useCounsellorText } from '../components/counsellorUi';
import { QueueTimelineText } from '../components/QueueTimelineText';
import { platformsInPlanOrder } from '../model/analysis';
import { weekItems } from '../model/sessionWeek';
import { PrintedPractice, PrintedThisMonth, PrintedThisWeek } from '../components/PrintedBlocks';
import { sumMoney } from '../../domain/money';
import { platformValueOf } from '../../domain/platform';
import { owedNow } from '../model/planInput';
import { InClientLanguage } from '../state/clientLanguage';
import { usePlanner } from '../state/PlannerProvider';
import { cite, pick } from './rightsText';
import './counsellor.css';
import { Isolated, UserText, user, userLabel } from '../components/UserText';

/**
 * The help channels a client gets: the lender's own channel, the regulator of each of the client's
 * lenders (12378 only for banks and consumer finance companies; the local regulator for
 * microlenders; the NIFA channel for platforms), 12321 and 110.
 */
const HELP_CHANNEL_IDS = ['platform', '12378', 'local-regulator', 'nifa', '12321', '110'] as const;

/** The pack, in the client's language (their profile's `outputLocale`), whatever the screen's. */
export function HandoverPack(props: { plan: Plan; session: CounsellorSession }) {
  return (
    <InClientLanguage>
      <Pack plan={props.plan} session={props.session} />
    </InClientLanguage>
  );
}

function Pack(props: { plan: Plan; session: CounsellorSession }) {
  const planner = usePlanner();
  const ct = useCounsellorText();
  const locale = () => planner.state.locale;
  const neverDo = REFERENCE.find((section) => section.id === 'never-do');
  const channels = createMemo(() => {
    const debts = planner.state.debts;
    const lenders = [...new Set(debts.map((debt) => debt.platform.trim()))].map((name) => lenderOfDebts(debts, name));
    return COMPLAINT_CHANNELS.filter(
      (channel) =>
        (HELP_CHANNEL_IDS as readonly string[]).includes(channel.id) &&
        (lenders.length === 0
          ? bindsLender(channel.binds, 'unknown')
          : lenders.some((l) => bindsLender(channel.binds, l))),
    );
  });
  const platforms = createMemo(() => platformsInPlanOrder(props.plan, planner.platforms()));
  const scripts = createMemo(() =>
    props.session.scripts.flatMap((choice) => {
      const platform = platforms().find((candidate) => candidate.name === choice.platform);
      const kind = SCRIPT_KINDS.find((candidate) => candidate === choice.kind);
      if (!platform || !kind) return [];
      try {
        const script = composeScript({
          kind,
          locale: locale(),
          channel: 'message',
          input: planner.planInput(),
          plan: props.plan,
          platform: platformValueOf(platform.key),
          platformName: platform.name,
        });
        return [{ platform: platform.name, kindName: scriptsText(locale(), `scripts.kind.${kind}`), ...script }];
      } catch {
        return [];
      }
    }),
  );
  const date = () => planner.date(props.session.handedOverOn ?? planner.clock.today());
  // The session's to-dos besides paying (the payments due this week come from ThisWeek's model).
  const todos = createMemo(() =>
    weekItems(props.plan, platforms(), props.session.scripts, planner.platforms()).flatMap((item) =>
      item.kind === 'contact'
        ? [ct('week.contact', { platform: user(item.platform ?? '') })]
        : item.kind === 'pay'
          ? []
          : [ct(`week.${item.kind}`)],
    ),
  );
  return (
    <article class="print-view card handover-pack" aria-labelledby="pack-title" data-testid="handover-pack">
      <h3 id="pack-title">
        {planner.t('app.name')} · {ct('pack.title')}
      </h3>
      <Show when={planner.state.profile?.displayName}>
        {(name) => (
          <p>
            <Isolated text={ct('pack.for', { name: user(name()) })} />
          </p>
        )}
      </Show>
      <p>{ct('pack.date', { date: date() })}</p>
      <PrintedPractice session={props.session} />

      <h4>{ct('pack.summary')}</h4>
      <dl class="metrics" data-testid="pack-summary">
        <dt>{ct('pack.budget')}</dt>
        <dd data-field="budget">{planner.money(planner.budgetAmount().amount)}</dd>
        <dt>{ct('pack.owed')}</dt>
        <dd data-field="owed">{planner.money(sumMoney(planner.state.debts.map(owedNow)))}</dd>
        <dt>{ct('pack.platforms')}</dt>
        <dd data-field="platforms">{planner.platforms().platforms.length}</dd>
        <dt>{ct('pack.debtFree')}</dt>
        <dd data-field="debtFree">
          {props.plan.feasible && props.plan.debtFreeDate ? planner.date(props.plan.debtFreeDate) : '—'}
        </dd>
        <dt>{ct('pack.months')}</dt>
        <dd data-field="months">{props.plan.periods.length}</dd>
        <dt>{ct('pack.cost')}</dt>
        <dd data-field="cost">{planner.money(planner.chosen().interestAndFees)}</dd>
      </dl>
      <p>{ct(`explain.strategy.${planner.state.planSettings.strategy}`)}</p>

      <PrintedThisMonth plan={props.plan} heading={ct('pack.thisMonth')} testId="pack-payments" />
      <PrintedThisWeek plan={props.plan} todos={todos()} />

      <h4>{ct('pack.timeline')}</h4>
      <QueueTimelineText plan={props.plan} testId="pack-timeline" />

      <h4>{ct('pack.scripts')}</h4>
      <Show when={scripts().length > 0} fallback={<p>{ct('pack.noScripts')}</p>}>
        <For each={scripts()}>
          {(script) => (
            <section class="pack-script" aria-label={`${userLabel(script.platform)} · ${script.kindName}`}>
              <p>
                <strong>
                  <UserText text={script.platform} /> · {script.kindName}
                </strong>
              </p>
              <p class="pre-wrap">
                <Isolated text={script.text} />
              </p>
            </section>
          )}
        </For>
      </Show>

      <Show when={neverDo}>
        {(section) => (
          <>
            <h4>{ct('pack.neverDo')}</h4>
            <ul data-testid="pack-never-do">
              <For each={section().statements}>
                {(statement) => (
                  <li>
                    {pick(statement.text, locale())}
                    <Show when={statement.sourceIds.length > 0}>
                      <span class="muted">
                        {' '}
                        ({ct('pack.sources')}: {cite(statement.sourceIds, locale()).join('；')})
                      </span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>

      <h4>{ct('pack.help')}</h4>
      <ul data-testid="pack-help">
        <For each={channels()}>
          {(channel) => (
            <li>
              <strong>{pick(channel.name, locale())}</strong>
              <Show when={channel.contact}>{(contact) => <> · {pick(contact(), locale())}</>}</Show>
              <br />
              {pick(channel.handles, locale())}
              <Show when={channel.sourceIds.length > 0}>
                <span class="muted">
                  {' '}
                  ({ct('pack.sources')}: {cite(channel.sourceIds, locale()).join('；')})
                </span>
              </Show>
            </li>
          )}
        </For>
        <For each={CRISIS_NOTE.lines}>{(line) => <li>{pick(line.text, locale())}</li>}</For>
      </ul>
      <p class="muted">{ct('pack.footer')}</p>
    </article>
  );
}
