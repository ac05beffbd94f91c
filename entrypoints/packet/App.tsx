import { useEffect, useState } from 'preact/hooks';
import { PacketView } from '@/components/PacketView.tsx';
import { STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import type { ScreenshotRecord, StopRecord } from '@/lib/domain/shapes.ts';
import { pageRequest as request } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';
import './page.css';

// Wiring only: packet.html?id=N loads stop N from the background and shows its packet.

export function PacketPage({ locale }: { locale: UiLocale }) {
  const strings = STRINGS[locale];
  const [stop, setStop] = useState<StopRecord | null>();
  const [error, setError] = useState<string>();
  const [screenshots, setScreenshots] = useState<ScreenshotRecord[]>([]);
  useEffect(() => {
    const id = Number(new URLSearchParams(location.search).get('id'));
    if (!Number.isInteger(id) || id <= 0) return setStop(null);
    request('getStop', { id }).then(
      (r) => setStop(r?.stop ?? null),
      (e: unknown) => setError(String(e)),
    );
    // Pictures are optional evidence: a failure to load them leaves the packet as it is.
    request('listScreenshots', { stopIds: [id] }).then(
      (r) => setScreenshots(r.screenshots),
      () => {},
    );
  }, []);
  if (error)
    return (
      <main>
        <p role="alert">
          {strings.packet.loadError} {error}
        </p>
      </main>
    );
  if (stop === null)
    return (
      <main>
        <p role="alert">{strings.packet.notFound}</p>
      </main>
    );
  if (!stop) return <main aria-busy="true" />;
  return (
    <main lang={locale}>
      <PacketView stop={stop} strings={strings} locale={locale} headingLevel={1} screenshots={screenshots} />
    </main>
  );
}
