/**
 * Quick entry from a statement or app screenshot (issue 8), offline: Shore cannot read text out of
 * images here (OCR needs tens of MB of language data, which Shore never downloads), so it shows
 * the picture the person chose right beside the quick-entry form (above it on a phone), zoomable
 * and pannable with buttons and the keyboard, so figures can be copied without switching apps.
 *
 * The picture lives only in memory as an object URL: revoked when it is replaced or removed and
 * when this panel unmounts (leaving the step, quick hide). Nothing is stored or sent. The file
 * name is shown as text only; the image is an <img> from a blob: URL (CSP img-src allows blob:).
 */
import { For, Show, createSignal, createUniqueId, onCleanup } from 'solid-js';
import { createEditGuard } from '../state/editGuard';
import '../pages/counsellor.css';
import { useCounsellorText } from './counsellorUi';

/** Zoom levels, as a multiple of "fit to width". */
export const ZOOM_LEVELS = [1, 1.5, 2, 3, 4, 6] as const;

/** The next zoom level up (+1) or down (-1) from `scale`, clamped to the levels. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_LEVELS.find((level) => level > scale + 1e-9) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!;
  return [...ZOOM_LEVELS].reverse().find((level) => level < scale - 1e-9) ?? ZOOM_LEVELS[0];
}

/** The move buttons: an arrow shown, the direction named for screen readers (and as a tooltip). */
const PAN_BUTTONS = [
  { arrow: '←', label: 'shot.left', dx: -1, dy: 0 },
  { arrow: '→', label: 'shot.right', dx: 1, dy: 0 },
  { arrow: '↑', label: 'shot.up', dx: 0, dy: -1 },
  { arrow: '↓', label: 'shot.down', dx: 0, dy: 1 },
] as const;

/** Share of the visible area one pan button press moves. */
const PAN_SHARE = 0.4;

export function ScreenshotPanel() {
  const ct = useCounsellorText();
  const id = createUniqueId();
  const [url, setUrl] = createSignal<string>();
  const [name, setName] = createSignal('');
  const [scale, setScale] = createSignal<number>(1);
  const [problem, setProblem] = createSignal<string>();
  let viewport: HTMLDivElement | undefined;

  // While a picture is shown, an app update waits: reloading would drop it.
  createEditGuard(() => url() !== undefined);

  const release = (): void => {
    const current = url();
    if (current) URL.revokeObjectURL(current);
    setUrl(undefined);
  };
  onCleanup(release);

  const choose = (input: HTMLInputElement): void => {
    const file = input.files?.[0];
    // Cleared so the same file can be chosen again; what is shown is named below.
    input.value = '';
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setProblem(ct('shot.notImage'));
      return;
    }
    const previous = url();
    setProblem(undefined);
    setName(file.name);
    setScale(1);
    setUrl(URL.createObjectURL(file));
    // Revoked only once the <img> points at the new picture.
    if (previous) URL.revokeObjectURL(previous);
    if (viewport) {
      viewport.scrollLeft = 0;
      viewport.scrollTop = 0;
    }
  };

  const remove = (): void => {
    release();
    setName('');
    setProblem(undefined);
    document.getElementById(`${id}-file`)?.focus();
  };

  /** Zooms keeping the middle of the visible area where it is. */
  const zoomTo = (next: number): void => {
    const previous = scale();
    const element = viewport;
    if (next === previous) return;
    if (!element) {
      setScale(next);
      return;
    }
    const centreX = (element.scrollLeft + element.clientWidth / 2) / previous;
    const centreY = (element.scrollTop + element.clientHeight / 2) / previous;
    setScale(next);
    element.scrollLeft = Math.max(0, centreX * next - element.clientWidth / 2);
    element.scrollTop = Math.max(0, centreY * next - element.clientHeight / 2);
  };

  const pan = (dx: -1 | 0 | 1, dy: -1 | 0 | 1): void => {
    const element = viewport;
    if (!element) return;
    element.scrollLeft += dx * Math.max(40, element.clientWidth * PAN_SHARE);
    element.scrollTop += dy * Math.max(40, element.clientHeight * PAN_SHARE);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case '+':
      case '=':
        zoomTo(stepZoom(scale(), 1));
        break;
      case '-':
      case '_':
        zoomTo(stepZoom(scale(), -1));
        break;
      case '0':
        zoomTo(1);
        break;
      default:
        return; // arrow keys scroll the focused viewport natively
    }
    event.preventDefault();
  };

  const percent = (): number => Math.round(scale() * 100);

  return (
    <section class="card stack shot" aria-labelledby={`${id}-title`} data-testid="shot-panel">
      <h4 id={`${id}-title`}>{ct('shot.title')}</h4>
      {/* Once a picture is shown, the explanation folds away so the picture sits next to the form. */}
      <Show
        when={url()}
        fallback={
          <>
            <p class="hint">{ct('shot.explain')}</p>
            <p class="hint">{ct('shot.noOcr')}</p>
          </>
        }
      >
        <details class="shot__about">
          <summary>{ct('shot.about')}</summary>
          <p class="hint">{ct('shot.explain')}</p>
          <p class="hint">{ct('shot.noOcr')}</p>
        </details>
      </Show>
      <div class="field">
        <label for={`${id}-file`}>{url() ? ct('shot.replace') : ct('shot.choose')}</label>
        <input
          id={`${id}-file`}
          class="shot__file"
          type="file"
          accept="image/*"
          aria-describedby={`${id}-memory`}
          onChange={(event) => choose(event.currentTarget)}
          data-testid="shot-file"
        />
      </div>
      <p id={`${id}-memory`} class="hint">
        {ct('shot.memoryOnly')}
      </p>
      <Show when={problem()}>
        {(text) => (
          <p class="error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <Show when={url()}>
        {(source) => (
          <>
            <div class="button-row">
              <button type="button" onClick={remove}>
                {ct('shot.remove')}
              </button>
            </div>
            <p class="shot__name">
              <span role="status">{ct('shot.showing', { name: name() })}</span>{' '}
              <output class="shot__zoom" data-testid="shot-zoom" aria-live="polite">
                {ct('shot.zoom', { percent: percent() })}
              </output>
            </p>
            <p id={`${id}-keys`} class="hint">
              {ct('shot.keys')}
            </p>
            <div class="shot__controls" role="group" aria-label={ct('shot.controls')}>
              <button type="button" onClick={() => zoomTo(stepZoom(scale(), -1))} disabled={scale() <= ZOOM_LEVELS[0]}>
                <span aria-hidden="true">− </span>
                {ct('shot.zoomOut')}
              </button>
              <button
                type="button"
                onClick={() => zoomTo(stepZoom(scale(), 1))}
                disabled={scale() >= ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!}
              >
                <span aria-hidden="true">+ </span>
                {ct('shot.zoomIn')}
              </button>
              <button type="button" onClick={() => zoomTo(1)} disabled={scale() === 1}>
                {ct('shot.fit')}
              </button>
            </div>
            <div class="shot__controls" role="group" aria-label={ct('shot.move')}>
              <For each={PAN_BUTTONS}>
                {(button) => (
                  <button type="button" class="icon" title={ct(button.label)} onClick={() => pan(button.dx, button.dy)}>
                    <span aria-hidden="true">{button.arrow}</span>
                    <span class="visually-hidden">{ct(button.label)}</span>
                  </button>
                )}
              </For>
            </div>
            <div
              ref={viewport}
              class="shot__viewport"
              tabindex="0"
              role="region"
              aria-label={ct('shot.viewer')}
              aria-describedby={`${id}-keys`}
              onKeyDown={onKeyDown}
              data-testid="shot-viewport"
            >
              <img
                class="shot__image"
                src={source()}
                alt={ct('shot.alt', { name: name() })}
                style={{ width: `${String(percent())}%` }}
                data-scale={String(scale())}
                draggable={false}
                onError={() => {
                  release();
                  setName('');
                  setProblem(ct('shot.broken'));
                }}
                data-testid="shot-image"
              />
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
