import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTIONS, OWNERS, type Action, type Owner } from '../lib/domain/labels.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import type { HistoryPage, HistoryRow } from '../lib/storage/history-query.ts';

/** The filter form as typed (dates as the date inputs give them); the page turns it into a HistoryFilter. */
export interface HistoryFilterInput {
  owner: Owner | '';
  action: Action | '';
  site: string;
  fromDay: string;
  toDay: string;
  text: string;
}

export const EMPTY_HISTORY_FILTER: HistoryFilterInput = {
  owner: '',
  action: '',
  site: '',
  fromDay: '',
  toDay: '',
  text: '',
};

export type ExportScope = { kind: 'one'; id: number } | { kind: 'selected' } | { kind: 'matching' } | { kind: 'all' };

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  filter: HistoryFilterInput;
  onFilter: (patch: Partial<HistoryFilterInput>) => void;
  /** The current page of results; undefined until the first answer. */
  page?: HistoryPage;
  offset: number;
  pageSize: number;
  /** A query is running (the previous results stay shown meanwhile). */
  loading: boolean;
  error?: string;
  /** A short confirmation after a delete. */
  notice?: string;
  selected: ReadonlySet<number>;
  onSelect: (id: number, on: boolean) => void;
  onSelectPage: (ids: number[], on: boolean) => void;
  onPage: (offset: number) => void;
  onDelete: (id: number) => void;
  onClearAll: () => void;
  onExport: (scope: ExportScope) => void;
  /** The export panel, shown under the toolbar that opened it. */
  exportPanel?: ComponentChildren;
  /** The import section. */
  importPanel?: ComponentChildren;
}

/**
 * The history page: filters, one page of stops, paging, export and delete. Props in, no browser calls. Captured
 * text (the snippets) is untrusted and rendered as text only.
 */
export function HistoryView(props: Props) {
  const { strings, locale, filter, onFilter, page, offset, pageSize, loading, error, notice, selected } = props;
  const h = strings.history;
  const num = (n: number) => n.toLocaleString(locale);
  const when = (ms: number) => new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;
  // A first page shown before the counting finished: its rows are real, its totals are not yet.
  const counted = page?.counted !== false;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.floor(offset / pageSize) + 1;
  const filtered = Object.values(filter).some((v) => v !== '');
  const pageIds = rows.map((r) => r.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  return (
    <main class="history" lang={locale} aria-busy={loading ? 'true' : 'false'}>
      <header class="history-head">
        <h1>{h.title}</h1>
        <p class="intro">{h.intro}</p>
        <p class="small">
          {page && counted && <span class="history-stored">{h.stored(num(page.stored))}</span>}{' '}
          <a href="options.html" target="_blank" rel="noopener">
            {h.settingsLink}
          </a>
        </p>
      </header>

      <section class="history-filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{h.filtersTitle}</h2>
        <div class="filter-grid">
          <div class="field field-search">
            <label for="history-search">{h.searchLabel}</label>
            <input
              id="history-search"
              type="search"
              value={filter.text}
              maxLength={200}
              aria-describedby="history-search-hint"
              onInput={(e) => onFilter({ text: (e.currentTarget as HTMLInputElement).value })}
            />
            <span id="history-search-hint" class="muted small">
              {h.searchHint}
            </span>
          </div>
          <div class="field">
            <label for="history-owner">{h.ownerLabel}</label>
            <select
              id="history-owner"
              value={filter.owner}
              onChange={(e) => onFilter({ owner: (e.currentTarget as HTMLSelectElement).value as Owner | '' })}
            >
              <option value="">{h.any}</option>
              {OWNERS.map((o) => (
                <option key={o} value={o}>
                  {strings.owners[o]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="history-action">{h.actionLabel}</label>
            <select
              id="history-action"
              value={filter.action}
              onChange={(e) => onFilter({ action: (e.currentTarget as HTMLSelectElement).value as Action | '' })}
            >
              <option value="">{h.any}</option>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {strings.actions[a]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="history-site">{h.siteLabel}</label>
            <select
              id="history-site"
              value={filter.site}
              onChange={(e) => onFilter({ site: (e.currentTarget as HTMLSelectElement).value })}
            >
              <option value="">{h.any}</option>
              {[...new Set([...(page?.sites ?? []), ...(filter.site ? [filter.site] : [])])].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="history-from">{h.fromLabel}</label>
            <input
              id="history-from"
              type="date"
              value={filter.fromDay}
              max={filter.toDay || undefined}
              onInput={(e) => onFilter({ fromDay: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="history-to">{h.toLabel}</label>
            <input
              id="history-to"
              type="date"
              value={filter.toDay}
              min={filter.fromDay || undefined}
              onInput={(e) => onFilter({ toDay: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        </div>
        {filtered && (
          <button
            type="button"
            class="reset-filters"
            onClick={() => onFilter({ owner: '', action: '', site: '', fromDay: '', toDay: '', text: '' })}
          >
            {h.resetFilters}
          </button>
        )}
      </section>

      <section class="history-results" aria-labelledby="results-heading">
        <h2 id="results-heading">{h.resultsTitle}</h2>
        <p class="results-status" role="status" aria-live="polite">
          {error ? '' : statusText()}
        </p>
        {error && (
          <p role="alert" class="error">
            {h.loadError(error)}
          </p>
        )}
        {notice && <p class="notice small">{notice}</p>}
        {page?.capped && (
          <p class="capped small" data-capped={page.capped}>
            {page.capped === 'matches' ? h.cappedMatches(num(total)) : h.cappedTime}
          </p>
        )}

        {rows.length > 0 && (
          <div class="table-wrap">
            <table class="history-table">
              <caption class="visually-hidden">
                {page ? h.showing(num(offset + 1), num(offset + rows.length), num(total)) : h.resultsTitle}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="col-select">
                    <input
                      type="checkbox"
                      aria-label={h.selectPage}
                      checked={allOnPage}
                      onChange={(e) => props.onSelectPage(pageIds, (e.currentTarget as HTMLInputElement).checked)}
                    />
                  </th>
                  <th scope="col">{h.columns.seen}</th>
                  <th scope="col">{h.columns.owner}</th>
                  <th scope="col">{h.columns.action}</th>
                  <th scope="col">{h.columns.site}</th>
                  <th scope="col">{h.columns.text}</th>
                  <th scope="col">{h.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <HistoryRowView key={row.id} row={row} when={when(row.lastSeenAt)} {...props} />
                ))}
              </tbody>
            </table>
          </div>
        )}

        {counted && total > pageSize && (
          <nav class="pager" aria-label={h.pagination}>
            <button
              type="button"
              class="prev"
              disabled={current <= 1}
              onClick={() => props.onPage(Math.max(0, offset - pageSize))}
            >
              {h.previous}
            </button>
            <span class="page-of">{h.pageOf(num(current), num(pages))}</span>
            <button
              type="button"
              class="next"
              disabled={current >= pages}
              onClick={() => props.onPage(offset + pageSize)}
            >
              {h.next}
            </button>
          </nav>
        )}

        {page && counted && page.stored > 0 && (
          <div class="history-toolbar" role="group" aria-label={strings.export.title}>
            <button
              type="button"
              class="export-selected"
              disabled={selected.size === 0}
              onClick={() => props.onExport({ kind: 'selected' })}
            >
              {h.exportSelected(num(selected.size))}
            </button>
            {filtered && (
              <button
                type="button"
                class="export-matching"
                disabled={total === 0}
                onClick={() => props.onExport({ kind: 'matching' })}
              >
                {h.exportMatching(num(total))}
              </button>
            )}
            <button type="button" class="export-all" onClick={() => props.onExport({ kind: 'all' })}>
              {h.exportAll(num(page.stored))}
            </button>
            <ClearAll strings={strings} stored={num(page.stored)} onClearAll={props.onClearAll} />
          </div>
        )}
        {props.exportPanel}
      </section>

      {props.importPanel}
    </main>
  );

  function statusText(): string {
    if (!page || !counted) return h.searching;
    if (page.stored === 0) return h.empty;
    if (total === 0) return loading ? h.searching : h.none;
    const shown = h.showing(num(offset + 1), num(offset + rows.length), num(total));
    return loading ? `${shown} · ${h.searching}` : shown;
  }
}

function HistoryRowView({
  row,
  when,
  strings,
  selected,
  onSelect,
  onDelete,
  onExport,
}: Props & { row: HistoryRow; when: string }) {
  const h = strings.history;
  return (
    <tr data-id={row.id} data-owner={row.owner} data-action={row.action} class={`owner-${row.owner}`}>
      <td class="col-select">
        <input
          type="checkbox"
          aria-label={h.selectRow(when)}
          checked={selected.has(row.id)}
          onChange={(e) => onSelect(row.id, (e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td class="col-seen">
        <time dateTime={new Date(row.lastSeenAt).toISOString()}>{when}</time>
        <span class="muted small"> · {strings.seenTimes(row.count)}</span>
      </td>
      <td class="col-owner">
        <span class="badge">{strings.owners[row.owner]}</span>
        <span class="muted small block">{strings.buckets[row.bucket]}</span>
      </td>
      <td class="col-action">{strings.actions[row.action]}</td>
      <td class="col-site">
        {row.site}
        <span class="muted small block">
          {h.layers[row.layer]}
          {row.screenshots > 0 ? ` · ${h.screenshots(row.screenshots)}` : ''}
        </span>
      </td>
      <td class="col-text">
        <span class="snippet">{row.snippet}</span>
      </td>
      <td class="col-actions">
        <a href={`packet.html?id=${row.id}`} target="_blank" rel="noopener" aria-label={h.openPacketLabel(when)}>
          {h.openPacket}
        </a>
        <button
          type="button"
          class="export-one"
          aria-label={h.exportOneLabel(when)}
          onClick={() => onExport({ kind: 'one', id: row.id })}
        >
          {h.exportOne}
        </button>
        <button type="button" class="delete-one" aria-label={h.deleteLabel(when)} onClick={() => onDelete(row.id)}>
          {strings.delete}
        </button>
      </td>
    </tr>
  );
}

/** "Delete all…" asks first, inline; the safe choice (Cancel) has the focus. */
function ClearAll({ strings, stored, onClearAll }: { strings: UiStrings; stored: string; onClearAll: () => void }) {
  const h = strings.history;
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="clear-all danger" onClick={() => setAsking(true)}>
        {h.clearAll}
      </button>
    );
  }
  return (
    <div class="clear-confirm" role="group" aria-labelledby="clear-confirm-text">
      <p id="clear-confirm-text">{h.clearConfirm(stored)}</p>
      <button
        type="button"
        class="clear-yes danger"
        onClick={() => {
          setAsking(false);
          onClearAll();
        }}
      >
        {h.clearYes}
      </button>
      <button type="button" class="clear-cancel" ref={cancelRef} onClick={() => setAsking(false)}>
        {h.cancel}
      </button>
    </div>
  );
}
