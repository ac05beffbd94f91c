import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { listenForStopsChanged } from '@/lib/messages/stops-changed.ts';
import { STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';
import { LimitLensDb } from '@/lib/storage/db.ts';
import { latestAllowance, POPUP_STOPS, recentStops } from '@/lib/storage/read-model.ts';
import type { AllowanceSnapshot, StopRecord } from '@/lib/storage/record.ts';
import { saveFailureItem } from '@/lib/storage/save-failure.ts';
import '@/components/theme.css';
import './style.css';

// The popup reads the extension's database itself (read-only): it never waits for, nor wakes, the background.
// Dexie closes this connection when a newer background upgrades the schema and reopens it on the next read.
const db = new LimitLensDb();

interface Shown {
  stops: StopRecord[];
  allowance?: AllowanceSnapshot;
  storageError?: string;
}

/** Bounded reads only (lib/storage/read-model.ts): the same cost with 20 stops stored or 10,000. */
async function read(): Promise<Shown> {
  const [stops, allowance, failure] = await Promise.all([
    recentStops(db, POPUP_STOPS),
    latestAllowance(db, 'chatgpt.com', 'image_gen'),
    saveFailureItem.getValue(),
  ]);
  return { stops, ...(allowance ? { allowance } : {}), ...(failure ? { storageError: failure.message } : {}) };
}

function Popup({ locale, first }: { locale: UiLocale; first: Promise<Shown> }) {
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let latest = 0;
    const show = (reading: Promise<Shown>) => {
      // A slower older read never replaces a newer one.
      const seq = ++latest;
      reading.then(
        (s) => seq === latest && (setShown(s), setError(undefined)),
        (e: unknown) => seq === latest && setError(String(e)),
      );
    };
    // A stop captured while the popup is open shows up without reopening it: the background says so after writing.
    const unlisten = listenForStopsChanged(() => show(read()));
    const unwatch = saveFailureItem.watch(() => show(read()));
    show(first);
    return () => {
      unlisten();
      unwatch();
    };
  }, []);
  return (
    <PopupView
      stops={shown?.stops}
      imageAllowance={shown?.allowance}
      error={error}
      storageError={shown?.storageError}
      strings={STRINGS[locale]}
      locale={locale}
    />
  );
}

// The database and the settings are read side by side; the first render waits for both, nothing else.
const first = read();
first.catch(() => {});
void loadSettings().then((settings) => {
  const locale = resolveLocale(settings, browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  render(<Popup locale={locale} first={first} />, document.getElementById('app')!);
});
