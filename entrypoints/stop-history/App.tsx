import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ExportPanel, type ExportMessage, type ExportOptions, type ExportStage } from '@/components/ExportPanel.tsx';
import {
  EMPTY_HISTORY_FILTER,
  HistoryView,
  type ExportScope,
  type HistoryFilterInput,
} from '@/components/HistoryView.tsx';
import { ImportPanel, type ImportState } from '@/components/ImportPanel.tsx';
import { EXPORT_MIME, type ExportFileKind } from '@/lib/export/files.ts';
import { buildExportFile, previewRedactionInChunks } from '@/lib/export/pipeline.ts';
import { EXPORT_LIMITS, parseExportJson, planImport, type ExportedStop } from '@/lib/export/index.ts';
import { STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import { listenForStopsChanged } from '@/lib/messages/stops-changed.ts';
import { isNewerSchemaError, LimitLensDb } from '@/lib/storage/db.ts';
import { keptAsideItem } from '@/lib/storage/kept-aside-store.ts';
import { STORAGE_STRINGS } from '@/lib/i18n/storage-strings.ts';
import {
  createHistoryQueries,
  dayRange,
  firstHistoryPage,
  type HistoryFilter,
  type HistoryPage,
} from '@/lib/storage/history-query.ts';
import type { ScreenshotRecord, StopRecord } from '@/lib/domain/shapes.ts';
import { pageRequest as request } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';
import '../packet/page.css';
import './history.css';

// This page reads the extension's database itself (read-only, lib/storage/history-query.ts), shows, builds files
// (lib/export/pipeline.ts) and saves them; the background deletes and imports (every write is its own).
const db = new LimitLensDb();
const queries = createHistoryQueries(db);
const PAGE_SIZE = 50;
/** Typing waits this long before searching, so a word is one query, not one per letter. */
const SEARCH_DEBOUNCE_MS = 300;
/** Ids per getStops / listScreenshots request (the schema's maximum). */
const CHUNK = 500;

function toFilter(input: HistoryFilterInput): HistoryFilter {
  return {
    ...(input.owner ? { owner: input.owner } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.site ? { site: input.site } : {}),
    ...dayRange(input.fromDay, input.toDay),
    ...(input.text.trim() ? { text: input.text.trim() } : {}),
  };
}

/** A Blob and `<a download>`: needs no permission, and the browser asks where to save when the user wants it to. */
function saveFile(data: BlobPart, kind: ExportFileKind, name: string) {
  const url = URL.createObjectURL(new Blob([data], { type: EXPORT_MIME[kind] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface ExportJob {
  ids: number[];
  records?: StopRecord[];
  screenshots: ScreenshotRecord[];
  stage: ExportStage;
  tooLarge?: { chars: number; limitChars: number };
  message?: ExportMessage;
}

export function HistoryPageApp({ locale }: { locale: UiLocale }) {
  const strings = STRINGS[locale];
  const [input, setInput] = useState<HistoryFilterInput>(EMPTY_HISTORY_FILTER);
  const [searchText, setSearchText] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<HistoryPage>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [reloads, setReloads] = useState(0);
  const [job, setJob] = useState<ExportJob>();
  const [options, setOptions] = useState<ExportOptions>({ redact: true, conversationIds: false });
  const [busy, setBusy] = useState(false);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const importing = useRef<ExportedStop[] | undefined>(undefined);
  const latestQuery = useRef(0);
  // Until the first counted page arrives, a bounded read of the newest stops is shown (nothing counted or scanned).
  const counting = useRef(true);
  /** After a write (here or elsewhere): the cached search is stale, and the page is read again. */
  const reload = () => {
    queries.invalidate();
    setReloads((n) => n + 1);
  };

  // The text waits for a pause in typing; every other filter applies at once.
  useEffect(() => {
    const t = setTimeout(() => setSearchText(input.text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [input.text]);
  const filter = useMemo(
    () => toFilter({ ...input, text: searchText }),
    [input.owner, input.action, input.site, input.fromDay, input.toDay, searchText],
  );

  useEffect(() => {
    const seq = ++latestQuery.current;
    setLoading(true);
    if (counting.current && offset === 0 && Object.keys(filter).length === 0) {
      void firstHistoryPage(db, PAGE_SIZE).then(
        (first) => seq === latestQuery.current && counting.current && setPage(first),
        () => {},
      );
    }
    queries.query({ filter, offset, limit: PAGE_SIZE }).then(
      (r) => {
        // An answer to an older query (typing moved on) is dropped.
        if (seq !== latestQuery.current) return;
        counting.current = false;
        if (r.rows.length === 0 && offset > 0 && r.total > 0)
          return setOffset(Math.max(0, Math.floor((r.total - 1) / PAGE_SIZE) * PAGE_SIZE));
        setPage(r);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (seq !== latestQuery.current) return;
        // A newer release's database: a state to explain, not an error (lib/storage/db.ts).
        if (isNewerSchemaError(e))
          void keptAsideItem.getValue().then((kept) => setNotice(STORAGE_STRINGS[locale].newerSchema(kept.length)));
        else setError(String(e));
        setLoading(false);
      },
    );
  }, [filter, offset, reloads]);

  // Stops captured, deleted or imported elsewhere show up here without a reload.
  useEffect(() => {
    return listenForStopsChanged(reload);
  }, []);

  function onFilter(patch: Partial<HistoryFilterInput>) {
    setInput((prev) => ({ ...prev, ...patch }));
    setOffset(0);
    setNotice(undefined);
  }

  async function onDelete(id: number) {
    const r = await request('deleteStop', { id });
    setSelected((prev) => new Set([...prev].filter((x) => x !== id)));
    if (r.ok) setNotice(strings.history.deleted);
    reload();
  }

  async function onClearAll() {
    const r = await request('clearStops', {});
    setSelected(new Set());
    setJob(undefined);
    setNotice(strings.history.cleared(r.removed.toLocaleString(locale)));
    reload();
  }

  // ── export ──
  async function idsFor(scope: ExportScope): Promise<number[]> {
    if (scope.kind === 'one') return [scope.id];
    if (scope.kind === 'selected') return [...selected];
    const r = await queries.query({
      filter: scope.kind === 'matching' ? filter : {},
      offset: 0,
      limit: 1,
      withIds: true,
    });
    return r.ids ?? [];
  }

  async function onExport(scope: ExportScope) {
    setNotice(undefined);
    // Every export starts masked, conversation ids kept: the safe default, whatever the last one used.
    const fresh: ExportOptions = { redact: true, conversationIds: false };
    setOptions(fresh);
    const ids = await idsFor(scope);
    const base: ExportJob = { ids, screenshots: [], stage: { kind: 'loading', done: 0, total: ids.length } };
    setJob(base);
    try {
      const records: StopRecord[] = [];
      const screenshots: ScreenshotRecord[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        const [r, s] = await Promise.all([
          request('getStops', { ids: chunk }),
          request('listScreenshots', { stopIds: chunk }),
        ]);
        records.push(...r.stops);
        screenshots.push(...s.screenshots);
        setJob({ ...base, stage: { kind: 'loading', done: Math.min(i + CHUNK, ids.length), total: ids.length } });
      }
      // Newest first, as the history and the popup list them.
      records.sort((a, b) => b.lastSeenAt - a.lastSeenAt);
      const next = { ...base, records, screenshots };
      setJob({ ...next, stage: { kind: 'previewing' } });
      setJob({
        ...next,
        stage: { kind: 'ready', preview: await previewRedactionInChunks(records, fresh.conversationIds) },
      });
    } catch (e) {
      setJob({
        ...base,
        stage: { kind: 'previewing' },
        message: { kind: 'error', text: strings.export.failed(String(e)) },
      });
    }
  }

  async function onOptions(patch: Partial<ExportOptions>) {
    const next = { ...options, ...patch };
    setOptions(next);
    if (!job?.records || next.conversationIds === options.conversationIds) return;
    // The conversation-id option changes what is masked: the preview is made again before anything can be saved.
    const records = job.records;
    setJob({ ...job, tooLarge: undefined, message: undefined, stage: { kind: 'previewing' } });
    const preview = await previewRedactionInChunks(records, next.conversationIds);
    setJob((j) => (j && j.records === records ? { ...j, stage: { kind: 'ready', preview } } : j));
  }

  function onSave(kind: ExportFileKind, confirmedLarge = false) {
    if (!job?.records) return;
    setBusy(true);
    try {
      const file = buildExportFile(kind, job.records, job.screenshots, {
        ...options,
        locale,
        now: Date.now(),
        appVersion: browser.runtime.getManifest().version,
        confirmedLarge,
      });
      if (!file.ok) {
        setJob({ ...job, tooLarge: file.tooLarge, message: undefined });
        return;
      }
      const { data, name } = file;
      saveFile(data, kind, name);
      setJob({ ...job, tooLarge: undefined, message: { kind: 'info', text: strings.export.saved(name) } });
    } catch (e) {
      setJob({ ...job, message: { kind: 'error', text: strings.export.failed(String(e)) } });
    } finally {
      setBusy(false);
    }
  }

  // ── import ──
  async function onFile(file: File) {
    importing.current = undefined;
    setImportState({ kind: 'reading', fileName: file.name });
    // A file far over the limit (4 bytes can make one character) is refused without reading it into memory;
    // parseExportJson checks the exact number of characters of anything smaller.
    if (file.size > EXPORT_LIMITS.fileChars * 4) {
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(0);
      const error = strings.import.tooLarge(mb(file.size), mb(EXPORT_LIMITS.fileChars));
      return setImportState({ kind: 'invalid', fileName: file.name, error });
    }
    const parsed = parseExportJson(await file.text());
    if (!parsed.ok) return setImportState({ kind: 'invalid', fileName: file.name, error: parsed.error });
    if (parsed.stops.length === 0) return setImportState({ kind: 'done', summary: planImport(new Set(), []).summary });
    importing.current = parsed.stops;
    setImportState({
      kind: 'ready',
      fileName: file.name,
      count: parsed.stops.length,
      exportedAt: parsed.exportedAt,
      redacted: parsed.redacted,
      repaired: parsed.repaired,
    });
  }

  async function onImport() {
    const stops = importing.current;
    if (!stops || importState.kind !== 'ready') return;
    setImportState({ kind: 'importing', fileName: importState.fileName });
    try {
      const r = await request('importStops', { stops });
      importing.current = undefined;
      if (r.ok) setImportState({ kind: 'done', summary: r.summary });
      else
        setImportState({
          kind: 'failed',
          message: r.quota ? strings.import.storageFull : strings.import.writeFailed(r.name),
        });
    } catch (e) {
      setImportState({ kind: 'failed', message: String(e) });
    }
    reload();
  }

  return (
    <HistoryView
      strings={strings}
      locale={locale}
      filter={input}
      onFilter={onFilter}
      {...(page ? { page } : {})}
      offset={offset}
      pageSize={PAGE_SIZE}
      loading={loading || searchText !== input.text}
      {...(error ? { error } : {})}
      {...(notice ? { notice } : {})}
      selected={selected}
      onSelect={(id, on) =>
        setSelected((prev) => (on ? new Set([...prev, id]) : new Set([...prev].filter((x) => x !== id))))
      }
      onSelectPage={(ids, on) =>
        setSelected((prev) => (on ? new Set([...prev, ...ids]) : new Set([...prev].filter((x) => !ids.includes(x)))))
      }
      onPage={setOffset}
      onDelete={(id) => void onDelete(id)}
      onClearAll={() => void onClearAll()}
      onExport={(scope) => void onExport(scope)}
      exportPanel={
        job && (
          <ExportPanel
            strings={strings}
            locale={locale}
            count={job.records?.length ?? job.ids.length}
            stage={job.stage}
            options={options}
            onOptions={(p) => void onOptions(p)}
            screenshots={job.screenshots.length}
            {...(job.tooLarge ? { tooLarge: job.tooLarge } : {})}
            busy={busy}
            {...(job.message ? { message: job.message } : {})}
            onSave={(kind) => onSave(kind)}
            onSaveAnyway={() => onSave('json', true)}
            onClose={() => setJob(undefined)}
          />
        )
      }
      importPanel={
        <ImportPanel
          strings={strings}
          locale={locale}
          state={importState}
          onFile={(f) => void onFile(f)}
          onImport={() => void onImport()}
        />
      }
    />
  );
}
