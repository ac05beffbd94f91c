import { useEffect, useState } from 'preact/hooks';
import type { ResetInfo } from '../lib/domain/labels.ts';
import { approximateRemaining, formatRemaining, isApproximate, waitStateOf } from '../lib/explain/countdown.ts';
import { formatDate } from '../lib/i18n/date-format.ts';
import type { UiLocale } from '../lib/i18n/languages.ts';
import type { CardStrings } from '../lib/i18n/types/index.ts';

interface Props {
  reset: ResetInfo | undefined;
  strings: CardStrings;
  locale: UiLocale;
  /** Injected clock for tests and screenshots. */
  now?: () => number;
}

export function Countdown({ reset, strings, locale, now = Date.now }: Props) {
  const [t, setT] = useState(now());
  const state = waitStateOf(reset, t);
  const ticking = state.kind === 'waiting' || state.kind === 'resetting';
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setT(now()), 1000);
    return () => clearInterval(timer);
  }, [ticking, now]);

  if (state.kind === 'none') return <p class="muted">{strings.noResetStated}</p>;
  const clock = formatDate(state.at, locale, { hour: 'numeric', minute: '2-digit' });
  const day = formatDate(state.at, locale, { month: 'short', day: 'numeric' });
  const sameDay = new Date(t).toDateString() === state.at.toDateString();
  // A loosely stated wait ("a few minutes") gets a loose answer: "about 5 minutes", never "4m 59s".
  const loose = isApproximate(reset);
  const when = (loose ? strings.approxAt : strings.resetAt)(sameDay ? clock : `${day} ${clock}`);
  const approx = state.kind === 'waiting' ? approximateRemaining(state.remainingMs) : undefined;
  return (
    <div class={`countdown countdown--${state.kind}`} data-state={state.kind}>
      {state.kind === 'waiting' && (
        <p>
          <span class="label">{strings.resetsIn} </span>
          <strong class="remaining" role="timer" aria-live="off">
            {loose && approx
              ? strings.approx(approx.amount, approx.unit)
              : formatRemaining(state.remainingMs, strings.units)}
          </strong>{' '}
          <span class="muted">{when}</span>
        </p>
      )}
      {state.kind === 'resetting' && <p role="status">{strings.resetting}</p>}
      {state.kind === 'available' && (
        <p role="status">
          {strings.available} <span class="muted">({when})</span>
        </p>
      )}
      {state.kind === 'possibly-reset' && (
        <p role="status">
          {strings.possiblyReset} <span class="muted">({when})</span>
        </p>
      )}
      {reset && (
        <p class="muted small">
          {strings.resetSource}: {strings.resetSources[reset.source] ?? reset.source} —{' '}
          <q class="stated">{reset.stated}</q>
        </p>
      )}
    </div>
  );
}
