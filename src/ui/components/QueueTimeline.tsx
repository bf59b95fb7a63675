/**
 * The queue timeline: one row per platform showing waiting, paying agreed instalments, focus
 * ("its turn") and cleared spans with dates (rules in `queueTimeline`). The bar and its legend are
 * decoration (aria-hidden): each kind has its own colour, and instalments a striped pattern, so
 * they differ without colour too; the dated spans beside the bar are the content.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan } from '../../domain';
import { queueTimeline, segmentKindsIn } from '../model/analysis';
import { usePlanner } from '../state/PlannerProvider';
import { UserText } from './UserText';

export function QueueTimeline(props: { plan: Plan }) {
  const planner = usePlanner();
  const rows = createMemo(() => queueTimeline(props.plan, planner.platforms()));
  const kinds = createMemo(() => segmentKindsIn(rows()));
  const total = () => Math.max(1, props.plan.periods.length);
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{planner.t('plan.timeline')}</h3>
      <p class="muted">{planner.t('plan.timelineIntro')}</p>
      <Show when={kinds().includes('instalment')}>
        <p class="muted" data-testid="timeline-instalment-note">
          {planner.t('plan.timelineInstalmentNote')}
        </p>
      </Show>
      <ul class="timeline__legend" aria-hidden="true" data-testid="timeline-legend">
        <For each={kinds()}>
          {(kind) => (
            <li>
              <span class={`dot dot--${kind}`} />
              {planner.t(`plan.segment.${kind}`)}
            </li>
          )}
        </For>
      </ul>
      <ol class="timeline">
        <For each={rows()}>
          {(row) => (
            <li class="timeline__row">
              <p class="timeline__name">
                <UserText text={row.platform.name} />
              </p>
              <div class="timeline__bar" aria-hidden="true">
                <For each={row.segments}>
                  {(segment) => (
                    <span
                      class={`segment segment--${segment.kind}`}
                      style={{
                        left: `${String(((segment.fromPeriod - 1) / total()) * 100)}%`,
                        width: `${String(((segment.toPeriod - segment.fromPeriod + 1) / total()) * 100)}%`,
                      }}
                    />
                  )}
                </For>
              </div>
              <ul class="timeline__spans">
                <For each={row.segments}>
                  {(segment) => (
                    <li data-kind={segment.kind}>
                      <span class={`dot dot--${segment.kind}`} aria-hidden="true" />
                      {planner.t('plan.segmentRange', {
                        kind: planner.t(`plan.segment.${segment.kind}`),
                        from: planner.date(segment.fromDate),
                        to: planner.date(segment.toDate),
                      })}
                    </li>
                  )}
                </For>
                <Show when={row.clearedPeriod === null}>
                  <li>{planner.t('plan.notCleared')}</li>
                </Show>
              </ul>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
