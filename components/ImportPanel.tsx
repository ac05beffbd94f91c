import { OWNERS } from '../lib/domain/labels.ts';
import type { ImportSummary } from '../lib/export/json.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  /** parseExportJson refused the file: its error names the line and column, or the field. */
  | { kind: 'invalid'; fileName: string; error: string }
  | { kind: 'ready'; fileName: string; count: number; exportedAt: string; redacted: boolean; repaired?: number }
  | { kind: 'importing'; fileName: string }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; message: string };

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  state: ImportState;
  onFile: (file: File) => void;
  onImport: () => void;
}

/**
 * Import of a Limit Lens JSON export: choose a file, see what it holds (or exactly what is wrong with it), import,
 * then see what was added. A refused file changes nothing stored, and says so.
 */
export function ImportPanel({ strings, locale, state, onFile, onImport }: Props) {
  const s = strings.import;
  const num = (n: number) => n.toLocaleString(locale);
  const busy = state.kind === 'reading' || state.kind === 'importing';
  return (
    <section class="import-panel" aria-labelledby="import-heading" data-state={state.kind}>
      <h2 id="import-heading">{s.title}</h2>
      <p class="muted">{s.intro}</p>
      <label for="import-file">{s.fileLabel}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          // Choosing the same file again (after fixing it) must fire again.
          input.value = '';
        }}
      />
      <div class="import-result" aria-live="polite">
        {state.kind === 'reading' && <p class="muted">{s.reading}</p>}
        {state.kind === 'importing' && <p class="muted">{s.importing}</p>}
        {state.kind === 'invalid' && (
          <div role="alert" class="import-error">
            <p>
              <strong>{s.invalid(state.fileName)}</strong>
            </p>
            <p class="import-error-detail">
              <code>{state.error}</code>
            </p>
            <p>{s.unchanged}</p>
          </div>
        )}
        {state.kind === 'failed' && (
          <p role="alert" class="error">
            {s.failed(state.message)} {s.unchanged}
          </p>
        )}
        {state.kind === 'ready' && (
          <div class="import-ready">
            <p>
              {s.ready(num(state.count), formatExportedAt(state.exportedAt, locale))}{' '}
              {state.redacted ? s.redactedFile : ''}
            </p>
            {state.repaired ? <p class="import-repaired">{s.repaired(num(state.repaired))}</p> : null}
            <button type="button" class="import-go" onClick={onImport}>
              {s.importButton}
            </button>
          </div>
        )}
        {state.kind === 'done' && (
          <div class="import-summary" role="status">
            <p>{s.done(num(state.summary.added), num(state.summary.duplicates))}</p>
            {state.summary.added > 0 && (
              <>
                <h3 id="import-owners">{s.byOwner}</h3>
                <dl class="facts" aria-labelledby="import-owners">
                  {OWNERS.filter((o) => state.summary.byOwner[o] > 0).map((o) => (
                    <div key={o} class="import-owner" data-owner={o}>
                      <dt>{strings.owners[o]}</dt>
                      <dd>{num(state.summary.byOwner[o])}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function formatExportedAt(iso: string, locale: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : iso;
}
