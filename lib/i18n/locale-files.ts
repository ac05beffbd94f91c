/**
 * How a locale folder's files make one language: each file exports its surface's words under the names below, and
 * `localeFrom` puts them where the pages look. A locale's index.ts is then its language info and one call, and the
 * folder cannot miss a file or a name without failing to compile.
 */
import type {
  BackgroundStrings,
  CardStrings,
  ExportStrings,
  FirstRunStrings,
  GeneralSettingsStrings,
  HealthStrings,
  HistoryStrings,
  ImportStrings,
  LanguageInfo,
  LocaleStrings,
  MarkdownPacketStrings,
  PacketStrings,
  PasteStrings,
  ProviderSettingsStrings,
  RedactionStrings,
  SessionStrings,
  StorageStrings,
} from './types/index.ts';

/** The files of one locale folder, as `import * as card from './card.ts'` and so on give them. */
export interface LocaleFiles {
  background: { background: BackgroundStrings };
  card: { card: CardStrings; storageNotice: StorageStrings };
  history: {
    historyPage: HistoryStrings;
    exportPanel: ExportStrings;
    redactionPreview: RedactionStrings;
    importPanel: ImportStrings;
  };
  pages: {
    packetPage: PacketStrings;
    markdownPacket: MarkdownPacketStrings;
    pastePage: PasteStrings;
    sessionPage: SessionStrings;
  };
  settings: {
    generalSettings: GeneralSettingsStrings;
    providerSettings: ProviderSettingsStrings;
    health: HealthStrings;
  };
  welcome: { firstRun: FirstRunStrings };
}

export function localeFrom(language: LanguageInfo, files: LocaleFiles): LocaleStrings {
  const { background, card, history, pages, settings, welcome } = files;
  return {
    language,
    ui: {
      ...card.card,
      packet: pages.packetPage,
      paste: pages.pastePage,
      providerSettings: settings.providerSettings,
      history: history.historyPage,
      export: history.exportPanel,
      redaction: history.redactionPreview,
      import: history.importPanel,
      generalSettings: settings.generalSettings,
    },
    background: background.background,
    firstRun: welcome.firstRun,
    health: settings.health,
    session: pages.sessionPage,
    storage: card.storageNotice,
    markdownPacket: pages.markdownPacket,
  };
}
