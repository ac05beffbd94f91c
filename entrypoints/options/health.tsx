import { useEffect, useState } from 'preact/hooks';
import { HealthSection } from '@/components/HealthSection.tsx';
import { buildDiagnostics, diagnosticsJson } from '@/lib/health/diagnostics.ts';
import type { HealthDays } from '@/lib/health/days.ts';
import { evaluateHealth } from '@/lib/health/rules.ts';
import { healthItem } from '@/lib/health/store.ts';
import { HEALTH_STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';

// Wiring only: the counters are in local storage (written by the background), the rules and the diagnostics in lib/health/.
export function HealthPanel({ locale }: { locale: UiLocale }) {
  const strings = HEALTH_STRINGS[locale];
  const [days, setDays] = useState<HealthDays>({});
  const [status, setStatus] = useState<string>();
  useEffect(() => {
    void healthItem.getValue().then(setDays);
    // Counts arriving while the page is open show at once.
    return healthItem.watch((next) => setDays(next ?? {}));
  }, []);
  const results = evaluateHealth(days, Date.now());
  const json = () =>
    diagnosticsJson(
      buildDiagnostics({
        days,
        rules: results,
        now: Date.now(),
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
      }),
    );
  return (
    <HealthSection
      strings={strings}
      results={results}
      hasData={Object.keys(days).length > 0}
      {...(status ? { status } : {})}
      onCopy={() =>
        void navigator.clipboard.writeText(json()).then(
          () => setStatus(strings.copied),
          () => setStatus(strings.copyFailed),
        )
      }
      onSave={() => {
        // A Blob and `<a download>`: no permission needed.
        const url = URL.createObjectURL(new Blob([json()], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `limit-lens-diagnostics-${new Date().toISOString().slice(0, 10)}.json`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }}
    />
  );
}
