/**
 * The queue timeline as plain text, one line per platform ("Waiting: … – …; Paying agreed
 * instalments: … – …; Its turn: … – …", kinds as `queueTimeline` decides them), for printouts
 * (the plan's print view and the counsellor's handover pack), where the graphic timeline of the
 * Plan screen would not print well.
 */
import { For } from 'solid-js';
import type { Plan } from '../../domain';
import { queueTimeline } from '../model/analysis';
import { usePlanner } from '../state/PlannerProvider';
import { UserText } from './UserText';

export function QueueTimelineText(props: { plan: Plan; testId?: string }) {
  const planner = usePlanner();
  return (
    <ol data-testid={props.testId}>
      <For each={queueTimeline(props.plan, planner.platforms())}>
        {(row) => (
          <li>
            <UserText text={row.platform.name} />:{' '}
            {row.segments
              .map((segment) =>
                planner.t('plan.segmentRange', {
                  kind: planner.t(`plan.segment.${segment.kind}`),
                  from: planner.date(segment.fromDate),
                  to: planner.date(segment.toDate),
                }),
              )
              .join('; ')}
          </li>
        )}
      </For>
    </ol>
  );
}
