import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView.tsx';
import { createClient } from '@/lib/messages/client.ts';
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
    request('listStops', { limit: 20 }).then(
      (r) => setStops(r.stops),
      (e: unknown) => setError(String(e)),
    );
  }, []);
  return <PopupView stops={stops} error={error} strings={STRINGS[locale]} locale={locale} />;
}

render(<Popup />, document.getElementById('app')!);
