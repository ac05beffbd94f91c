/**
 * The languages of the interface: one entry each, in the order the language picker lists them (the first is the
 * fallback). An entry is what a page needs before it has any of the language's words: its name, its tag and which
 * browser languages ask for it, and how to load the words of its cards (the popup loads only the locale it shows,
 * only its card surface, before its first paint). Every word lives in the locale's folder (lib/i18n/en/, ko/);
 * lib/i18n/strings.ts puts the folders together for the pages that want every surface at once.
 */
import type { CardStrings, LanguageInfo, StorageStrings } from './types/index.ts';

export interface Language extends LanguageInfo {
  /** The locale folder's card.ts: the popup's words (its cards, and its notice of a newer release's database). */
  loadCard: () => Promise<{ card: CardStrings; storageNotice: StorageStrings }>;
}

export const LANGUAGES = {
  en: {
    name: 'English',
    tag: 'en-US',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('en'),
    loadCard: () => import('./en/card.ts'),
  },
  ko: {
    name: '한국어',
    tag: 'ko-KR',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('ko'),
    loadCard: () => import('./ko/card.ts'),
  },
} as const satisfies Record<string, Language>;

export type UiLocale = keyof typeof LANGUAGES;

export const UI_LOCALES = Object.keys(LANGUAGES) as UiLocale[];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The locale a browser language asks for (e.g. `ko-KR` → ko), or the fallback (English). */
export function localeForBrowserLanguage(browserLanguage: string | undefined): UiLocale {
  if (browserLanguage) for (const code of UI_LOCALES) if (LANGUAGES[code].matches(browserLanguage)) return code;
  return UI_LOCALES[0] as UiLocale;
}

/** What a locale's pages show about the language itself (the picker's name, the tag for dates), without its words. */
export function languageInfo(code: UiLocale): LanguageInfo {
  const { name, tag, matches } = LANGUAGES[code];
  return { name, tag, matches };
}
