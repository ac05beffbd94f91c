import type { StopRecord } from '../lib/domain/shapes.ts';
import { explain } from '../lib/explain/explain.ts';
import { plainReasons } from '../lib/explain/reasons.ts';
import type { UiLocale } from '../lib/i18n/languages.ts';
import type { CardStrings } from '../lib/i18n/types/index.ts';
import { formatDate } from '../lib/i18n/date-format.ts';
import { Countdown } from './Countdown.tsx';

interface Props {
  stop: StopRecord;
  strings: CardStrings;
  locale: UiLocale;
  /** The latest stop shows everything; older ones a summary that expands. */
  detailed: boolean;
  now?: () => number;
}

/** Captured text is untrusted: it is only ever rendered as text nodes. */
export function StopCard({ stop, strings, locale, detailed, now }: Props) {
  const c = stop.classification;
  const e = explain(c, strings);
  const why = plainReasons(c, strings);
  const seen = formatDate(stop.lastSeenAt, locale, { dateStyle: 'medium', timeStyle: 'short' });
  const seenText = stop.visibleText;
  // The raw evidence (stream lines, a response body) is for the packet; it is folded away unless it is all we have.
  const rawEvidence = stop.evidence.text !== seenText ? stop.evidence.text : undefined;
  const body = (
    <>
      <dl class="facts">
        <dt>{strings.owner}</dt>
        <dd class="owner">{e.owner}</dd>
        <dt>{strings.ranOut}</dt>
        <dd class="bucket">{e.bucket}</dd>
        <dt>{strings.nextStep}</dt>
        <dd class="action">
          <strong>{e.action}</strong>
          <span class="detail">{e.actionDetail}</span>
        </dd>
      </dl>
      {e.showCountdown ? (
        <Countdown reset={c.reset} strings={strings} locale={locale} now={now} />
      ) : (
        <p class="muted">{strings.noCountdownWhy}</p>
      )}
      {seenText && (
        <>
          <h3>{strings.whatYouSaw}</h3>
          <blockquote class="seen-text" tabIndex={0}>
            {clip(seenText)}
          </blockquote>
        </>
      )}
      {rawEvidence && (
        <details class="raw-evidence" open={!seenText}>
          <summary>{strings.rawEvidence}</summary>
          {/* Focusable so keyboard users can scroll it. */}
          <pre tabIndex={0}>{clip(rawEvidence)}</pre>
        </details>
      )}
      <h3>{strings.why}</h3>
      {/* Plain words here; the classifier's own reasons (rule ids, field names) are in the incident packet. */}
      <ul class="reasons">
        {why.map((r, i) => (
          <li key={i} class={i === why.length - 1 ? 'muted' : undefined}>
            {r}
          </li>
        ))}
      </ul>
      {e.offerApiRoute && (
        <aside class="api-route">
          <h3>{strings.apiRouteTitle}</h3>
          <p>{strings.apiRouteBody}</p>
        </aside>
      )}
    </>
  );
  return (
    <article
      class={`stop-card owner-${c.owner}`}
      data-owner={c.owner}
      data-action={c.action}
      data-bucket={c.bucket}
      {...(c.reset?.at ? { 'data-reset-at': c.reset.at } : {})}
      aria-label={`${e.owner}: ${e.action}`}
    >
      <header class="stop-head">
        <span class="muted small">
          {stop.site} · {strings.seenAt(seen)} · {strings.seenTimes(stop.count)}
        </span>
        {stop.id !== undefined && (
          <a class="details-link small" href={`packet.html?id=${stop.id}`} target="_blank" rel="noopener">
            {strings.details}
          </a>
        )}
      </header>
      {detailed ? (
        body
      ) : (
        <details>
          <summary>
            {e.bucket} — {e.action}
          </summary>
          {body}
        </details>
      )}
    </article>
  );
}

function clip(text: string): string {
  return text.length > 1200 ? `${text.slice(0, 1200)}…` : text;
}
