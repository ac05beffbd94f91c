/**
 * The languages of the interface (lib/i18n/language-info.ts lists them: name, tag, browser-language match), each with
 * how to load the words of its cards: the popup loads only the locale it shows, only its card surface, before its
 * first paint. Every word lives in the locale's folder (lib/i18n/en/, ko/); lib/i18n/strings.ts puts the folders
 * together for the pages that want every surface at once.
 */
import { LANGUAGE_INFO, type UiLocale } from './language-info.ts';
import type { CardStrings, LanguageInfo, StorageStrings } from './types/index.ts';

export { isUiLocale, languageInfo, localeForBrowserLanguage, UI_LOCALES, type UiLocale } from './language-info.ts';

export interface Language extends LanguageInfo {
  /** The locale folder's card.ts: the popup's words (its cards, and its notice of a newer release's database). */
  loadCard: () => Promise<{ card: CardStrings; storageNotice: StorageStrings }>;
}

/** Every language of LANGUAGE_INFO with its loader (TypeScript requires one for each). */
export const LANGUAGES: Record<UiLocale, Language> = {
  en: { ...LANGUAGE_INFO.en, loadCard: () => import('./en/card.ts') },
  ko: { ...LANGUAGE_INFO.ko, loadCard: () => import('./ko/card.ts') },
};
