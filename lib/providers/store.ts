/** Provider settings in the extension's local storage (WXT's versioned storage item); written by the background only. */
import { storage } from '#imports';
import { EMPTY_PROVIDER_SETTINGS, type ProviderSettings } from './types.ts';

export const providerSettingsItem = storage.defineItem<ProviderSettings>('local:providers', {
  fallback: EMPTY_PROVIDER_SETTINGS,
  version: 1,
});
