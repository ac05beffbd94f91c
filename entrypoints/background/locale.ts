import { BACKGROUND_STRINGS, type BackgroundStrings } from '@/lib/i18n/background-strings.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';

/** The user's language for what the background says itself (notifications, the context menu). */
export async function backgroundStrings(): Promise<BackgroundStrings> {
  return BACKGROUND_STRINGS[resolveLocale(await loadSettings(), browser.i18n.getUILanguage())];
}
