/**
 * Every word the interface shows, in Korean (glossary: /work/shared/docs/glossary-ko.md), one file per surface. The
 * shape is lib/i18n/types/; the list of languages LANGUAGES in lib/i18n/languages.ts. A new language is a copy of
 * this folder, translated, its entry in LANGUAGES and its line in LOCALES (lib/i18n/strings.ts).
 */
import { languageInfo } from '../languages.ts';
import { localeFrom } from '../locale-files.ts';
import * as card from './card.ts';
import * as history from './history.ts';
import * as pages from './pages.ts';
import * as settings from './settings.ts';
import * as welcome from './welcome.ts';

export const ko = localeFrom(languageInfo('ko'), { card, history, pages, settings, welcome });
