/**
 * The words the service worker says itself (notifications, the context menu), by locale: the worker imports this
 * and not lib/i18n/strings.ts, so it loads a few lines per language instead of every page's words. A new language
 * adds its folder's background.ts here (TypeScript requires it); test/unit/i18n-locales.test.ts checks that these
 * are the words LOCALES holds.
 */
import { background as en } from './en/background.ts';
import { background as ko } from './ko/background.ts';
import type { UiLocale } from './language-info.ts';
import type { BackgroundStrings } from './types/index.ts';

export type { BackgroundStrings };

export const BACKGROUND_STRINGS: Record<UiLocale, BackgroundStrings> = { en, ko };
