import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { listenForStopsChanged } from '@/lib/messages/stops-changed.ts';
import { LANGUAGES, type UiLocale } from '@/lib/i18n/languages.ts';
import type { CardStrings } from '@/lib/i18n/types/index.ts';
import { normalizeSettings, resolveLocale } from '@/lib/settings/settings.ts';
import { isNewerSchemaError } from '@/lib/storage/db-meta.ts';
import { type FirstRead, readShown as read, type Shown, startFirstReads } from './first-reads.ts';

// The popup reads the extension's database itself (read-only): it never waits for, nor wakes, the background. Its
// first paint runs only what the first card needs: no Dexie (lib/storage/first-paint-read.ts), no storage wrapper
// (the two storage keys are read as they are), only the card words (not every language's every page:
// lib/i18n/languages.ts), and the rest (the what's-new line, the health notice) after it, from a script of its own.
// It is built as one plain script (entrypoints/popup-view.tsx): no module graph to fetch before the first line runs.

/**
 * The locale and its card words. The settings as WXT's `local:settings` item stores them (lib/settings/store.ts),
 * read without loading WXT's storage.
 */
async function readLocale(stored: Promise<unknown>): Promise<{ locale: UiLocale; strings: CardStrings }> {
  const settings = await stored;
  const locale = resolveLocale(normalizeSettings(settings), browser.i18n.getUILanguage());
  const { card } = await LANGUAGES[locale].loadCard();
  return { locale, strings: card };
}

/** What the popup says when the database is a newer release's (lib/storage/db.ts): captures kept aside meanwhile. */
async function newerSchemaNotice(locale: UiLocale): Promise<string> {
  const [{ keptAside }, { storageNotice }] = await Promise.all([
    browser.storage.local.get('keptAside'),
    LANGUAGES[locale].loadCard(),
  ]);
  return storageNotice.newerSchema(Array.isArray(keptAside) ? keptAside.length : 0);
}

function Popup({ locale, strings, first }: { locale: UiLocale; strings: CardStrings; first: FirstRead }) {
  const [shown, setShown] = useState<Shown | undefined>('shown' in first ? first.shown : undefined);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    let latest = 0;
    const failed = (e: unknown) =>
      // A newer release's database is not an error to report but a state to explain (lib/storage/db.ts).
      isNewerSchemaError(e) ? void newerSchemaNotice(locale).then(setNotice) : setError(String(e));
    const show = (reading: Promise<Shown>) => {
      // A slower older read never replaces a newer one.
      const seq = ++latest;
      reading.then(
        (s) => seq === latest && (setShown(s), setError(undefined), setNotice(undefined)),
        (e: unknown) => seq === latest && failed(e),
      );
    };
    if ('error' in first) failed(first.error);
    // A stop captured while the popup is open shows up without reopening it: the background says so after writing.
    // So does a failed save the background records (or clears) meanwhile.
    const unlisten = onStopsChanged(() => show(read()));
    // Effects run once the first render is on screen: now the recent stops under the latest card (20 cards cost
    // 10–20 times one). This read also covers any change announced before now (heard since the module loaded).
    show(read());
    return unlisten;
  }, []);
  return (
    <PopupView
      stops={shown?.stops}
      imageAllowance={shown?.allowance}
      error={error}
      notice={notice}
      storageError={shown?.storageError}
      strings={strings}
      locale={locale}
    />
  );
}

// Listening starts before the first read, before the popup is mounted: a stop written after the first read must not
// be missed. Until the popup is mounted an announcement needs nothing more: the read the mount starts comes after
// both the listener and it, so it shows that stop.
let onChange: (() => void) | undefined;
function onStopsChanged(listener: () => void): () => void {
  onChange = listener;
  return () => (onChange = undefined);
}

/** Runs `fn` once the frame being drawn now is on screen. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Adds the script that mounts what the popup shows besides its stops (entrypoints/popup-extras.tsx). */
function loadExtras(): void {
  const script = document.createElement('script');
  script.src = browser.runtime.getURL('/popup-extras.js');
  document.head.append(script);
}

/** The popup: its first reads, started at once, then the first card; the recent stops and the extras after it. */
export function startPopup(): void {
  const changed = () => onChange?.();
  listenForStopsChanged(changed);
  browser.storage.onChanged.addListener((changes, area) => area === 'session' && 'saveFailure' in changes && changed());
  // The database and the settings are read side by side; the first render waits for both, nothing else, and shows
  // the latest stop only (the recent ones follow, above).
  const { first, settings } = startFirstReads();
  void Promise.all([readLocale(settings), first]).then(([{ locale, strings }, firstRead]) => {
    document.documentElement.lang = locale;
    render(<Popup locale={locale} strings={strings} first={firstRead} />, document.getElementById('app')!);
    afterPaint(loadExtras);
  });
}
