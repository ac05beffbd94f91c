import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { WhatsNewLine } from '@/components/WhatsNewLine.tsx';
import { whatsNewItem } from '@/lib/first-run/store.ts';
import type { WhatsNew } from '@/lib/first-run/first-run.ts';
import { listenForStopsChanged } from '@/lib/messages/stops-changed.ts';
import { FIRST_RUN_STRINGS, HEALTH_STRINGS, STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';
import { isNewerSchemaError, LimitLensDb } from '@/lib/storage/db.ts';
import { keptAsideItem } from '@/lib/storage/kept-aside-store.ts';
import { STORAGE_STRINGS } from '@/lib/i18n/storage-strings.ts';
import { latestAllowance, POPUP_STOPS, recentStops } from '@/lib/storage/read-model.ts';
import type { AllowanceSnapshot, StopRecord } from '@/lib/domain/shapes.ts';
import { HealthNotice } from '@/components/HealthNotice.tsx';
import { healthItem } from '@/lib/health/store.ts';
import { evaluateHealth, overall, type Verdict } from '@/lib/health/rules.ts';
import { saveFailureItem } from '@/lib/storage/save-failure.ts';
import '@/components/theme.css';
import './style.css';

// The popup reads the extension's database itself (read-only): it never waits for, nor wakes, the background.
// Dexie closes this connection when a newer background upgrades the schema and reopens it on the next read.
const db = new LimitLensDb();

/** After an update that changed something the user sees (lib/first-run/), one line until dismissed. */
function WhatsNewAfterUpdate({ locale }: { locale: UiLocale }) {
  const [whatsNew, setWhatsNew] = useState<WhatsNew | null>(null);
  useEffect(() => void whatsNewItem.getValue().then(setWhatsNew), []);
  const s = FIRST_RUN_STRINGS[locale];
  const text = whatsNew ? s.whatsNew[whatsNew.version] : undefined;
  if (!text) return null;
  const dismiss = () => {
    setWhatsNew(null);
    void whatsNewItem.setValue(null);
  };
  return <WhatsNewLine text={text} dismissLabel={s.whatsNewDismiss} onDismiss={dismiss} />;
}

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
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    let latest = 0;
    const show = (reading: Promise<Shown>) => {
      // A slower older read never replaces a newer one.
      const seq = ++latest;
      reading.then(
        (s) => seq === latest && (setShown(s), setError(undefined)),
        (e: unknown) => {
          if (seq !== latest) return;
          // A newer release's database is not an error to report but a state to explain (lib/storage/db.ts).
          if (isNewerSchemaError(e)) void keptAsideItem.getValue().then((kept) => setNotice(STORAGE_STRINGS[locale].newerSchema(kept.length)));
          else setError(String(e));
        },
      );
    };
    // A stop captured while the popup is open shows up without reopening it: the background says so after writing.
    // An announcement heard before this mount (the first read was already under way) means that read may be stale.
    const unlisten = onStopsChanged(() => show(read()));
    const unwatch = saveFailureItem.watch(() => show(read()));
    show(first);
    if (changedBeforeMount) show(read());
    return () => {
      unlisten();
      unwatch();
    };
  }, []);
  // Detection health: one line on top when something is degraded or broken (lib/health/).
  const [health, setHealth] = useState<Verdict>();
  useEffect(() => void healthItem.getValue().then((days) => setHealth(overall(evaluateHealth(days, Date.now())))), []);
  return (
    <>
      <HealthNotice strings={HEALTH_STRINGS[locale]} verdict={health} href={browser.runtime.getURL('/options.html#health')} />
      <PopupView
        stops={shown?.stops}
        imageAllowance={shown?.allowance}
        error={error}
        notice={notice}
        storageError={shown?.storageError}
        strings={STRINGS[locale]}
        locale={locale}
      />
    </>
  );
}

// Listening starts before the first read: a stop written between that read and the popup's first render (the
// settings are still loading) would otherwise be announced to nobody and missed until the popup is reopened.
let changedBeforeMount = false;
let onChange: (() => void) | undefined;
listenForStopsChanged(() => (onChange ? onChange() : (changedBeforeMount = true)));
function onStopsChanged(listener: () => void): () => void {
  onChange = listener;
  return () => (onChange = undefined);
}

// The database and the settings are read side by side; the first render waits for both, nothing else.
const first = read();
first.catch(() => {});
void loadSettings().then((settings) => {
  const locale = resolveLocale(settings, browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  render(
    <>
      <WhatsNewAfterUpdate locale={locale} />
      <Popup locale={locale} first={first} />
    </>,
    document.getElementById('app')!,
  );
});
