/**
 * The three ways to order the queue, side by side: debt-free date, months, interest and fees
 * added, total paid, first platform cleared and platform-months spent waiting. One tap switches.
 * With "my own order", platforms move up and down with buttons (keyboard and touch friendly).
 */
import { For, Show, createMemo } from 'solid-js';
import type { Strategy } from '../../domain';
import type { PlatformKey } from '../../domain/platform';
import { indexPlatforms } from '../model/analysis';
import { movePlatform, reconcileCustomOrder } from '../model/planInput';
import { usePlanner } from '../state/PlannerProvider';
import { UserText, userLabel } from './UserText';

export function StrategyCards() {
  const planner = usePlanner();
  const choose = (strategy: Strategy): void => {
    const update: { strategy: Strategy; customOrder?: string[] } = { strategy };
    if (strategy === 'custom' && planner.state.planSettings.customOrder.length === 0) {
      // Start the custom order from the plan in use, so switching changes nothing until moved.
      const run = planner.chosen().run;
      if (run.ok) update.customOrder = [...run.plan.order];
    }
    planner.actions.updatePlanSettings(update);
  };
  return (
    <section class="card" aria-labelledby="strategies-title">
      <h3 id="strategies-title">{planner.t('plan.strategies')}</h3>
      <ul class="strategy-cards">
        <For each={planner.comparison()}>
          {(summary) => {
            const inUse = (): boolean => planner.state.planSettings.strategy === summary.strategy;
            return (
              <li class="strategy" classList={{ 'strategy--active': inUse() }} data-strategy={summary.strategy}>
                <h4>{planner.t(`plan.strategy.${summary.strategy}`)}</h4>
                <p class="muted">{planner.t(`plan.strategyHelp.${summary.strategy}`)}</p>
                <Show when={summary.feasible} fallback={<p class="warning">{planner.t('plan.notFeasible')}</p>}>
                  <dl class="metrics">
                    <dt>{planner.t('plan.debtFreeDate')}</dt>
                    <dd>{summary.debtFreeDate ? planner.date(summary.debtFreeDate) : '—'}</dd>
                    <dt>{planner.t('plan.months')}</dt>
                    <dd>{summary.months}</dd>
                    <dt>{planner.t('plan.interestAndFees')}</dt>
                    <dd>{planner.money(summary.interestAndFees)}</dd>
                    <dt>{planner.t('plan.totalPaid')}</dt>
                    <dd>{planner.money(summary.totalPaid)}</dd>
                    <dt>{planner.t('plan.firstCleared')}</dt>
                    <dd>
                      {summary.firstCleared
                        ? `${summary.firstCleared.name}, ${planner.date(summary.firstCleared.date)}`
                        : '—'}
                    </dd>
                    <dt>{planner.t('plan.waitingMonths')}</dt>
                    <dd>{summary.waitingPlatformMonths}</dd>
                  </dl>
                </Show>
                <button
                  type="button"
                  class={inUse() ? 'primary' : ''}
                  aria-pressed={inUse()}
                  onClick={() => choose(summary.strategy)}
                >
                  {inUse() ? planner.t('plan.inUse') : planner.t('plan.useStrategy')}
                </button>
              </li>
            );
          }}
        </For>
      </ul>
      <Show when={planner.state.planSettings.strategy === 'custom'}>
        <CustomOrder />
      </Show>
    </section>
  );
}

/** Platforms in the custom order with up/down buttons. */
function CustomOrder() {
  const planner = usePlanner();
  const platforms = createMemo(() => {
    const order = reconcileCustomOrder(planner.state.debts, planner.state.planSettings.customOrder);
    const byId = new Map(planner.state.debts.map((debt) => [debt.id, debt]));
    return indexPlatforms({
      debts: order.map((id) => ({ id, platform: byId.get(id)?.platform ?? '', principal: '0' })),
    }).platforms;
  });
  const move = (key: PlatformKey, direction: -1 | 1): void =>
    planner.actions.updatePlanSettings({
      customOrder: movePlatform(planner.state.debts, planner.state.planSettings.customOrder, key, direction),
    });
  return (
    <div class="custom-order">
      <h4 id="custom-order-title">{planner.t('plan.customOrder')}</h4>
      <ol aria-labelledby="custom-order-title">
        <For each={platforms()}>
          {(platform, index) => (
            <li>
              <span>
                <UserText text={platform.name} />
              </span>
              <span class="actions">
                <button
                  type="button"
                  class="icon"
                  disabled={index() === 0}
                  aria-label={planner.t('plan.moveUp', { name: userLabel(platform.name) })}
                  onClick={() => move(platform.key, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="icon"
                  disabled={index() === platforms().length - 1}
                  aria-label={planner.t('plan.moveDown', { name: userLabel(platform.name) })}
                  onClick={() => move(platform.key, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
