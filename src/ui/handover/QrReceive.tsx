/**
 * The client's side of the QR handover (issue 18): scan the counsellor's loop of codes with the
 * camera, then type the 12 digits read aloud. The camera is asked for only when the person taps
 * "scan" and every track stops when all codes are in, on "stop", and when the page is left.
 * Progress is codes collected / needed (src/handover/collector.ts).
 *
 * The file opened from the codes is a backup file's text: it goes to `prepareImport` like a
 * chosen file, and the page that holds this component shows the same preview and applies it
 * (`onPlan`), or explains the same errors (`onError`). A wrong passphrase changes nothing and says
 * so; the codes stay collected so the person can type the digits again.
 */
import { Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import { FrameCollector, type CollectorStatus } from '../../handover/collector';
import { normaliseTypedPassphrase } from '../../handover/passphrase';
import type { HandoverKey } from '../../i18n/handover.en';
import { useServices, type DataError, type ImportPlan } from '../state/services';
import { CameraError, startScan, type ScanSession } from './camera';
import { useHandoverText } from './handoverText';
import './handover.css';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'scanning'; readonly status: CollectorStatus }
  | { readonly kind: 'received'; readonly payload: Uint8Array }
  | { readonly kind: 'opening'; readonly payload: Uint8Array };

const CAMERA_MESSAGES: Readonly<Record<CameraError['problem'], HandoverKey>> = {
  denied: 'scan.cameraDenied',
  'no-camera': 'scan.noCamera',
  failed: 'scan.cameraFailed',
  unsupported: 'scan.unsupported',
};

export function QrReceive(props: {
  /** The import the scanned file would make: the page previews it and applies it. */
  onPlan: (plan: ImportPlan) => void;
  /** The scanned file was refused: the page explains why, as for a file. */
  onError: (error: unknown) => void;
}) {
  const services = useServices();
  const ht = useHandoverText();
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  const [message, setMessage] = createSignal<HandoverKey>();
  const [typed, setTyped] = createSignal('');
  let video: HTMLVideoElement | undefined;
  let session: ScanSession | undefined;
  /** The collector of the scan in progress; cleared when the scan ends, so late reads are dropped. */
  let activeCollector: FrameCollector | undefined;
  let passphraseInput: HTMLInputElement | undefined;

  const stopCamera = (): void => {
    activeCollector = undefined;
    session?.stop();
    session = undefined;
  };
  onMount(() => window.addEventListener('pagehide', stopCamera));
  onCleanup(() => {
    window.removeEventListener('pagehide', stopCamera);
    stopCamera();
  });

  const scan = async (): Promise<void> => {
    setMessage(undefined);
    const collector = new FrameCollector();
    activeCollector = collector;
    let queue = Promise.resolve();
    const take = (text: string): void => {
      queue = queue.then(async () => {
        if (activeCollector !== collector) return;
        const status = await collector.add(text);
        if (activeCollector !== collector) return;
        if (status.kind === 'complete') {
          stopCamera();
          setMessage('scan.complete');
          setState({ kind: 'received', payload: status.payload });
          passphraseInput?.focus();
          return;
        }
        if (status.kind === 'damaged') setMessage('scan.damaged');
        setState({ kind: 'scanning', status });
      });
    };
    try {
      // Shows the video element (Solid renders it synchronously), which the camera then fills.
      setState({ kind: 'scanning', status: collector.status() });
      if (!video) throw new CameraError('failed');
      const started = await startScan(video, take);
      // Stopped, or the page left, while the camera was starting: stop it at once.
      if (activeCollector === collector) session = started;
      else started.stop();
    } catch (error) {
      stopCamera();
      setState({ kind: 'idle' });
      setMessage(error instanceof CameraError ? CAMERA_MESSAGES[error.problem] : 'scan.cameraFailed');
    }
  };

  const stop = (): void => {
    stopCamera();
    setState({ kind: 'idle' });
    setMessage('scan.stopped');
  };

  const open = async (payload: Uint8Array): Promise<void> => {
    const digits = normaliseTypedPassphrase(typed());
    if (digits === null) {
      setMessage('scan.passphraseShape');
      return;
    }
    setMessage(undefined);
    setState({ kind: 'opening', payload });
    try {
      const text = await services.data.openHandover(payload, digits);
      props.onPlan(await services.data.prepareImport(text));
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'received', payload });
      if ((error as Partial<DataError> | null)?.code === 'wrong-passphrase') {
        setMessage('scan.wrongPassphrase');
        passphraseInput?.focus();
      } else {
        props.onError(error);
      }
    }
  };

  const progress = (): string => {
    const current = state();
    if (current.kind !== 'scanning' || current.status.kind !== 'collecting') return ht('scan.waiting');
    return ht('scan.progress', { collected: current.status.collected, needed: current.status.needed });
  };
  const received = (): Uint8Array | undefined => {
    const current = state();
    return current.kind === 'received' || current.kind === 'opening' ? current.payload : undefined;
  };

  return (
    <section class="stack qr-scan" aria-labelledby="qr-scan-title" data-testid="qr-receive">
      <h4 id="qr-scan-title">{ht('scan.title')}</h4>
      <p>{ht('scan.explain')}</p>
      <Show when={message()}>
        {(key) => (
          <p role="status" class="notice-inline" data-testid="qr-scan-message">
            {ht(key())}
          </p>
        )}
      </Show>
      <Show when={state().kind === 'idle'}>
        <div class="button-row">
          <button type="button" onClick={() => void scan()}>
            {ht('scan.start')}
          </button>
        </div>
      </Show>
      <Show when={state().kind === 'scanning'}>
        <div class="stack">
          <p>{ht('scan.aim')}</p>
          <video ref={video} muted playsinline aria-label={ht('scan.video')} />
          <p role="status" data-testid="qr-scan-progress">
            {progress()}
          </p>
          <div class="button-row">
            <button type="button" onClick={stop}>
              {ht('scan.stop')}
            </button>
          </div>
        </div>
      </Show>
      <Switch>
        <Match when={received()}>
          {(payload) => (
            <form
              class="stack"
              onSubmit={(event) => {
                event.preventDefault();
                void open(payload());
              }}
            >
              <div class="field">
                <label for="qr-passphrase-input">{ht('scan.passphrase')}</label>
                <input
                  id="qr-passphrase-input"
                  ref={passphraseInput}
                  inputmode="numeric"
                  autocomplete="off"
                  value={typed()}
                  onInput={(event) => setTyped(event.currentTarget.value)}
                />
              </div>
              <div class="button-row">
                <button type="submit" class="primary" disabled={state().kind === 'opening'}>
                  {state().kind === 'opening' ? ht('scan.opening') : ht('scan.open')}
                </button>
              </div>
            </form>
          )}
        </Match>
      </Switch>
    </section>
  );
}
