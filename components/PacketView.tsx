import { HistoryScreenshots } from './HistoryScreenshots.tsx';
import { buildPacket, tierTableFor, type PacketRow } from '../lib/evidence/packet.ts';
import { explain } from '../lib/explain/explain.ts';
import type { Action, Bucket } from '../lib/domain/labels.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import type { ScreenshotRecord, StopRecord } from '../lib/domain/shapes.ts';

interface Props {
  stop: StopRecord;
  strings: UiStrings;
  locale: UiLocale;
  /** Heading level of the packet's title, so the view fits the page that embeds it. */
  headingLevel?: 1 | 2;
  /** Pictures of the tab taken when the stop was captured (opt-in). */
  screenshots?: ScreenshotRecord[];
}

const LONG_FIELDS = new Set<PacketRow['field']>(['body', 'headers', 'seen-text', 'reasons']);
const TIME_FIELDS = new Set<PacketRow['field']>(['first-seen', 'last-seen', 'reset', 'other-reset']);

/**
 * The incident packet: every field with its value and where it came from. Captured text is untrusted and only
 * ever rendered as text nodes. The API tier table appears only beside an OpenAI API stop, as a dated general
 * ceiling, never as the user's own limit.
 */
export function PacketView({ stop, strings, locale, headingLevel = 2, screenshots }: Props) {
  const s = strings.packet;
  const rows = buildPacket(stop);
  const model = rows.find((r) => r.field === 'model')?.value || undefined;
  const tier = tierTableFor(stop, model);
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const titleId = `packet-title-${stop.id ?? 'draft'}`;

  function value(row: PacketRow) {
    if (!row.value) return <span class="muted">{s.notReported}</span>;
    if (row.field === 'owner') return labelled(explain(stop.classification, strings).owner, row.value);
    if (row.field === 'bucket') return labelled(strings.buckets[row.value as Bucket], row.value);
    if (row.field === 'action') return labelled(strings.actions[row.value as Action], row.value);
    if (row.field === 'monthly-usage') return labelled(s.monthly[row.value as keyof typeof s.monthly], row.value);
    if (TIME_FIELDS.has(row.field) && /^\d{4}-\d\d-\d\dT/.test(row.value)) {
      const when = new Date(row.value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
      return labelled(when, row.value);
    }
    if (LONG_FIELDS.has(row.field)) {
      return (
        <>
          <pre class="packet-text" tabIndex={0}>
            {row.value}
          </pre>
          {row.truncated && <span class="muted small">{s.truncated}</span>}
        </>
      );
    }
    return <span class="packet-value">{row.value}</span>;
  }

  return (
    <section class="packet" data-owner={stop.classification.owner} aria-labelledby={titleId}>
      <Title id={titleId}>{s.title}</Title>
      <p class="intro">{s.intro}</p>
      <table class="packet-rows">
        <thead>
          <tr>
            <th scope="col">{s.field}</th>
            <th scope="col">{s.value}</th>
            <th scope="col">{s.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} data-field={row.field} data-source={row.source}>
              <th scope="row">{s.fields[row.field]}</th>
              <td>{value(row)}</td>
              <td class="packet-source">
                {s.sources[row.source]}
                {row.detail && (
                  <>
                    {' '}
                    <code>{row.detail}</code>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tier && (
        <section class="tier-table" aria-labelledby={`${titleId}-tier`}>
          <Sub id={`${titleId}-tier`}>{s.tierTitle(tier.model)}</Sub>
          <p class="muted">{s.tierCaption(tier.checked)}</p>
          {!model && <p class="muted tier-model-unknown">{s.tierModelUnknown(tier.model)}</p>}
          <table>
            <thead>
              <tr>
                <th scope="col">{s.tierHeaders.tier}</th>
                <th scope="col">{s.tierHeaders.tpm}</th>
                <th scope="col">{s.tierHeaders.ipm}</th>
              </tr>
            </thead>
            <tbody>
              {tier.rows.map((r) => (
                <tr key={r.tier}>
                  <th scope="row">{r.tier}</th>
                  <td>{r.tpm === undefined ? s.tierNotSupported : r.tpm.toLocaleString(locale)}</td>
                  <td>{r.ipm === undefined ? s.tierNotSupported : r.ipm.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {screenshots && screenshots.length > 0 && (
        <HistoryScreenshots
          screenshots={screenshots}
          strings={strings}
          locale={locale}
          headingLevel={headingLevel === 1 ? 2 : 3}
        />
      )}
    </section>
  );
}

function labelled(text: string | undefined, id: string) {
  return (
    <>
      {text ?? id} <code class="muted">{id}</code>
    </>
  );
}
