/**
 * The counsellor's side of the QR handover (issue 18): the client's file, encrypted under 12
 * digits shown large to be read aloud, as a loop of QR codes. Any `needed` of the codes, in any
 * order, rebuild the file on the phone (src/handover/). Photos and recordings go by file, and the
 * screen says so.
 *
 * The loop changes code every FRAME_INTERVAL_MS (under three changes a second, below the WCAG
 * 2.3.1 flash threshold) and has a pause button; the canvas has a text alternative that says what
 * it is and how to scan it. Nothing is made before the counsellor asks; stopping (or leaving)
 * drops the frames and the passphrase from memory. Loaded with the handover step only.
 */
import { Match, Show, Switch, createEffect, createSignal, onCleanup } from 'solid-js';
import { chooseBlockSize, makeFrames } from '../../handover/frames';
import { groupPassphrase, newHandoverPassphrase } from '../../handover/passphrase';
import { usePlanner } from '../state/PlannerProvider';
import { useServices } from '../state/services';
import { useHandoverText } from './handoverText';
import { drawQr, FRAME_INTERVAL_MS, qrModules } from './qrCanvas';
import './handover.css';

/** The code's width on screen at most, in CSS pixels. */
const MAX_QR_PIXELS = 560;

interface Showing {
  readonly kind: 'showing';
  readonly passphrase: string;
  readonly modules: readonly boolean[][][];
  readonly needed: number;
  readonly attachmentsLeftOut: number;
}
type State = { readonly kind: 'idle' | 'preparing' | 'too-large' | 'failed' } | Showing;

/** `beforeExport`: run before the payload is made (the session step finishes the session first, issue 18). */
export function QrShow(props: { readonly beforeExport?: () => Promise<void> }) {
  const planner = usePlanner();
  const services = useServices();
  const ht = useHandoverText();
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  const [index, setIndex] = createSignal(0);
  const [playing, setPlaying] = createSignal(true);
  let figure: HTMLElement | undefined;
  let canvas: HTMLCanvasElement | undefined;
  let passphraseLine: HTMLParagraphElement | undefined;
  let live: HTMLDivElement | undefined;

  const showing = (): Showing | undefined => {
    const current = state();
    return current.kind === 'showing' ? current : undefined;
  };

  const start = async (): Promise<void> => {
    const profile = planner.state.profile;
    if (!profile) return;
    setState({ kind: 'preparing' });
    try {
      await props.beforeExport?.();
      await planner.actions.flush();
      const passphrase = newHandoverPassphrase();
      const { payload, attachmentsLeftOut } = await services.data.exportHandover({ profileId: profile.id, passphrase });
      const blockSize = chooseBlockSize(payload.length);
      if (blockSize === null) {
        setState({ kind: 'too-large' });
        return;
      }
      const frames = await makeFrames(payload, { blockSize });
      setIndex(0);
      setPlaying(true);
      setState({
        kind: 'showing',
        passphrase,
        modules: frames.texts.map(qrModules),
        needed: frames.sourceCount,
        attachmentsLeftOut,
      });
    } catch {
      setState({ kind: 'failed' });
      return;
    }
    // The digits and the code in view, clear of the sticky tab bar (scroll-margin in handover.css).
    passphraseLine?.focus({ preventScroll: true });
    if (typeof live?.scrollIntoView === 'function') live.scrollIntoView({ block: 'start' });
  };

  createEffect(() => {
    const current = showing();
    if (!current || !playing()) return;
    const timer = setInterval(() => setIndex((index() + 1) % current.modules.length), FRAME_INTERVAL_MS);
    onCleanup(() => clearInterval(timer));
  });

  createEffect(() => {
    const current = showing();
    const modules = current?.modules[index()];
    if (!modules || !canvas) return;
    const room = Math.min(MAX_QR_PIXELS, figure?.clientWidth ?? MAX_QR_PIXELS);
    const scale = Math.max(2, Math.floor(room / modules.length));
    drawQr(canvas, modules, scale);
    canvas.style.width = `${String(modules.length * scale)}px`;
  });

  return (
    <section class="card stack qr-handover no-print" aria-labelledby="qr-show-title" data-testid="qr-show">
      <h4 id="qr-show-title">{ht('show.title')}</h4>
      <p>{ht('show.explain')}</p>
      <p class="hint">{ht('show.attachments')}</p>
      <Switch>
        <Match when={state().kind === 'idle'}>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => void start()}>
              {ht('show.start')}
            </button>
          </div>
        </Match>
        <Match when={state().kind === 'preparing'}>
          <p role="status">{ht('show.preparing')}</p>
        </Match>
        <Match when={state().kind === 'too-large'}>
          <p role="alert">{ht('show.tooLarge')}</p>
        </Match>
        <Match when={state().kind === 'failed'}>
          <p role="alert">{ht('show.failed')}</p>
        </Match>
        <Match when={showing()}>
          {(current) => (
            <div class="stack qr-live" ref={live}>
              <div class="qr-passphrase">
                <p id="qr-passphrase-label">{ht('show.passphraseLabel')}</p>
                <p
                  class="qr-passphrase__digits"
                  data-testid="qr-passphrase"
                  tabindex="-1"
                  ref={passphraseLine}
                  aria-describedby="qr-passphrase-label qr-passphrase-hint"
                >
                  {groupPassphrase(current().passphrase)}
                </p>
                <p id="qr-passphrase-hint" class="hint">
                  {ht('show.passphraseHint')}
                </p>
              </div>
              <Show when={current().attachmentsLeftOut > 0}>
                <p role="note" class="notice-inline">
                  {ht('show.attachmentsLeftOut', { count: current().attachmentsLeftOut })}
                </p>
              </Show>
              <figure class="qr-loop" ref={figure}>
                <canvas
                  ref={canvas}
                  role="img"
                  aria-label={ht('show.loopLabel', { total: current().modules.length })}
                  data-testid="qr-loop"
                  data-frame-index={index()}
                  data-frame-count={current().modules.length}
                  data-frames-needed={current().needed}
                />
                <figcaption>
                  <span class="qr-loop__counter" aria-hidden="true">
                    {ht('show.frame', { n: index() + 1, total: current().modules.length })}
                  </span>
                  <span>{ht('show.needed', { needed: current().needed, total: current().modules.length })}</span>
                </figcaption>
              </figure>
              <div class="button-row">
                <button type="button" aria-pressed={!playing()} onClick={() => setPlaying(!playing())}>
                  {playing() ? ht('show.pause') : ht('show.play')}
                </button>
                <button type="button" onClick={() => setState({ kind: 'idle' })}>
                  {ht('show.stop')}
                </button>
              </div>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}
