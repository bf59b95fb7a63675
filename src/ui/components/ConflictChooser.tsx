/**
 * The chooser for a save another tab got in before (issue 13): with the planner's conflict policy
 * 'ask' (main.tsx), a write refused because another tab changed the record (or the profile) since
 * the edit began waits in `planner.conflicts()`. This panel names what changed, shows both
 * versions side by side (for a debt: platform, amount, rate and notes) and offers "Keep mine"
 * (write mine over theirs) or "Take the other tab's" (forget mine). Nothing is written until the
 * person chooses. It opens with the focus on its heading, and each choice is a labelled button.
 */
import { For, Show, createEffect, on } from 'solid-js';
import type { DebtRecord } from '../../domain/records';
import { usePlanner, type WriteConflict } from '../state/PlannerProvider';
import { formsT } from './formsText';
import './forms.css';

type FormsKey = Parameters<typeof formsT>[1];

function isDebt(value: unknown): value is DebtRecord {
  return typeof value === 'object' && value !== null && 'principal' in value && 'enteredRate' in value;
}

export function ConflictChooser() {
  const planner = usePlanner();
  const t = (key: FormsKey, params?: Parameters<typeof formsT>[2]): string => formsT(planner.state.locale, key, params);
  const current = (): WriteConflict | undefined => planner.conflicts()[0];
  let heading: HTMLHeadingElement | undefined;
  createEffect(on(current, (conflict) => conflict && queueMicrotask(() => heading?.focus())));

  const what = (conflict: WriteConflict): string => {
    const record = isDebt(conflict.mine) ? conflict.mine : isDebt(conflict.theirs) ? conflict.theirs : undefined;
    if (record) return t('conflict.what.debts', { name: record.platform });
    if (conflict.kind === 'budget') return t('conflict.what.budget');
    return t('conflict.what.other');
  };

  /** One version as a few lines a person can compare. */
  const describe = (value: unknown): string[] => {
    if (value === undefined) return [t('conflict.removed')];
    if (!isDebt(value)) return [];
    const lines = [
      `${planner.t('form.principal')}: ${planner.money(value.principal)}`,
      `${planner.t(`rateUnit.${value.enteredRate.unit}`)}: ${value.enteredRate.percent}%`,
    ];
    if (value.notes) lines.push(`${planner.t('form.notes')}: ${value.notes}`);
    return lines;
  };

  return (
    <Show when={current()}>
      {(conflict) => (
        <section class="conflict-chooser no-print" role="alertdialog" aria-labelledby="conflict-title">
          <h2 id="conflict-title" ref={heading} tabindex="-1">
            {t('conflict.title')}: <bdi>{what(conflict())}</bdi>
          </h2>
          <p>{t('conflict.explain')}</p>
          <dl>
            <dt>{t('conflict.mine')}</dt>
            <dd data-testid="conflict-mine">
              <VersionLines lines={describe(conflict().mine)} />
            </dd>
            <dt>{t('conflict.theirs')}</dt>
            <dd data-testid="conflict-theirs">
              <VersionLines lines={describe(conflict().theirs)} />
            </dd>
          </dl>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void conflict().keepMine()}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" onClick={() => conflict().takeTheirs()}>
              {t('conflict.takeTheirs')}
            </button>
          </div>
        </section>
      )}
    </Show>
  );
}

/** One version's fields, a line each, isolated from the chooser's own text. */
function VersionLines(props: { lines: string[] }) {
  return (
    <For each={props.lines}>
      {(line) => (
        <div>
          <bdi>{line}</bdi>
        </div>
      )}
    </For>
  );
}
