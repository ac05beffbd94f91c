import { isJpegDataUrl } from '../lib/evidence/screenshot.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import type { ScreenshotRecord } from '../lib/domain/shapes.ts';

interface Props {
  screenshots: readonly ScreenshotRecord[];
  strings: UiStrings;
  locale: UiLocale;
  /** Heading level, so the section fits the page that embeds it (the packet page's sections are h2). */
  headingLevel?: 2 | 3;
}

/**
 * The screenshots kept with a stop (opt-in), for its packet. Only a JPEG data URL made by the browser is ever shown
 * (never a remote address); nothing here is rendered as markup.
 */
export function HistoryScreenshots({ screenshots, strings, locale, headingLevel = 2 }: Props) {
  const h = strings.history;
  const shown = screenshots.filter((s) => isJpegDataUrl(s.dataUrl));
  if (shown.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const num = (n: number) => n.toLocaleString(locale);
  return (
    <section class="stop-screenshots" aria-labelledby="stop-screenshots-heading">
      <Heading id="stop-screenshots-heading">{h.screenshotsTitle}</Heading>
      <p class="muted small">{h.screenshotsNote}</p>
      {shown.map((s, i) => {
        const when = new Date(s.takenAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
        return (
          <figure key={s.id ?? i} class="stop-screenshot">
            <img
              src={s.dataUrl}
              alt={h.screenshotAlt(num(i + 1), when)}
              loading="lazy"
              style={{ maxWidth: '100%', height: 'auto', border: '1px solid var(--line)' }}
            />
            <figcaption class="muted small">
              <time dateTime={new Date(s.takenAt).toISOString()}>{when}</time>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
