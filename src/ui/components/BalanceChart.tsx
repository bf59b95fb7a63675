/**
 * Total owed over time as a hand-drawn SVG line, with a text alternative (role="img" and a
 * summary sentence) and the full figures in a table under a disclosure.
 * Coordinates are for drawing only; the figures shown are the exact money strings.
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Plan, PlanInput } from '../../domain';
import { balanceSeries } from '../model/analysis';
import { usePlanner } from '../state/PlannerProvider';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 6;

export function BalanceChart(props: { input: PlanInput; plan: Plan }) {
  const planner = usePlanner();
  const [open, setOpen] = createSignal(false);
  const series = createMemo(() => balanceSeries(props.input, props.plan));
  const points = createMemo(() => {
    const values = series().map((point) => Number(point.owed)); // drawing only, never shown as money
    const max = Math.max(1, ...values);
    const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
    return values
      .map(
        (value, i) =>
          `${(PAD + i * step).toFixed(1)},${(HEIGHT - PAD - (value / max) * (HEIGHT - 2 * PAD)).toFixed(1)}`,
      )
      .join(' ');
  });
  const alt = (): string => {
    const list = series();
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return '';
    return planner.t('plan.chartAlt', {
      start: planner.money(first.owed),
      startDate: planner.date(first.date),
      end: planner.money(last.owed),
      endDate: planner.date(last.date),
    });
  };
  return (
    <section class="card" aria-labelledby="chart-title">
      <h3 id="chart-title">{planner.t('plan.chart')}</h3>
      <svg class="chart" viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={alt()}>
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} class="chart__axis" />
        <polyline points={points()} class="chart__line" fill="none" />
      </svg>
      <p class="muted">{alt()}</p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{planner.t('plan.chartTable')}</summary>
        <Show when={open()}>
          <div class="table-scroll" tabindex="0" role="region" aria-label={planner.t('plan.chartTable')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{planner.t('plan.date')}</th>
                  <th scope="col">{planner.t('plan.owed')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={series()}>
                  {(point) => (
                    <tr>
                      <td>{planner.date(point.date)}</td>
                      <td class="num">{planner.money(point.owed)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </details>
    </section>
  );
}
