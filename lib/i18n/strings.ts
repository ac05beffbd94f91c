/**
 * Every word of each language of the interface, by surface. One folder per language (lib/i18n/en/, ko/) typed by
 * lib/i18n/types/: a new language is a new folder beside these, its entry in LANGUAGE_INFO (lib/i18n/language-info.ts:
 * the picker, the browser-language match and date formatting follow from it), and its lines in LANGUAGES (the popup's
 * loader), in LOCALES below and in BACKGROUND_STRINGS (lib/i18n/background-strings.ts), which TypeScript requires once
 * LANGUAGE_INFO has it (test/unit/i18n-locales.test.ts checks that it has every string English has).
 */
import { en } from './en/index.ts';
import { ko } from './ko/index.ts';
import { UI_LOCALES, type UiLocale } from './language-info.ts';
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
export { isUiLocale, localeForBrowserLanguage, UI_LOCALES, type UiLocale } from './language-info.ts';

/** Every language with every word, in the order of LANGUAGE_INFO (lib/i18n/language-info.ts). */
export const LOCALES: Record<UiLocale, LocaleStrings> = { en, ko };

function tableOf<K extends Exclude<keyof LocaleStrings, 'language'>>(key: K): Record<UiLocale, LocaleStrings[K]> {
  return Object.fromEntries(UI_LOCALES.map((code) => [code, LOCALES[code][key]])) as Record<UiLocale, LocaleStrings[K]>;
}

export const STRINGS: Record<UiLocale, UiStrings> = tableOf('ui');
export const FIRST_RUN_STRINGS: Record<UiLocale, FirstRunStrings> = tableOf('firstRun');
export const HEALTH_STRINGS: Record<UiLocale, HealthStrings> = tableOf('health');
export const SESSION_STRINGS: Record<UiLocale, SessionStrings> = tableOf('session');
export const STORAGE_STRINGS: Record<UiLocale, StorageStrings> = tableOf('storage');
export const MARKDOWN_PACKET_STRINGS: Record<UiLocale, MarkdownPacketStrings> = tableOf('markdownPacket');
