/**
 * Exports: the schedule as CSV, the payments as a calendar (ICS) with reminders (1 or 2 days
 * before, neutral titles on request), and a print view (print or save as PDF through the browser)
 * with the client's and preparer's names for counsellors.
 * Files are made here and handed over as Blob URLs: nothing goes over the network.
 */
import { Show, createSignal } from 'solid-js';
import type { Plan } from '../../domain';
import {
  ALARM_DAYS,
  exportFileName,
  planIcs,
  scheduleCsv,
  type AlarmDaysBefore,
  type ExportKind,
} from '../model/exports';
import { makeLoanLabels } from '../model/labels';
import { usePlanner } from '../state/PlannerProvider';
import { ClientLanguageField } from './ClientLanguageField';
import { CheckboxField, SelectField, TextField } from './Field';
import { PrintView } from './PrintView';
import { download } from '../download';

export function ExportsScreen() {
  const planner = usePlanner();
  const [clientName, setClientName] = createSignal(planner.state.profile?.displayName ?? '');
  const [alarmDays, setAlarmDays] = createSignal<AlarmDaysBefore>(1);
  // Neutral titles by default in discreet mode.
  const [neutral, setNeutral] = createSignal(planner.state.settings.discreet === true);
  const fileName = (kind: ExportKind, extension: string): string =>
    exportFileName({
      kind,
      extension,
      ...(planner.state.profile
        ? { displayName: planner.state.profile.displayName, profileId: planner.state.profile.id }
        : {}),
      discreet: planner.state.settings.discreet === true,
      at: new Date(planner.clock.now()),
    });
  const plan = (): Plan | undefined => {
    const run = planner.chosen().run;
    return run.ok && run.plan.feasible ? run.plan : undefined;
  };

  const downloadCsv = (current: Plan): void => {
    const labels = makeLoanLabels(planner.state.debts);
    const t = planner.t;
    const csv = scheduleCsv(
      current,
      planner.platforms(),
      {
        period: t('plan.period'),
        date: t('plan.date'),
        platform: t('plan.platform'),
        loan: t('plan.loan'),
        focus: t('plan.focusMark'),
        interest: t('plan.interest'),
        fees: t('plan.fees'),
        paid: t('plan.paid'),
        owed: t('plan.owed'),
        yes: t('common.yes'),
        no: t('common.no'),
      },
      (id) => labels.get(id) ?? id,
    );
    download(fileName('plan', 'csv'), 'text/csv;charset=utf-8', csv);
  };

  const downloadIcs = (current: Plan): void => {
    const t = planner.t;
    const ics = planIcs(
      current,
      planner.platforms(),
      {
        paymentSummary: (name, amount) => t('exports.icsPaySummary', { name, amount: planner.money(amount) }),
        paymentDescription: (name, amount, period) =>
          t('exports.icsPayDescription', { name, amount: planner.money(amount), period }),
        turnSummary: (name) => t('exports.icsTurnSummary', { name }),
        turnDescription: (name) => t('exports.icsTurnDescription', { name }),
        neutralSummary: t('exports.icsNeutralSummary'),
        neutralDescription: t('exports.icsNeutralDescription'),
      },
      {
        stamp: new Date(planner.clock.now()),
        profileId: planner.state.profile?.id ?? 'none',
        alarmDaysBefore: alarmDays(),
        neutral: neutral(),
      },
    );
    download(fileName('calendar', 'ics'), 'text/calendar;charset=utf-8', ics);
  };

  return (
    <section aria-labelledby="exports-title" class="screen">
      <h2 id="exports-title" class="no-print">
        {planner.t('exports.title')}
      </h2>
      <Show when={plan()} fallback={<p class="empty">{planner.t('exports.noPlan')}</p>}>
        {(current) => (
          <>
            <div class="card no-print">
              <p>{planner.t('exports.intro')}</p>
              <div class="field-grid">
                <TextField
                  label={planner.t('exports.clientName')}
                  value={clientName()}
                  onInput={setClientName}
                  name="clientName"
                />
                <TextField
                  label={planner.t('exports.preparer')}
                  value={planner.state.settings.preparerName ?? ''}
                  onInput={(name) => planner.actions.setPreparerName(name)}
                  name="preparer"
                />
              </div>
              <ClientLanguageField />
              <fieldset>
                <legend>{planner.t('exports.remindersTitle')}</legend>
                <p class="hint">{planner.t('exports.remindersHint')}</p>
                <SelectField
                  label={planner.t('exports.alarmDays')}
                  value={String(alarmDays())}
                  options={ALARM_DAYS.map((days) => ({
                    value: String(days),
                    label: planner.t(days === 1 ? 'exports.alarmDays1' : 'exports.alarmDays2'),
                  }))}
                  onChange={(value) => setAlarmDays(value === '2' ? 2 : 1)}
                  name="alarmDays"
                />
                <CheckboxField
                  label={planner.t('exports.neutralTitles')}
                  checked={neutral()}
                  onChange={setNeutral}
                  name="neutralTitles"
                />
              </fieldset>
              <div class="actions actions--stack">
                <button type="button" onClick={() => downloadCsv(current())}>
                  {planner.t('exports.csv')}
                </button>
                <button type="button" onClick={() => downloadIcs(current())}>
                  {planner.t('exports.ics')}
                </button>
                <button type="button" class="primary" onClick={() => window.print()}>
                  {planner.t('exports.print')}
                </button>
              </div>
            </div>
            <h3 class="no-print">{planner.t('exports.preview')}</h3>
            <PrintView
              plan={current()}
              clientName={clientName()}
              preparerName={planner.state.settings.preparerName ?? ''}
            />
          </>
        )}
      </Show>
    </section>
  );
}
