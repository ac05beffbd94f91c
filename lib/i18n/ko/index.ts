/**
 * Every word the interface shows, in Korean (glossary: /work/shared/docs/glossary-ko.md), one file per surface. The
 * shape is lib/i18n/types/; the list of languages LANGUAGE_INFO in lib/i18n/language-info.ts. A new language is a
 * copy of this folder, translated, and its lines in the tables lib/i18n/strings.ts lists.
 */
import { languageInfo } from '../language-info.ts';
import { localeFrom } from '../locale-files.ts';
import * as background from './background.ts';
import * as card from './card.ts';
import * as history from './history.ts';
import * as pages from './pages.ts';
import * as settings from './settings.ts';
import * as welcome from './welcome.ts';

export const ko = localeFrom(languageInfo('ko'), { background, card, history, pages, settings, welcome });
