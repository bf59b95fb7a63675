/**
 * Planned against actual (issue 17): the baseline's total owed after each period and the total on
 * each reconcile day, as two hand-drawn SVG lines over one date axis, with a text alternative and
 * the figures in a table. Coordinates are for drawing only; figures shown are exact money strings.
 */
import { For, Show, createMemo } from 'solid-js';
import { isoDateToUtcMillis } from '../model/dates';
import type { PlanBaseline } from '../../domain/records';
import type { ActualPoint } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';
import { usePaymentsText } from './paymentsText';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 6;

export function ProgressChart(props: {
  baseline: PlanBaseline;
  actual: readonly ActualPoint[];
  plannedOn: (date: string) => string;
}) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const planned = createMemo(() => [
    { date: props.baseline.asOf, owed: props.baseline.startOwed },
    ...props.baseline.points.map((point) => ({ date: point.date, owed: point.owed })),
  ]);
  const scale = createMemo(() => {
    const all = [...planned(), ...props.actual];
    const days = all.map((point) => isoDateToUtcMillis(point.date));
    const first = Math.min(...days);
    const span = Math.max(1, Math.max(...days) - first);
    const max = Math.max(1, ...all.map((point) => Number(point.owed))); // drawing only
    return (point: { date: string; owed: string }): string =>
      `${(PAD + ((isoDateToUtcMillis(point.date) - first) / span) * (WIDTH - 2 * PAD)).toFixed(1)},${(
        HEIGHT -
        PAD -
        (Number(point.owed) / max) * (HEIGHT - 2 * PAD)
      ).toFixed(1)}`;
  });
  const line = (points: readonly { date: string; owed: string }[]): string => points.map(scale()).join(' ');
  const latest = () => props.actual.at(-1);
  const alt = (): string => {
    const last = latest();
    if (!last) return '';
    return pt('track.chartAlt', {
      start: planner.money(props.baseline.startOwed),
      startDate: planner.date(props.baseline.asOf),
      planned: planner.money(props.plannedOn(last.date)),
      actual: planner.money(last.owed),
      date: planner.date(last.date),
    });
  };
  return (
    <figure class="stack" aria-labelledby="progress-chart-title" data-testid="progress-chart">
      <h4 id="progress-chart-title">{pt('track.chartTitle')}</h4>
      <svg class="chart" viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={alt()}>
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} class="chart__axis" />
        <polyline
          points={line(planned())}
          class="chart__line chart__line--planned"
          fill="none"
          stroke-dasharray="4 3"
        />
        <polyline points={line(props.actual)} class="chart__line chart__line--actual" fill="none" stroke-width="3" />
      </svg>
      <figcaption class="muted" data-testid="progress-chart-alt">
        {alt()}
        <Show when={props.actual.some((point) => point.estimated)}> {pt('track.chartEstimated')}</Show>
      </figcaption>
      <details>
        <summary>{pt('track.chartTable')}</summary>
        <div class="table-scroll" tabindex="0" role="region" aria-label={pt('track.chartTable')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{pt('track.chartDate')}</th>
                <th scope="col">{pt('track.chartPlanned')}</th>
                <th scope="col">{pt('track.chartActual')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.actual}>
                {(point) => (
                  <tr>
                    <td>{planner.date(point.date)}</td>
                    <td class="num">{planner.money(props.plannedOn(point.date))}</td>
                    <td class="num">
                      {planner.money(point.owed)}
                      {point.estimated ? ' *' : ''}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
