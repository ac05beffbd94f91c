import { useEffect, useRef } from 'preact/hooks';
import type { ExportFileKind } from '../lib/export/files.ts';
import type { RedactionPreview as Preview } from '../lib/export/redact.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import { RedactionPreview } from './RedactionPreview.tsx';

export interface ExportOptions {
  redact: boolean;
  conversationIds: boolean;
}

export type ExportStage =
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'previewing' }
  | { kind: 'ready'; preview: Preview };

export interface ExportMessage {
  kind: 'info' | 'error';
  text: string;
}

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  /** Stops in this export. */
  count: number;
  stage: ExportStage;
  options: ExportOptions;
  onOptions: (patch: Partial<ExportOptions>) => void;
  /** Screenshots kept with these stops: the evidence bundle is offered only when there are some. */
  screenshots: number;
  /** Set when the JSON came out larger than import reads (EXPORT_LIMITS.fileChars): warn, then let the user choose. */
  tooLarge?: { chars: number; limitChars: number };
  busy: boolean;
  message?: ExportMessage;
  onSave: (kind: ExportFileKind) => void;
  /** Save the JSON despite the size warning. */
  onSaveAnyway: () => void;
  onClose: () => void;
}

const MB = 1024 * 1024;

/**
 * Export of one stop, a selection or everything: masking options (on by default), the redaction preview, then one
 * button per format. Nothing is saved until a format is chosen, after the preview is on screen.
 */
export function ExportPanel(props: Props) {
  const { strings, locale, count, stage, options, busy, message, tooLarge } = props;
  const e = strings.export;
  const num = (n: number) => n.toLocaleString(locale);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening the panel moves the keyboard focus to it.
  useEffect(() => headingRef.current?.focus(), []);
  const ready = stage.kind === 'ready';
  const formats: { kind: ExportFileKind; label: string; hint: string }[] = [
    { kind: 'json', label: e.json, hint: e.jsonHint },
    { kind: 'csv', label: e.csv, hint: e.csvHint },
    { kind: 'md', label: e.md, hint: e.mdHint },
    ...(props.screenshots > 0 ? [{ kind: 'zip' as const, label: e.zip, hint: e.zipHint(props.screenshots) }] : []),
  ];

  return (
    <section class="export-panel" aria-labelledby="export-heading" data-stage={stage.kind}>
      <h2 id="export-heading" tabIndex={-1} ref={headingRef}>
        {e.title}
      </h2>
      <p>{e.scope(num(count))}</p>

      <fieldset class="export-options">
        <legend class="visually-hidden">{e.title}</legend>
        <div class="check">
          <input
            id="export-redact"
            type="checkbox"
            checked={options.redact}
            aria-describedby="export-redact-hint"
            onChange={(ev) => props.onOptions({ redact: (ev.currentTarget as HTMLInputElement).checked })}
          />
          <label for="export-redact">{e.redact}</label>
          <span id="export-redact-hint" class="muted small block">
            {e.redactHint}
          </span>
        </div>
        <div class="check">
          <input
            id="export-conversation-ids"
            type="checkbox"
            checked={options.redact && options.conversationIds}
            disabled={!options.redact}
            aria-describedby="export-conversation-hint"
            onChange={(ev) => props.onOptions({ conversationIds: (ev.currentTarget as HTMLInputElement).checked })}
          />
          <label for="export-conversation-ids">{e.conversationIds}</label>
          <span id="export-conversation-hint" class="muted small block">
            {e.conversationIdsHint}
          </span>
        </div>
      </fieldset>

      {stage.kind === 'loading' && (
        <p role="status" class="muted">
          {e.loading(num(stage.done), num(stage.total))}
        </p>
      )}
      {stage.kind === 'previewing' && (
        <p role="status" class="muted">
          {e.preparing}
        </p>
      )}
      {stage.kind === 'ready' && (
        <RedactionPreview strings={strings} locale={locale} preview={stage.preview} redact={options.redact} />
      )}

      {props.screenshots > 0 && <p class="warning small">{e.screenshotsNotRedacted}</p>}

      <fieldset class="export-formats" disabled={!ready || busy}>
        <legend>{e.formats}</legend>
        {formats.map((f) => (
          <button key={f.kind} type="button" class={`save-${f.kind}`} onClick={() => props.onSave(f.kind)}>
            {f.label} <span class="muted small">({f.hint})</span>
          </button>
        ))}
      </fieldset>

      {tooLarge && (
        <div class="too-large" role="alert">
          <p>{e.tooLarge((tooLarge.chars / MB).toFixed(1), (tooLarge.limitChars / MB).toFixed(0))}</p>
          <button type="button" class="save-anyway" onClick={props.onSaveAnyway}>
            {e.saveAnyway}
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind === 'error' ? 'error' : 'notice'}>
          {message.text}
        </p>
      )}
      <button type="button" class="export-close" onClick={props.onClose}>
        {e.close}
      </button>
    </section>
  );
}
