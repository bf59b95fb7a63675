/**
 * The debt form's question before an implausible rate is saved (issue 13): "日利率999999999999%？请核对",
 * with the annual equivalent and two choices: correct the rate (focus goes to it) or confirm it
 * and save. A confirmed rate is not asked about again while the form is open; any other rate is.
 *
 * `createRateCheck()` holds which rate was asked about and which was confirmed; the form calls
 * `shouldAsk(rate)` when it saves and renders `<RateCheck>` for the question.
 */
import { createSignal, onMount, type Accessor } from 'solid-js';
import type { EnteredRate } from '../../domain/records';
import type { Locale } from '../../i18n/translate';
import { equivalentAnnualPercent, isImplausibleRate } from '../model/rates';
import { formsT } from './formsText';
import './forms.css';

const keyOf = (rate: EnteredRate): string => JSON.stringify(rate);

export interface RateChecker {
  /** True (and the question shows) when `rate` is implausible and not confirmed yet. */
  shouldAsk(rate: EnteredRate): boolean;
  /** The rate being asked about, while it is still the rate in the form. */
  asking: Accessor<EnteredRate | undefined>;
  confirm(rate: EnteredRate): void;
  dismiss(): void;
}

/** `current`: the form's rate as typed now (undefined while it is not a number). */
export function createRateCheck(current: Accessor<EnteredRate | undefined>): RateChecker {
  const [asked, setAsked] = createSignal<string | null>(null);
  const [confirmed, setConfirmed] = createSignal<string | null>(null);
  return {
    shouldAsk(rate) {
      if (!isImplausibleRate(rate) || confirmed() === keyOf(rate)) return false;
      setAsked(keyOf(rate));
      return true;
    },
    asking: () => {
      const rate = current();
      return rate !== undefined && asked() === keyOf(rate) ? rate : undefined;
    },
    confirm(rate) {
      setConfirmed(keyOf(rate));
      setAsked(null);
    },
    dismiss: () => setAsked(null),
  };
}

interface RateCheckProps {
  rate: EnteredRate;
  locale: Locale;
  /** Close the question and put the focus on the rate. */
  onCorrect: () => void;
  /** The rate is right: save. */
  onConfirm: () => void;
}

export function RateCheck(props: RateCheckProps) {
  let correct: HTMLButtonElement | undefined;
  const t = (key: Parameters<typeof formsT>[1], params?: Parameters<typeof formsT>[2]): string =>
    formsT(props.locale, key, params);
  onMount(() => correct?.focus());
  return (
    <div class="rate-check" role="alert" data-testid="rate-check">
      <p class="rate-check__question">
        {t('rateCheck.question', { unit: t(`unit.${props.rate.unit}`), percent: props.rate.percent })}
      </p>
      <p>{t('rateCheck.explain', { annual: equivalentAnnualPercent(props.rate, 0) })}</p>
      <div class="actions">
        <button ref={correct} type="button" class="primary" onClick={() => props.onCorrect()}>
          {t('rateCheck.correct')}
        </button>
        <button type="button" onClick={() => props.onConfirm()}>
          {t('rateCheck.confirm')}
        </button>
      </div>
    </div>
  );
}
