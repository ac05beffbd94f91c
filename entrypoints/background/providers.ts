import { createHeaderLog } from '@/lib/providers/header-log.ts';
import { listenForHeaders, type WebRequestPort } from '@/lib/providers/header-listener.ts';
import { presetHostPatterns } from '@/lib/providers/presets.ts';
import { createProviderService, type ProviderServiceDeps } from '@/lib/providers/service.ts';
import { providerSettingsItem } from '@/lib/providers/store.ts';

/** Provider sites the user turned on: settings, runtime content-script registrations, webRequest headers. */
export function setUpProviders() {
  const headerLog = createHeaderLog();
  // Provider hosts only (never ChatGPT); the presets' synchronously, so their events wake this worker. Headers only:
  // webRequest never sees bodies, and sees the headers CORS hides from the page.
  const headerListener = listenForHeaders(
    browser.webRequest as unknown as WebRequestPort,
    headerLog,
    presetHostPatterns(),
  );
  const providers = createProviderService({
    load: () => providerSettingsItem.getValue(),
    save: (settings) => providerSettingsItem.setValue(settings),
    scripting: browser.scripting as unknown as ProviderServiceDeps['scripting'],
    permissions: browser.permissions,
    headerLog,
    onEntries: (entries) =>
      headerListener.setCustomPatterns(
        entries.filter((e) => e.kind === 'custom' && e.enabled).flatMap((e) => e.origins),
      ),
  });
  void providers.refresh();
  const resyncProviders = () => void providers.sync();
  browser.runtime.onInstalled.addListener(resyncProviders);
  browser.runtime.onStartup.addListener(resyncProviders);
  browser.permissions.onAdded.addListener(resyncProviders);
  browser.permissions.onRemoved.addListener(resyncProviders);
  return providers;
}
