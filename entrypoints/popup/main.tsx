import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { WhatsNewLine } from '@/components/WhatsNewLine.tsx';
import { whatsNewItem } from '@/lib/first-run/store.ts';
import type { WhatsNew } from '@/lib/first-run/first-run.ts';
import { createClient } from '@/lib/messages/client.ts';
import { STOPS_CHANGED } from '@/lib/messages/protocol.ts';
import { FIRST_RUN_STRINGS, STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';
import type { AllowanceSnapshot, StopRecord } from '@/lib/storage/record.ts';
import { HealthNotice } from '@/components/HealthNotice.tsx';
import { healthItem } from '@/lib/health/store.ts';
import { evaluateHealth, overall, type Verdict } from '@/lib/health/rules.ts';
import { HEALTH_STRINGS } from '@/lib/i18n/health-strings.ts';
import '@/components/theme.css';
import './style.css';

const request = createClient((m) => browser.runtime.sendMessage(m));

function Popup({ locale }: { locale: UiLocale }) {
  const [stops, setStops] = useState<StopRecord[]>();
  const [allowance, setAllowance] = useState<AllowanceSnapshot>();
  const [error, setError] = useState<string>();
  const [storageError, setStorageError] = useState<string>();
  useEffect(() => {
    const load = () =>
      Promise.all([request('listStops', { limit: 20 }), request('listAllowances', { site: 'chatgpt.com' })]).then(
        ([r, a]) => {
          setStops(r.stops);
          setStorageError(r.storageError?.message);
          setAllowance(a.allowances.find((x) => x.feature === 'image_gen'));
        },
        (e: unknown) => setError(String(e)),
      );
    // A stop captured while the popup is open shows up without reopening it.
    const onMessage = (m: unknown) => {
      if ((m as { type?: unknown })?.type === STOPS_CHANGED) void load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    void load();
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  // Detection health: one line on top when something is degraded or broken (lib/health/).
  const [health, setHealth] = useState<Verdict>();
  useEffect(() => void healthItem.getValue().then((days) => setHealth(overall(evaluateHealth(days, Date.now())))), []);
  return (
    <>
      <HealthNotice strings={HEALTH_STRINGS[locale]} verdict={health} href={browser.runtime.getURL('/options.html#health')} />
      <PopupView stops={stops} imageAllowance={allowance} error={error} storageError={storageError} strings={STRINGS[locale]} locale={locale} />
    </>
  );
}

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

void loadSettings().then((settings) => {
  const locale = resolveLocale(settings, browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  render(
    <>
      <WhatsNewAfterUpdate locale={locale} />
      <Popup locale={locale} />
    </>,
    document.getElementById('app')!,
  );
});
