/**
 * The note a form shows when it brought back a draft (issue 13): what happened, in plain words,
 * and a button to discard it. Strings: src/i18n/drafts.*.ts.
 */
import { Show } from 'solid-js';
import { draftsEn } from '../../i18n/drafts.en';
import { draftsZhCN } from '../../i18n/drafts.zh-CN';
import { makeTranslator } from '../../i18n/translate';
import type { FormDraft } from '../state/drafts';
import { usePlanner } from '../state/PlannerProvider';

/** The drafts' strings in `locale`. */
export const draftsT = makeTranslator({ en: draftsEn, 'zh-CN': draftsZhCN });

export function DraftNotice(props: { draft: FormDraft }) {
  const planner = usePlanner();
  return (
    <Show when={props.draft.restored()}>
      <p class="draft-notice" role="status" data-testid="draft-notice">
        {draftsT(planner.state.locale, 'draft.restored')}{' '}
        <button type="button" onClick={() => props.draft.discard()}>
          {draftsT(planner.state.locale, 'draft.discard')}
        </button>
      </p>
    </Show>
  );
}
