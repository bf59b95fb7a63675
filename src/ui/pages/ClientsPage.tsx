/**
 * Counsellor mode's client list (issue 8): every profile on this device with its figures, next
 * action, case status and next appointment (issue 18); search, filter by case status and sort; open, duplicate (to try a variant), archive, and delete with a
 * backup offered first. A new client starts a guided session.
 *
 * Reads through `planner.clients` and switches profiles through the provider; storage only
 * through services. Cards rather than a wide table, so it works at 360 px. A long caseload (issue
 * 18: 500 clients) draws its first cards at once and the rest a slice a frame just after
 * (components/progressiveList.ts); a client is planned when its card is drawn (model/clients.ts).
 */
import { For, Show, createMemo, createResource, createSignal } from 'solid-js';
import { sessionStepName, useCounsellorText } from '../components/counsellorUi';
import { CheckboxField, SelectField, TextField } from '../components/Field';
import { download } from '../download';
import { exportFileName } from '../model/exports';
import {
  filterClients,
  makeClientSummariser,
  sortClients,
  type ClientSortKey,
  type ClientSummary,
  type NextAction,
  type SortDirection,
} from '../model/clients';
import { CASE_STATUSES, appointmentIsPast, type CaseStatus } from '../model/practice';
import { usePracticeText } from '../components/practiceText';
import { createProgressiveList } from '../components/progressiveList';
import { usePlanner } from '../state/PlannerProvider';
import { useServices } from '../state/services';
import './counsellor.css';
import { Isolated, user } from '../components/UserText';

const SORT_KEYS: readonly ClientSortKey[] = ['name', 'owed', 'budget', 'debtFree', 'updated', 'appointment', 'status'];

export function ClientsPage() {
  const planner = usePlanner();
  const services = useServices();
  const ct = useCounsellorText();
  const pt = usePracticeText();
  const [query, setQuery] = createSignal('');
  const [statusFilter, setStatusFilter] = createSignal<CaseStatus | 'all'>('all');
  const [sortKey, setSortKey] = createSignal<ClientSortKey>('updated');
  const [direction, setDirection] = createSignal<SortDirection>('desc');
  const [showArchived, setShowArchived] = createSignal(false);
  const [newName, setNewName] = createSignal('');
  const [nameError, setNameError] = createSignal(false);
  const [message, setMessage] = createSignal<string>();
  const [confirmDelete, setConfirmDelete] = createSignal<ClientSummary>();
  const [records, { refetch }] = createResource(() => planner.clients.list());

  // Remembers each client's plan while its records are unchanged: a refetch after one action re-plans only what changed.
  const summarise = makeClientSummariser();
  const summaries = createMemo(() => summarise(records() ?? [], planner.clock.today()));
  const shown = createMemo(() =>
    sortClients(filterClients(summaries(), query(), showArchived(), statusFilter()), sortKey(), direction()),
  );
  // A long caseload draws its first cards at once and the rest just after (a client's plan runs when its card is drawn).
  // eslint-disable-next-line solid/reactivity -- createProgressiveList reads `shown` in its own tracked scopes
  const drawn = createProgressiveList(shown, () => [query(), statusFilter(), sortKey(), direction(), showArchived()]);

  const nextText = (action: NextAction): string => {
    switch (action.kind) {
      case 'continue-session':
        return ct('next.continue-session', { step: sessionStepName(ct, action.step) });
      case 'pay':
        return ct('next.pay', {
          amount: planner.money(action.amount),
          platform: action.platform,
          date: planner.date(action.date),
        });
      default:
        return ct(`next.${action.kind}`);
    }
  };
  const appointmentText = (appointment: ClientSummary['nextAppointment']): string => {
    if (!appointment) return pt('appointment.none');
    const date = planner.date(appointment.on);
    const when = appointment.time ? pt('appointment.when', { date, time: appointment.time }) : date;
    const text = appointment.place ? pt('appointment.where', { when, place: appointment.place }) : when;
    return appointmentIsPast(appointment, planner.clock.today()) ? `${text}${pt('appointment.past')}` : text;
  };
  // One formatter per language, not one per card (making one costs more than drawing the card).
  const updatedFormat = createMemo(
    () =>
      new Intl.DateTimeFormat(planner.state.locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
  );
  const updated = (moment: string): string => updatedFormat().format(new Date(moment));

  const attempt = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch {
      setMessage(ct('clients.failed'));
    }
    void refetch();
  };

  const create = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const name = newName().trim();
    if (name === '') {
      setNameError(true);
      return;
    }
    setNameError(false);
    await attempt(() => planner.actions.createClient(name));
  };

  const exportClient = async (client: ClientSummary): Promise<void> => {
    try {
      const text = await services.data.exportBackup({ profileId: client.id });
      const file = exportFileName({
        kind: 'backup',
        extension: 'json',
        displayName: client.name,
        profileId: client.id,
        discreet: planner.state.settings.discreet === true,
        at: new Date(planner.clock.now()),
      });
      download(file, 'application/json', text);
      setMessage(ct('clients.exported', { file }));
    } catch {
      setMessage(ct('clients.failed'));
    }
  };

  return (
    <section class="screen stack clients" aria-labelledby="clients-title" data-testid="clients-page">
      <h2 id="clients-title">{ct('clients.title')}</h2>
      <p>{ct('clients.intro')}</p>
      <Show when={message()}>
        {(text) => (
          <p role="status" class="notice-inline">
            {text()}
          </p>
        )}
      </Show>

      <form class="card stack" onSubmit={(event) => void create(event)} aria-labelledby="clients-new">
        <h3 id="clients-new">{ct('clients.new')}</h3>
        <TextField
          label={ct('clients.newName')}
          value={newName()}
          onInput={setNewName}
          name="clientName"
          error={nameError() ? ct('clients.nameRequired') : undefined}
        />
        <div class="button-row">
          <button type="submit" class="primary">
            {ct('clients.create')}
          </button>
        </div>
      </form>

      <div class="card stack" role="search" aria-label={ct('clients.search')}>
        <TextField label={ct('clients.search')} value={query()} onInput={setQuery} name="clientSearch" />
        <div class="field-grid">
          <SelectField
            label={ct('clients.sort')}
            value={sortKey()}
            options={SORT_KEYS.map((key) => ({
              value: key,
              label: key === 'appointment' || key === 'status' ? pt(`clients.sort.${key}`) : ct(`clients.sort.${key}`),
            }))}
            onChange={setSortKey}
            name="clientSort"
          />
          <SelectField
            label={ct('clients.direction')}
            value={direction()}
            options={(['asc', 'desc'] as const).map((value) => ({ value, label: ct(`clients.direction.${value}`) }))}
            onChange={setDirection}
            name="clientDirection"
          />
        </div>
        <SelectField
          label={pt('clients.filterStatus')}
          value={statusFilter()}
          options={[
            { value: 'all' as const, label: pt('clients.filterAll') },
            ...CASE_STATUSES.map((status) => ({ value: status, label: pt(`status.${status}`) })),
          ]}
          onChange={setStatusFilter}
          name="clientStatus"
        />
        <CheckboxField
          label={ct('clients.showArchived')}
          checked={showArchived()}
          onChange={setShowArchived}
          name="showArchived"
        />
      </div>

      <Show when={!records.loading || records()} fallback={<p role="status">{ct('clients.loading')}</p>}>
        <p class="muted" role="status" data-testid="clients-count">
          {ct('clients.count', { shown: shown().length, total: summaries().length })}
        </p>
        <Show
          when={shown().length > 0}
          fallback={<p class="empty">{summaries().length === 0 ? ct('clients.empty') : ct('clients.noMatch')}</p>}
        >
          <ul class="client-list" data-testid="client-list">
            <For each={drawn()}>
              {(client) => (
                <li class="card client" data-testid="client-card" data-client-id={client.id}>
                  <h3 class="client__name">
                    {client.name || '—'}
                    <Show when={planner.state.profile?.id === client.id}>
                      <span class="badge">{ct('clients.active')}</span>
                    </Show>
                    <Show when={client.archived}>
                      <span class="badge">{ct('clients.archived')}</span>
                    </Show>
                  </h3>
                  <dl class="metrics client__figures">
                    <dt>{ct('clients.platforms')}</dt>
                    <dd data-field="platforms">{client.platformCount}</dd>
                    <dt>{ct('clients.owed')}</dt>
                    <dd data-field="owed">{planner.money(client.totalOwed)}</dd>
                    <dt>{ct('clients.budget')}</dt>
                    <dd data-field="budget">{planner.money(client.monthlyBudget)}</dd>
                    <dt>{ct('clients.debtFree')}</dt>
                    <dd data-field="debtFree">
                      {client.debtFreeDate ? planner.date(client.debtFreeDate) : ct('clients.noDate')}
                    </dd>
                    <dt>{pt('records.status')}</dt>
                    <dd data-field="status">{pt(`status.${client.caseStatus}`)}</dd>
                    <dt>{pt('appointment.legend')}</dt>
                    <dd data-field="appointment">{appointmentText(client.nextAppointment)}</dd>
                    <dt>{ct('clients.next')}</dt>
                    <dd data-field="next">{nextText(client.nextAction)}</dd>
                    <dt>{ct('clients.updated')}</dt>
                    <dd data-field="updated">{updated(client.updatedAt)}</dd>
                  </dl>
                  <div class="button-row">
                    <button
                      type="button"
                      class="primary"
                      aria-label={ct('clients.open', { name: client.name })}
                      onClick={() =>
                        void attempt(() =>
                          planner.actions.openProfile(
                            client.id,
                            client.nextAction.kind === 'continue-session' ? 'session' : 'plan',
                          ),
                        )
                      }
                    >
                      {ct('clients.open', { name: '' }).trim()}
                    </button>
                    <button
                      type="button"
                      aria-label={ct('clients.session', { name: client.name })}
                      onClick={() => void attempt(() => planner.actions.openProfile(client.id, 'session'))}
                    >
                      {ct('session.title')}
                    </button>
                    <Show when={client.session === 'handed-over'}>
                      <button
                        type="button"
                        aria-label={ct('clients.review', { name: client.name })}
                        onClick={() => void attempt(() => planner.actions.openProfile(client.id, 'review'))}
                      >
                        {ct('review.title')}
                      </button>
                    </Show>
                    <button
                      type="button"
                      aria-label={ct('clients.duplicate', { name: client.name })}
                      onClick={() =>
                        void attempt(async () => {
                          const name = ct('clients.duplicateName', { name: client.name });
                          await planner.clients.duplicate(client.id, name);
                          setMessage(ct('clients.duplicated', { name }));
                        })
                      }
                    >
                      {ct('clients.duplicate', { name: '' }).trim()}
                    </button>
                    <button
                      type="button"
                      aria-label={ct(client.archived ? 'clients.unarchive' : 'clients.archive', { name: client.name })}
                      onClick={() => void attempt(() => planner.clients.setArchived(client.id, !client.archived))}
                    >
                      {ct(client.archived ? 'clients.unarchive' : 'clients.archive', { name: '' }).trim()}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      aria-label={ct('clients.delete', { name: client.name })}
                      onClick={() => setConfirmDelete(client)}
                    >
                      {ct('clients.delete', { name: '' }).trim()}
                    </button>
                  </div>
                  <Show when={confirmDelete()?.id === client.id}>
                    <div class="stack danger-zone" role="group" aria-labelledby={`delete-${client.id}`}>
                      <p id={`delete-${client.id}`}>
                        <strong>
                          <Isolated text={ct('clients.deleteTitle', { name: user(client.name) })} />
                        </strong>
                      </p>
                      <p>{ct('clients.deleteExplain')}</p>
                      <div class="button-row">
                        <Show when={services.data.kind === 'device'}>
                          <button type="button" onClick={() => void exportClient(client)}>
                            {ct('clients.deleteExport')}
                          </button>
                        </Show>
                        <button
                          type="button"
                          class="danger"
                          onClick={() =>
                            void attempt(async () => {
                              setConfirmDelete(undefined);
                              await planner.clients.remove(client.id);
                              setMessage(ct('clients.deleted', { name: client.name }));
                            })
                          }
                        >
                          {ct('clients.deleteConfirm')}
                        </button>
                        <button type="button" onClick={() => setConfirmDelete(undefined)}>
                          {ct('clients.cancel')}
                        </button>
                      </div>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
