/** Settings in the extension's local storage (WXT's versioned storage item), read and written by every page. */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.ts';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
