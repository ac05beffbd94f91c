import type { SessionStrings, UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import type { SessionResult } from '../lib/session/analyze.ts';
import type { SessionRow } from '../lib/session/rows.ts';
import { SessionTimeline } from './SessionTimeline.tsx';

export interface SessionMessage {
  kind: 'info' | 'error';
  text: string;
}

interface Props {
  ui: UiStrings;
  strings: SessionStrings;
  locale: UiLocale;
  reading: boolean;
  progress?: { readBytes: number; totalBytes: number; found: number };
  /** Redacted rows as read so far, in time order. */
  rows: SessionRow[];
  result?: SessionResult;
  picked: ReadonlySet<number>;
  text: string;
  saving?: { done: number; total: number };
  message?: SessionMessage;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  onReadText: () => void;
  onCancel: () => void;
  onPick: (index: number, picked: boolean) => void;
  onPickAll: () => void;
  onSave: () => void;
  /** For tests: the zone times are shown in. */
  timeZone?: string;
}

/** A row is worth saving when it names a limit (a successful response listed for its headers is not one). */
export function isStopRow(row: SessionRow): boolean {
  return !((row.status ?? 0) > 0 && (row.status ?? 0) < 400 && row.classification.owner === 'unknown');
}

/** `x-ratelimit-remaining-images: 3` → "remaining-images: 3", for a successful response's line. */
function remainingHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .filter(([k]) => /^x-ratelimit-remaining/.test(k))
    .map(([k, v]) => `${k.replace(/^x-ratelimit-/, '')}: ${v}`)
    .join(', ');
}

function humanWait(seconds: number, locale: UiLocale, units: SessionStrings['waitUnits']): string {
  const n = (x: number) => x.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (seconds < 120) return units.seconds(n(seconds));
  if (seconds < 7_200) return units.minutes(n(seconds / 60));
  return units.hours(n(seconds / 3600));
}

/**
 * "Import a session": a HAR file, a log or many pasted lines, read in a worker; every error and rate-limit
 * response listed in time order with what was masked, a time line, and a save of the rows the user picks.
 * Every value shown here was redacted before it reached the page.
 */
export function SessionView(p: Props) {
  const s = p.strings;
  const num = (n: number) => n.toLocaleString(p.locale);
  const fmt = new Intl.DateTimeFormat(p.locale, {
    dateStyle: 'short',
    timeStyle: 'medium',
    ...(p.timeZone ? { timeZone: p.timeZone } : {}),
  });
  const pickedCount = p.picked.size;
  const stats = p.result?.stats;
  const counts: string[] = [];
  if (stats) {
    if (stats.har) counts.push(s.counts.entries(num(stats.har.entries + stats.har.skipped)));
    counts.push(s.counts.listed(num(stats.units)));
    if (stats.uneventful) counts.push(s.counts.uneventful(num(stats.uneventful)));
    if (stats.quietLines) counts.push(s.counts.quiet(num(stats.quietLines)));
    if (stats.binaryLines) counts.push(s.counts.binary(num(stats.binaryLines)));
    if (stats.har?.skipped) counts.push(s.counts.skipped(num(stats.har.skipped)));
    if (stats.har?.cutStrings) counts.push(s.counts.cutValues(num(stats.har.cutStrings)));
    if (stats.cutLines) counts.push(s.counts.cutLines(num(stats.cutLines)));
    if (stats.replacementChars) counts.push(s.counts.notUtf8(num(stats.replacementChars)));
  }
  const percent =
    p.progress && p.progress.totalBytes > 0
      ? `${Math.floor((100 * p.progress.readBytes) / p.progress.totalBytes)}%`
      : '…';
  return (
    <main class="session" lang={p.locale}>
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      <p class="muted small">{s.privacy}</p>
      <label for="session-file">{s.fileLabel}</label>
      <input
        id="session-file"
        type="file"
        accept=".har,.json,.jsonl,.ndjson,.log,.txt,application/json,text/plain"
        disabled={p.reading}
        onChange={(e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (file) p.onFile(file);
        }}
      />
      <label for="session-text">{s.textLabel}</label>
      <textarea
        id="session-text"
        rows={6}
        spellcheck={false}
        value={p.text}
        onInput={(e) => p.onText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="paste-actions">
        <button
          type="button"
          class="read-text"
          disabled={p.reading || p.text.trim() === ''}
          onClick={() => p.onReadText()}
        >
          {s.readText}
        </button>
        {p.reading && (
          <button type="button" class="cancel" onClick={() => p.onCancel()}>
            {s.cancel}
          </button>
        )}
      </div>
      <div class="session-status" role="status" aria-live="polite">
        {p.reading && p.progress && <p class="progress">{s.reading(percent, num(p.progress.found))}</p>}
        {p.message && <p class={p.message.kind === 'error' ? 'error' : 'info'}>{p.message.text}</p>}
        {p.result?.problem && (
          <p class="error problem" data-problem={p.result.problem}>
            {s.problems[p.result.problem]}
          </p>
        )}
        {counts.length > 0 && <p class="muted small session-counts">{counts.join(' · ')}</p>}
        {p.result && p.result.rowsLeftOut > 0 && (
          <p class="muted small">{s.counts.moreRows(num(p.rows.length), num(p.rows.length + p.result.rowsLeftOut))}</p>
        )}
      </div>
      {p.result && (
        <SessionTimeline
          summary={p.result.summary}
          strings={s}
          ui={p.ui}
          locale={p.locale}
          {...(p.timeZone ? { timeZone: p.timeZone } : {})}
        />
      )}
      {(p.rows.length > 0 || p.result) && (
        <section class="session-list" aria-labelledby="session-list-title">
          <h2 id="session-list-title">{s.listTitle}</h2>
          {p.rows.length === 0 ? (
            <p class="muted">{s.noRows}</p>
          ) : (
            <>
              <div class="paste-actions">
                <button type="button" class="pick-all" disabled={p.reading || !!p.saving} onClick={() => p.onPickAll()}>
                  {s.pickAll}
                </button>
                <button
                  type="button"
                  class="save"
                  disabled={p.reading || !!p.saving || pickedCount === 0}
                  onClick={() => p.onSave()}
                >
                  {s.save(num(pickedCount))}
                </button>
                {p.saving && <span class="muted">{s.saving(num(p.saving.done), num(p.saving.total))}</span>}
              </div>
              <div class="table-wrap" tabIndex={0} aria-labelledby="session-list-title">
                <table class="session-table">
                  <thead>
                    <tr>
                      <th scope="col">{s.columns.pick}</th>
                      <th scope="col">{s.columns.time}</th>
                      <th scope="col">{s.columns.status}</th>
                      <th scope="col">{s.columns.owner}</th>
                      <th scope="col">{s.columns.bucket}</th>
                      <th scope="col">{s.columns.action}</th>
                      <th scope="col">{s.columns.reset}</th>
                      <th scope="col">{s.columns.request}</th>
                      <th scope="col">{s.columns.masks}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.rows.map((r) => {
                      const c = r.classification;
                      const wait = c.reset?.inSeconds;
                      return (
                        <tr
                          key={r.index}
                          data-index={r.index}
                          data-owner={c.owner}
                          data-bucket={c.bucket}
                          data-status={r.status ?? ''}
                        >
                          <td>
                            <input
                              type="checkbox"
                              class="pick"
                              aria-label={s.pickRow(num(r.index))}
                              checked={p.picked.has(r.index)}
                              disabled={p.reading || !!p.saving}
                              onChange={(e) => p.onPick(r.index, (e.currentTarget as HTMLInputElement).checked)}
                            />
                          </td>
                          <td>{r.time !== undefined ? fmt.format(new Date(r.time)) : '–'}</td>
                          <td>{r.status ?? '–'}</td>
                          {isStopRow(r) ? (
                            <>
                              <td>{p.ui.owners[c.owner]}</td>
                              <td>{p.ui.buckets[c.bucket]}</td>
                              <td>{p.ui.actions[c.action]}</td>
                            </>
                          ) : (
                            <td colSpan={3} class="muted ok-row">
                              {s.okRow(remainingHeaders(r.headers))}
                            </td>
                          )}
                          <td>
                            {c.reset?.at ? fmt.format(new Date(c.reset.at)) : wait === undefined ? s.noReset : ''}
                            {wait !== undefined && (
                              <span class="muted small"> {s.inSeconds(humanWait(wait, p.locale, s.waitUnits))}</span>
                            )}
                          </td>
                          <td class="request">
                            {r.method && <code>{r.method} </code>}
                            {r.url && <code>{r.url}</code>}
                            {(r.model || r.size || r.count) && (
                              <div class="muted small">
                                {[r.model, r.size, r.count !== undefined ? `n=${r.count}` : undefined]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </div>
                            )}
                            {r.bodyNote && <div class="muted small">{s.bodyNotes[r.bodyNote]}</div>}
                          </td>
                          <td class="masks">
                            {r.masks.length === 0 ? (
                              <span class="muted small">{s.masksNone}</span>
                            ) : (
                              <details>
                                <summary>{s.masksCount(num(r.masks.length))}</summary>
                                <ul class="mask-list small">
                                  {r.masks.map((m, i) => (
                                    <li key={i} data-field={m.field}>
                                      <code>{m.field}</code> → <code class="masked">{m.masked}</code>
                                    </li>
                                  ))}
                                </ul>
                              </details>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      )}
      <p class="session-footer">
        <a href="stop-history.html">{s.openHistory}</a>
      </p>
    </main>
  );
}
