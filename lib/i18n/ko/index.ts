/**
 * Every word the interface shows, in Korean (glossary: /work/shared/docs/glossary-ko.md), one file per surface. The
 * shape is lib/i18n/types/; the list of languages LOCALES in lib/i18n/strings.ts. A new language is a copy of this
 * folder, translated, its import and one entry in LOCALES there.
 */
import { localeFrom } from '../locale-files.ts';
import * as card from './card.ts';
import * as history from './history.ts';
import * as pages from './pages.ts';
import * as settings from './settings.ts';
import * as welcome from './welcome.ts';

export const ko = localeFrom(
  {
    name: '한국어',
    tag: 'ko-KR',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('ko'),
  },
  { card, history, pages, settings, welcome },
);
