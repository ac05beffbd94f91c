import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { listenForStopsChanged } from '@/lib/messages/stops-changed.ts';
import { LANGUAGES, localeForBrowserLanguage, type UiLocale } from '@/lib/i18n/languages.ts';
import type { CardStrings } from '@/lib/i18n/types/index.ts';
import { normalizeSettings, resolveLocale } from '@/lib/settings/settings.ts';
import { isNewerSchemaError } from '@/lib/storage/db-meta.ts';
import { readFirstPaint } from '@/lib/storage/first-paint-read.ts';
import { POPUP_STOPS } from '@/lib/storage/read-model.ts';
import type { AllowanceSnapshot, StopRecord } from '@/lib/domain/shapes.ts';
import type { SaveFailure } from '@/lib/storage/save-failure.ts';
import '@/components/theme.css';
import './style.css';

// The popup reads the extension's database itself (read-only): it never waits for, nor wakes, the background. Its
// first paint loads only what the first card needs: no Dexie (lib/storage/first-paint-read.ts), no storage wrapper
// (the two storage keys are read as they are), only the words of the locale it shows and of its cards (not every
// language's every page: lib/i18n/languages.ts), and the rest (the what's-new line, the health notice) after it.

interface Shown {
  stops: StopRecord[];
  allowance?: AllowanceSnapshot;
  storageError?: string;
}

/**
 * Bounded reads only: the same cost with 20 stops stored or 10,000. The failed save is the background's, in session
 * storage under WXT's key for `session:saveFailure` (lib/storage/save-failure.ts).
 */
async function read(limit = POPUP_STOPS): Promise<Shown> {
  const [{ stops, allowance }, failure] = await Promise.all([
    readFirstPaint(indexedDB, limit, { site: 'chatgpt.com', feature: 'image_gen' }),
    browser.storage.session.get('saveFailure').then((r) => r.saveFailure as SaveFailure | null | undefined),
  ]);
  return { stops, ...(allowance ? { allowance } : {}), ...(failure ? { storageError: failure.message } : {}) };
}

// The browser's language is the locale unless the settings name another: its words start loading now, beside the
// settings' read rather than after it.
const browserLocale = localeForBrowserLanguage(browser.i18n.getUILanguage());
const browserLocaleCard = LANGUAGES[browserLocale].loadCard();
browserLocaleCard.catch(() => undefined); // awaited below when it is the one shown; a failure is reported there

/**
 * The locale and its card words. The settings as WXT's `local:settings` item stores them (lib/settings/store.ts),
 * read without loading WXT's storage.
 */
async function readLocale(): Promise<{ locale: UiLocale; strings: CardStrings }> {
  const { settings } = await browser.storage.local.get('settings');
  const locale = resolveLocale(normalizeSettings(settings), browser.i18n.getUILanguage());
  const { card } = await (locale === browserLocale ? browserLocaleCard : LANGUAGES[locale].loadCard());
  return { locale, strings: card };
}

/** The first read's outcome, in hand before the first render. */
type FirstRead = { shown: Shown } | { error: unknown };

/** What the popup says when the database is a newer release's (lib/storage/db.ts): captures kept aside meanwhile. */
async function newerSchemaNotice(locale: UiLocale): Promise<string> {
  const [{ keptAside }, { STORAGE_STRINGS }] = await Promise.all([
    browser.storage.local.get('keptAside'),
    import('@/lib/i18n/storage-strings.ts'),
  ]);
  return STORAGE_STRINGS[locale].newerSchema(Array.isArray(keptAside) ? keptAside.length : 0);
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

// Listening starts before the first read: a stop written between that read and the popup's first render (the
// settings are still loading) must not be missed. Until the popup is mounted an announcement needs nothing more:
// the read the mount starts comes after it.
let onChange: (() => void) | undefined;
const changed = () => onChange?.();
listenForStopsChanged(changed);
browser.storage.onChanged.addListener((changes, area) => area === 'session' && 'saveFailure' in changes && changed());
function onStopsChanged(listener: () => void): () => void {
  onChange = listener;
  return () => (onChange = undefined);
}

/** Runs `fn` once the frame being drawn now is on screen. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

// The database and the settings are read side by side; the first render waits for both, nothing else, and shows
// the latest stop only (the recent ones follow, above).
const first: Promise<FirstRead> = read(1).then(
  (shown) => ({ shown }),
  (error: unknown) => ({ error }),
);
void Promise.all([readLocale(), first]).then(([{ locale, strings }, firstRead]) => {
  document.documentElement.lang = locale;
  render(<Popup locale={locale} strings={strings} first={firstRead} />, document.getElementById('app')!);
  // After the first paint: the what's-new line and the health notice, above the stops.
  afterPaint(() => void import('./extras.tsx').then((m) => m.mountExtras(document.getElementById('notices')!, locale)));
});
