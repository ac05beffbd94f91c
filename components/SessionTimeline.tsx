import type { SessionStrings, UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import type { SessionSummary } from '../lib/session/summary.ts';

interface Props {
  summary: SessionSummary;
  strings: SessionStrings;
  ui: UiStrings;
  locale: UiLocale;
  /** For tests: the zone times are shown in (default: the browser's). */
  timeZone?: string;
}

const W = 720;
const LANE = 26;
const LEFT = 170;
const RIGHT = 16;
const BARS = 70;

/**
 * When each bucket ran out (a dot per stop) and until when it said to wait (a bar to the stated reset), one lane
 * per bucket, and requests per minute below against the limit the headers stated. Our own SVG: a charting library
 * would outweigh the rest of this page, and this chart needs two kinds of marks.
 */
export function SessionTimeline({ summary, strings, ui, locale, timeZone }: Props) {
  const t = strings.timeline;
  const spans = summary.spans.filter((s) => s.first !== undefined);
  const minutes = summary.perMinute;
  const fmt = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
  const time = (ms: number) => fmt.format(new Date(ms));
  if (spans.length === 0 && minutes.length === 0) {
    return (
      <section class="session-timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.title}</h2>
        <p class="muted">{t.noTimes}</p>
      </section>
    );
  }
  const starts = [...spans.map((s) => s.first!), ...minutes.map((m) => m.minute)];
  const ends = [...spans.map((s) => Math.max(s.last!, s.resetAt ?? 0)), ...minutes.map((m) => m.minute + 60_000)];
  const t0 = Math.min(...starts);
  const t1 = Math.max(...ends, t0 + 1_000);
  const x = (ms: number) => LEFT + ((ms - t0) / (t1 - t0)) * (W - LEFT - RIGHT);
  const lanesH = spans.length * LANE;
  const barsTop = lanesH + 24;
  const H = barsTop + (minutes.length ? BARS + 22 : 0) + 18;
  const limitEntries = Object.entries(summary.limits).sort((a, b) => a[1] - b[1]);
  const lowest = limitEntries[0];
  const maxCount = Math.max(1, ...minutes.map((m) => m.count), lowest?.[1] ?? 0);
  const y = (count: number) => barsTop + BARS - (count / maxCount) * BARS;
  const peak = minutes.length ? minutes.reduce((a, b) => (b.count > a.count ? b : a)) : undefined;
  const descId = 'timeline-desc';
  return (
    <section class="session-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.title}</h2>
      <p class="muted small">{t.intro}</p>
      <figure>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width="100%"
          role="img"
          aria-labelledby="timeline-title"
          aria-describedby={descId}
          class="timeline-svg"
        >
          {spans.map((s, i) => {
            const top = i * LANE;
            const mid = top + LANE / 2;
            return (
              <g key={s.bucket} class="timeline-lane" data-bucket={s.bucket}>
                <text x={LEFT - 8} y={mid + 4} text-anchor="end" class="timeline-label">
                  {ui.buckets[s.bucket]}
                </text>
                <line x1={LEFT} x2={W - RIGHT} y1={mid} y2={mid} class="timeline-axis" />
                {s.events.map((e, j) => (
                  <g key={j}>
                    {e.resetAt !== undefined && e.resetAt > e.at && (
                      <rect
                        x={x(e.at)}
                        y={mid - 4}
                        width={Math.max(1, x(e.resetAt) - x(e.at))}
                        height={8}
                        class="timeline-wait"
                        rx={2}
                      />
                    )}
                    <circle cx={x(e.at)} cy={mid} r={4} class="timeline-stop" data-owner={s.owner} />
                  </g>
                ))}
              </g>
            );
          })}
          {minutes.length > 0 && (
            <g class="timeline-requests">
              <text x={LEFT - 8} y={barsTop + BARS / 2} text-anchor="end" class="timeline-label">
                {t.requests}
              </text>
              {minutes.map((m) => (
                <rect
                  key={m.minute}
                  class="timeline-bar"
                  data-count={m.count}
                  x={x(m.minute)}
                  y={y(m.count)}
                  width={Math.max(2, x(m.minute + 60_000) - x(m.minute) - 2)}
                  height={barsTop + BARS - y(m.count)}
                >
                  <title>{`${time(m.minute)} · ${t.perMinute(m.count.toLocaleString(locale))}`}</title>
                </rect>
              ))}
              {limitEntries.map(([kind, n]) => (
                <g key={kind} class="timeline-limit" data-kind={kind}>
                  <line x1={LEFT} x2={W - RIGHT} y1={y(n)} y2={y(n)} />
                  <text x={W - RIGHT} y={y(n) - 3} text-anchor="end" class="timeline-label small">
                    {t.limit(t.limitKinds[kind] ?? kind, n.toLocaleString(locale))}
                  </text>
                </g>
              ))}
            </g>
          )}
          <text x={LEFT} y={H - 4} class="timeline-label small">
            {time(t0)}
          </text>
          <text x={W - RIGHT} y={H - 4} text-anchor="end" class="timeline-label small">
            {time(t1)}
          </text>
        </svg>
        <figcaption id={descId}>
          <ul class="timeline-text small">
            {spans.map((s) => (
              <li key={s.bucket}>
                {t.ranOut(ui.buckets[s.bucket], s.count.toLocaleString(locale), time(s.first!), time(s.last!))}
                {s.resetAt !== undefined ? t.resets(time(s.resetAt)) : ''}
              </li>
            ))}
            {peak && (
              <li>
                {t.peak(peak.count.toLocaleString(locale), time(peak.minute))}
                {limitEntries.length > 0 &&
                  ` (${limitEntries.map(([k, n]) => t.limit(t.limitKinds[k] ?? k, n.toLocaleString(locale))).join(', ')})`}
              </li>
            )}
          </ul>
        </figcaption>
      </figure>
    </section>
  );
}
