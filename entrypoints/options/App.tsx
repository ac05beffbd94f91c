import { useEffect, useState } from 'preact/hooks';
import { GeneralSettings } from '@/components/GeneralSettings.tsx';
import { customProblemText, OptionsView, type OptionsMessage } from '@/components/OptionsView.tsx';
import { STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import type { Settings } from '@/lib/settings/settings.ts';
import { saveSettings } from '@/lib/settings/store.ts';
import type { ProviderActionResult, ProviderEntryState, ProvidersState } from '@/lib/providers/types.ts';
import { HealthPanel } from './health.tsx';
import { pageRequest as request } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';
import '../packet/page.css';

// Wiring only: the background keeps the settings and the registrations; this page asks for permissions, because
// only a page can, and only from the user's click.

export function OptionsPage({ locale, initialSettings }: { locale: UiLocale; initialSettings: Settings }) {
  const strings = STRINGS[locale];
  const [settings, setSettings] = useState(initialSettings);
  const s = strings.providerSettings;
  const [state, setState] = useState<ProvidersState>();
  const [busyId, setBusyId] = useState<string>();
  const [message, setMessage] = useState<OptionsMessage>();

  const load = () =>
    request('listProviders', {}).then(setState, (e: unknown) =>
      setMessage({ kind: 'error', text: s.failed(String(e)) }),
    );
  useEffect(() => {
    void load();
    // Access granted or removed in the browser's own settings shows here at once.
    const reload = () => void load();
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, []);

  /** The background's refusal in the page's language (its English `message` only where the browser wrote it). */
  function failureText(r: Extract<ProviderActionResult, { ok: false }>): string {
    switch (r.reason) {
      case 'permission-missing':
        return s.permissionDenied;
      case 'invalid':
        if (r.problem) return s.failed(customProblemText(r.problem, s));
        if (r.tooManyCustom !== undefined) return s.failed(s.tooManyCustom(r.tooManyCustom.toLocaleString(locale)));
        return s.failed(r.message);
      case 'unknown-provider':
        return s.failed(s.unknownSite);
      case 'storage-error':
        return s.failed(s.saveFailed);
      case 'registration-failed':
        return s.failed(s.registrationFailed(r.message));
    }
  }

  function settle(id: string, pending: Promise<ProviderActionResult>) {
    setBusyId(id);
    setMessage(undefined);
    pending
      .then((r) => {
        if (r.ok) setState(r.state);
        else {
          if (r.state) setState(r.state);
          setMessage({ kind: 'error', text: failureText(r) });
        }
      })
      .catch((e: unknown) => setMessage({ kind: 'error', text: s.failed(String(e)) }))
      .finally(() => setBusyId(undefined));
  }

  function onToggle(entry: ProviderEntryState, on: boolean) {
    if (!on) return settle(entry.id, request('setProviderEnabled', { id: entry.id, enabled: false }));
    // Synchronously inside the click: the browser shows its permission prompt only for a user gesture.
    const asked = browser.permissions.request({ origins: entry.origins });
    settle(
      entry.id,
      asked.then((granted): Promise<ProviderActionResult> | ProviderActionResult =>
        granted
          ? request('setProviderEnabled', { id: entry.id, enabled: true })
          : { ok: false, reason: 'permission-missing', message: s.permissionDenied },
      ),
    );
  }

  return (
    <>
      <h1>{strings.generalSettings.pageTitle}</h1>
      <GeneralSettings
        strings={strings}
        locale={locale}
        settings={settings}
        onChange={(patch) => void saveSettings(patch).then(setSettings)}
      />
      <OptionsView
        strings={strings}
        locale={locale}
        {...(state ? { state } : {})}
        {...(busyId ? { busyId } : {})}
        {...(message ? { message } : {})}
        onToggle={onToggle}
        onSaveCustom={(input) => settle(input.id ?? 'new', request('saveCustomProvider', input))}
        onDeleteCustom={(entry) => settle(entry.id, request('deleteCustomProvider', { id: entry.id }))}
      />
      <HealthPanel locale={locale} />
    </>
  );
}
