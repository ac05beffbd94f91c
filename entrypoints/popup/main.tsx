import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { createClient } from '@/lib/messages/client.ts';
import { STOPS_CHANGED } from '@/lib/messages/protocol.ts';
import { pickLocale, STRINGS } from '@/lib/i18n/strings.ts';
import type { StopRecord } from '@/lib/storage/record.ts';
import './style.css';

const request = createClient((m) => browser.runtime.sendMessage(m));
const locale = pickLocale(browser.i18n.getUILanguage());
document.documentElement.lang = locale;

function Popup() {
  const [stops, setStops] = useState<StopRecord[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const load = () =>
      request('listStops', { limit: 20 }).then(
        (r) => setStops(r.stops),
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
  return <PopupView stops={stops} error={error} strings={STRINGS[locale]} locale={locale} />;
}

render(<Popup />, document.getElementById('app')!);
