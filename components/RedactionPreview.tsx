import { REDACTION_KINDS, type RedactionPreview as Preview } from '../lib/export/redact.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  /** previewRedaction's answer for the stops being exported, with the options chosen. */
  preview: Preview;
  /** Whether masking is on: when off, nothing is masked and the view says so plainly. */
  redact: boolean;
  /** Findings listed one by one; the rest are counted. */
  maxListed?: number;
}

/**
 * What an export will mask, shown before anything is saved: counts by kind, then each finding with its field,
 * the captured value and its mask. The captured values are untrusted text (rendered as text), shown here
 * locally only; they never reach the file.
 */
export function RedactionPreview({ strings, locale, preview, redact, maxListed = 50 }: Props) {
  const r = strings.redaction;
  const num = (n: number) => n.toLocaleString(locale);
  if (!redact) {
    return (
      <section class="redaction-preview redaction-off" aria-labelledby="redaction-heading">
        <h3 id="redaction-heading">{r.title}</h3>
        <p role="alert" class="warning">
          {r.off}
        </p>
      </section>
    );
  }
  const total = preview.findings.length;
  const listed = preview.findings.slice(0, maxListed);
  return (
    <section class="redaction-preview" aria-labelledby="redaction-heading" data-findings={total}>
      <h3 id="redaction-heading">{r.title}</h3>
      {total === 0 ? (
        <p class="muted">{r.nothing}</p>
      ) : (
        <>
          <p class="redaction-summary">
            {r.summary(num(total))}{' '}
            {REDACTION_KINDS.filter((k) => preview.counts[k]).map((k, i) => (
              <span key={k} class="redaction-count" data-kind={k}>
                {i > 0 ? ', ' : ''}
                {r.kinds[k]}: {num(preview.counts[k]!)}
              </span>
            ))}
          </p>
          <div class="table-wrap" tabIndex={0} aria-labelledby="redaction-heading">
            <table class="redaction-table">
              <thead>
                <tr>
                  <th scope="col">{r.columns.stop}</th>
                  <th scope="col">{r.columns.field}</th>
                  <th scope="col">{r.columns.kind}</th>
                  <th scope="col">{r.columns.original}</th>
                  <th scope="col">{r.columns.masked}</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((f, i) => (
                  <tr key={i} data-kind={f.kind}>
                    <td>{num(f.record + 1)}</td>
                    <td>
                      <code>{f.field ?? ''}</code>
                    </td>
                    <td>{r.kinds[f.kind]}</td>
                    <td class="original">
                      <code>{clip(f.original)}</code>
                    </td>
                    <td class="masked">
                      <code>{f.masked}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > listed.length && <p class="muted small">{r.more(num(total - listed.length))}</p>}
          <p class="muted small">{r.localNote}</p>
        </>
      )}
    </section>
  );
}

/** A private key block or a long cookie is recognisable by its start: the preview needs no more. */
function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
