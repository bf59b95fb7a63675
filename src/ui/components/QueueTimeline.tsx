/**
 * The queue timeline: one row per platform showing waiting, focus ("its turn") and cleared spans
 * with dates. The bar is decoration (aria-hidden); the dates beside it are the content.
 */
import { For, Show } from 'solid-js';
import type { Plan } from '../../domain';
import { queueTimeline } from '../model/analysis';
import { usePlanner } from '../state/PlannerProvider';

export function QueueTimeline(props: { plan: Plan }) {
  const planner = usePlanner();
  const rows = () => queueTimeline(props.plan, planner.platforms());
  const total = () => Math.max(1, props.plan.periods.length);
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{planner.t('plan.timeline')}</h3>
      <p class="muted">{planner.t('plan.timelineIntro')}</p>
      <ol class="timeline">
        <For each={rows()}>
          {(row) => (
            <li class="timeline__row">
              <p class="timeline__name">{row.platform.name}</p>
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
                    <li>
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
