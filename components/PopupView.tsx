import type { AllowanceSnapshot, StopRecord } from '../lib/domain/shapes.ts';
import { AllowanceLine } from './AllowanceLine.tsx';
import type { UiLocale } from '../lib/i18n/languages.ts';
import type { CardStrings } from '../lib/i18n/types/index.ts';
import { StopCard } from './StopCard.tsx';

interface Props {
  stops: StopRecord[] | undefined;
  /** ChatGPT's own image allowance report, when one was seen. */
  imageAllowance?: AllowanceSnapshot;
  error?: string;
  /** In place of the list: why there is nothing to show that is not an error (a newer release's database). */
  notice?: string;
  /** The background's latest failed save (a full disk), in its own words. */
  storageError?: string;
  strings: CardStrings;
  locale: UiLocale;
  now?: () => number;
}

export function PopupView({ stops, imageAllowance, error, notice, storageError, strings, locale, now }: Props) {
  const [latest, ...recent] = stops ?? [];
  return (
    <main class="popup" lang={locale}>
      <h1>{strings.appTitle}</h1>
      {error && (
        <p role="alert">
          {strings.loadError} {error}
        </p>
      )}
      {notice && (
        <p role="status" class="notice newer-schema">
          {notice}
        </p>
      )}
      {storageError && (
        <p role="alert" class="save-failed">
          {strings.saveFailed} <span class="muted small">({storageError})</span>
        </p>
      )}
      {stops && !latest && (
        <section class="empty">
          <h2>{strings.emptyTitle}</h2>
          <p>{strings.emptyBody}</p>
        </section>
      )}
      {latest && (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{strings.latest}</h2>
          <StopCard stop={latest} strings={strings} locale={locale} detailed now={now} />
        </section>
      )}
      {stops && <AllowanceLine allowance={imageAllowance} strings={strings} locale={locale} />}
      {recent.length > 0 && (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{strings.recent}</h2>
          {recent.map((s) => (
            <StopCard key={s.id} stop={s} strings={strings} locale={locale} detailed={false} now={now} />
          ))}
        </section>
      )}
      <nav class="popup-links small">
        <a href="stop-history.html" target="_blank" rel="noopener">
          {strings.historyLink}
        </a>
        <a href="paste.html" target="_blank" rel="noopener">
          {strings.pasteLink}
        </a>
        <a href="options.html" target="_blank" rel="noopener">
          {strings.providersLink}
        </a>
      </nav>
    </main>
  );
}
