import { STRINGS, type UiStrings } from '@/lib/i18n/strings.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';

/** The user's language for what the background says itself (notifications, the context menu). */
export async function backgroundStrings(): Promise<UiStrings> {
  return STRINGS[resolveLocale(await loadSettings(), browser.i18n.getUILanguage())];
}
