/**
 * The languages of the interface, and every word of each by surface. One folder per language (lib/i18n/en/, ko/)
 * typed by lib/i18n/types/: a new language is a new folder beside these and one entry in LOCALES (the picker, the
 * browser-language match, date formatting and every table below follow from it; test/unit/i18n-locales.test.ts
 * checks that it has every string English has).
 */
import { en } from './en/index.ts';
import { ko } from './ko/index.ts';
import type {
  FirstRunStrings,
  HealthStrings,
  LocaleStrings,
  MarkdownPacketStrings,
  SessionStrings,
  StorageStrings,
  UiStrings,
} from './types/index.ts';

export type * from './types/index.ts';

/** Every language, in the order the language picker lists them; the first is the fallback. */
export const LOCALES = { en, ko } as const satisfies Record<string, LocaleStrings>;

export type UiLocale = keyof typeof LOCALES;

export const UI_LOCALES = Object.keys(LOCALES) as UiLocale[];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** The locale a browser language asks for (e.g. `ko-KR` → ko), or the fallback (English). */
export function localeForBrowserLanguage(browserLanguage: string | undefined): UiLocale {
  if (browserLanguage) for (const code of UI_LOCALES) if (LOCALES[code].language.matches(browserLanguage)) return code;
  return UI_LOCALES[0] as UiLocale;
}

function tableOf<K extends Exclude<keyof LocaleStrings, 'language'>>(key: K): Record<UiLocale, LocaleStrings[K]> {
  return Object.fromEntries(UI_LOCALES.map((code) => [code, LOCALES[code][key]])) as Record<UiLocale, LocaleStrings[K]>;
}

export const STRINGS: Record<UiLocale, UiStrings> = tableOf('ui');
export const FIRST_RUN_STRINGS: Record<UiLocale, FirstRunStrings> = tableOf('firstRun');
export const HEALTH_STRINGS: Record<UiLocale, HealthStrings> = tableOf('health');
export const SESSION_STRINGS: Record<UiLocale, SessionStrings> = tableOf('session');
export const STORAGE_STRINGS: Record<UiLocale, StorageStrings> = tableOf('storage');
export const MARKDOWN_PACKET_STRINGS: Record<UiLocale, MarkdownPacketStrings> = tableOf('markdownPacket');
