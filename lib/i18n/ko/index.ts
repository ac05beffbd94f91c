/**
 * Every word the interface shows, in Korean (glossary: /work/shared/docs/glossary-ko.md), one file per surface. The
 * shape is lib/i18n/types/; the list of languages LOCALES in lib/i18n/strings.ts. A new language is a copy of this
 * folder, translated, and one line there.
 */
import type { LocaleStrings } from '../types/index.ts';
import { card } from './card.ts';
import { exportPanel, historyPage, importPanel, redactionPreview, storageNotice } from './history.ts';
import { markdownPacket, packetPage, pastePage, sessionPage } from './pages.ts';
import { generalSettings, health, manualCapture, providerSettings } from './settings.ts';
import { firstRun } from './welcome.ts';

export const ko: LocaleStrings = {
  language: {
    name: '한국어',
    tag: 'ko-KR',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('ko'),
  },
  ui: {
    ...card,
    packet: packetPage,
    paste: pastePage,
    providerSettings,
    history: historyPage,
    export: exportPanel,
    redaction: redactionPreview,
    import: importPanel,
    generalSettings,
    manualCapture,
  },
  firstRun,
  health,
  session: sessionPage,
  storage: storageNotice,
  markdownPacket,
};
