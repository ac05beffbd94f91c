/**
 * The languages of the interface without their words: one entry each, in the order the language picker lists them
 * (the first is the fallback), with its name, its tag and which browser languages ask for it. This is the list of
 * languages; lib/i18n/languages.ts adds how to load each one's card words. Settings and the service worker read
 * only this file: it loads no words (a worker bundle inlines every import(), so the loaders must not be here).
 */
import type { LanguageInfo } from './types/index.ts';

export const LANGUAGE_INFO = {
  en: {
    name: 'English',
    tag: 'en-US',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('en'),
  },
  ko: {
    name: '한국어',
    tag: 'ko-KR',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('ko'),
  },
} as const satisfies Record<string, LanguageInfo>;

export type UiLocale = keyof typeof LANGUAGE_INFO;

export const UI_LOCALES = Object.keys(LANGUAGE_INFO) as UiLocale[];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_INFO, value);
}

/** The locale a browser language asks for (e.g. `ko-KR` → ko), or the fallback (English). */
export function localeForBrowserLanguage(browserLanguage: string | undefined): UiLocale {
  if (browserLanguage) for (const code of UI_LOCALES) if (LANGUAGE_INFO[code].matches(browserLanguage)) return code;
  return UI_LOCALES[0] as UiLocale;
}

/** What a locale's pages show about the language itself (the picker's name, the tag for dates), without its words. */
export function languageInfo(code: UiLocale): LanguageInfo {
  const { name, tag, matches } = LANGUAGE_INFO[code];
  return { name, tag, matches };
}
