/**
 * The app shell: brand heading, language switch, the crisis control (CrisisHelp, on every
 * screen), a notice line, the section tabs, the active screen and the "new version ready" banner.
 * Screens are entries in the browser's history (state/navigation.ts: `#/plan`), so Back moves
 * between them; the address names the screen only, never anything about the person (history and
 * shared links are seen by others), which matters for people hiding debts from collectors or family.
 */
import { Match, Show, Suspense, Switch, createEffect, createSignal, For, lazy, onMount } from 'solid-js';
import type { MessageKey } from '../i18n';
import { LanguageSwitch } from './components/LanguageSwitch';
import { Welcome } from './components/Welcome';
import { lenderOfDebts } from '../rules/lenders';
import { ConflictChooser } from './components/ConflictChooser';
import { CrisisHelp } from './components/CrisisHelp';
import { DiscreetController, NeutralScreen, QuickHideButton, quickHidden } from './components/Discreet';
import { editInProgress } from './state/editGuard';
import { logStoreOf } from './state/logStore';
import { clientLocale } from './state/clientLanguage';
import { usePlanner, type Screen } from './state/PlannerProvider';
import { useServices } from './state/services';

// Every screen but the welcome loads on first use (the service worker precaches them, so this
// works offline too): it keeps the JavaScript a phone must run before the first screen small.
const DebtsScreen = lazy(() => import('./components/DebtsScreen').then((m) => ({ default: m.DebtsScreen })));
const BudgetScreen = lazy(() => import('./components/BudgetScreen').then((m) => ({ default: m.BudgetScreen })));
const PlanScreen = lazy(() => import('./components/PlanScreen').then((m) => ({ default: m.PlanScreen })));
const CollectionLogPage = lazy(() =>
  import('./pages/CollectionLogPage').then((m) => ({ default: m.CollectionLogPage })),
);
const ExportsScreen = lazy(() => import('./components/ExportsScreen').then((m) => ({ default: m.ExportsScreen })));
const DataPage = lazy(() => import('./pages/DataPage').then((m) => ({ default: m.DataPage })));
const RightsPage = lazy(() => import('./pages/RightsPage').then((m) => ({ default: m.RightsPage })));
const ScriptsPage = lazy(() => import('./pages/ScriptsPage').then((m) => ({ default: m.ScriptsPage })));
const ClientsPage = lazy(() => import('./pages/ClientsPage').then((m) => ({ default: m.ClientsPage })));
const SessionPage = lazy(() => import('./pages/SessionPage').then((m) => ({ default: m.SessionPage })));
const CostPage = lazy(() => import('./pages/CostPage').then((m) => ({ default: m.CostPage })));
const ReviewPage = lazy(() => import('./pages/ReviewPage').then((m) => ({ default: m.ReviewPage })));

const TABS: readonly { screen: Screen; label: MessageKey }[] = [
  { screen: 'debts', label: 'nav.debts' },
  { screen: 'budget', label: 'nav.budget' },
  { screen: 'plan', label: 'nav.plan' },
  { screen: 'scripts', label: 'nav.scripts' },
  { screen: 'log', label: 'nav.log' },
  { screen: 'rights', label: 'nav.rights' },
  { screen: 'exports', label: 'nav.exports' },
  { screen: 'data', label: 'nav.data' },
];

/** Offers a new version's reload, but never while an edit is in progress. */
function UpdateBanner() {
  const planner = usePlanner();
  const services = useServices();
  const [ready, setReady] = createSignal(false);
  onMount(() => services.app?.onUpdateReady(() => setReady(true)));
  const reload = async (): Promise<void> => {
    await planner.actions.flush();
    services.app?.applyUpdate();
  };
  return (
    <Show when={ready()}>
      <div class="update-banner" role="status">
        <p>{editInProgress() ? planner.t('app.updateWaitsForForm') : planner.t('app.updateReady')}</p>
        <button type="button" disabled={editInProgress()} onClick={() => void reload()}>
          {planner.t('app.reloadNow')}
        </button>
        <button type="button" onClick={() => setReady(false)}>
          {planner.t('app.updateLater')}
        </button>
      </div>
    </Show>
  );
}

export function App() {
  const planner = usePlanner();
  const services = useServices();
  createEffect(() => {
    document.documentElement.lang = planner.state.locale;
  });
  // The plan is the screen most opened next (a returning person's, the example's): fetch it once the
  // first screen is up, not while the page starts, where its compiling would delay that screen (issue 19).
  onMount(() => void PlanScreen.preload());
  const go = (screen: Screen): void => {
    planner.actions.setScreen(screen);
    document.getElementById('main')?.focus();
  };
  return (
    <>
      <DiscreetController />
      <Show when={!quickHidden()} fallback={<NeutralScreen />}>
        <a class="skip-link" href="#main">
          {planner.t('app.skipToContent')}
        </a>
        <header class="app-header no-print">
          <h1 class="brand">
            <span lang="zh-CN">上岸</span> <span lang="en">Shore</span>
          </h1>
          <LanguageSwitch />
          <div class="header-actions">
            <button
              type="button"
              aria-current={planner.state.screen === 'clients' ? 'page' : undefined}
              onClick={() => go('clients')}
            >
              {planner.t('nav.clients')}
            </button>
            <QuickHideButton />
            <CrisisHelp locale={planner.state.locale} />
          </div>
        </header>
        <ConflictChooser />
        <Show when={planner.state.notice}>
          {(notice) => (
            <div class="notice no-print" role="status">
              <p>{planner.t(notice())}</p>
              <button type="button" onClick={() => planner.actions.dismissNotice()}>
                {planner.t('common.dismiss')}
              </button>
            </div>
          )}
        </Show>
        <Show when={planner.state.profile && planner.state.screen !== 'welcome'}>
          <nav class="tabs no-print" aria-label={planner.t('nav.label')}>
            <ul>
              <For each={TABS}>
                {(tab) => (
                  <li>
                    <button
                      type="button"
                      aria-current={planner.state.screen === tab.screen ? 'page' : undefined}
                      onClick={() => go(tab.screen)}
                    >
                      {planner.t(tab.label)}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </Show>
        <main id="main" class="page" tabindex="-1">
          <Suspense fallback={<p role="status">{planner.t('app.loading')}</p>}>
            <Switch fallback={<Welcome />}>
              <Match when={planner.state.status === 'loading'}>
                <p role="status">{planner.t('app.loading')}</p>
              </Match>
              <Match when={planner.state.screen === 'clients'}>
                <ClientsPage />
              </Match>
              {/* Also without a profile: a new person receives a counsellor's file here (issue 18). */}
              <Match when={planner.state.screen === 'data'}>
                <DataPage />
              </Match>
              <Match when={!planner.state.profile || planner.state.screen === 'welcome'}>
                <Welcome />
              </Match>
              <Match when={planner.state.screen === 'session'}>
                <SessionPage />
              </Match>
              <Match when={planner.state.screen === 'review'}>
                <ReviewPage />
              </Match>
              <Match when={planner.state.screen === 'cost'}>
                <CostPage />
              </Match>
              <Match when={planner.state.screen === 'debts'}>
                <DebtsScreen />
              </Match>
              <Match when={planner.state.screen === 'budget'}>
                <BudgetScreen />
              </Match>
              <Match when={planner.state.screen === 'plan'}>
                <PlanScreen />
              </Match>
              <Match when={planner.state.screen === 'scripts'}>
                <ScriptsPage />
              </Match>
              <Match when={planner.state.screen === 'log' && planner.state.profile}>
                {(profile) => (
                  <CollectionLogPage
                    locale={planner.state.locale}
                    outputLocale={clientLocale(planner)}
                    profileId={profile().id}
                    store={logStoreOf(planner, services.data.kind)}
                    now={services.now}
                    lenderOf={(platform) => lenderOfDebts(planner.state.debts, platform)}
                  />
                )}
              </Match>
              <Match when={planner.state.screen === 'rights'}>
                <RightsPage
                  locale={planner.state.locale}
                  lprOverride={planner.state.settings.lprOverride}
                  onLprOverrideChange={(override) => planner.actions.setLprOverride(override)}
                />
              </Match>
              <Match when={planner.state.screen === 'exports'}>
                <ExportsScreen />
              </Match>
            </Switch>
          </Suspense>
        </main>
        <Show when={planner.state.profile?.id === 'example' && planner.state.screen !== 'welcome'}>
          <footer class="page no-print">
            <p class="hint">{planner.t('welcome.exampleNote')}</p>
            <button type="button" class="link" onClick={() => void planner.actions.clearProfile()}>
              {planner.t('welcome.clearExample')}
            </button>
          </footer>
        </Show>
        <UpdateBanner />
      </Show>
    </>
  );
}
