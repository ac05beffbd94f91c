/**
 * The shape of one language of the interface: every word the UI shows, typed so that a locale folder that misses or
 * misnames a string does not compile, split by surface like the locale folders (lib/i18n/en/, ko/). The languages
 * themselves: LOCALES in lib/i18n/strings.ts.
 */
import type { BackgroundStrings } from './background.ts';
import type { CardStrings, StorageStrings } from './card.ts';
import type { ExportStrings, HistoryStrings, ImportStrings, RedactionStrings } from './history.ts';
import type { MarkdownPacketStrings, PacketStrings, PasteStrings, SessionStrings } from './pages.ts';
import type { GeneralSettingsStrings, HealthStrings, ProviderSettingsStrings } from './settings.ts';
import type { FirstRunStrings } from './welcome.ts';

export type * from './background.ts';
export type * from './card.ts';
export type * from './history.ts';
export type * from './pages.ts';
export type * from './settings.ts';
export type * from './welcome.ts';

/** What the interface needs to know about a language besides its words. */
export interface LanguageInfo {
  /** The language's own name, as the language picker shows it. */
  name: string;
  /** BCP 47 tag for dates and numbers (Intl). */
  tag: string;
  /** Whether a browser language (navigator.language, e.g. `ko-KR`) asks for this locale. */
  matches: (browserLanguage: string) => boolean;
}

/** One language: its words for every surface, in one folder per language (lib/i18n/en/, ko/, …). */
export interface LocaleStrings {
  language: LanguageInfo;
  ui: UiStrings;
  /** What the service worker says itself (notifications, the context menu): lib/i18n/background-strings.ts. */
  background: BackgroundStrings;
  firstRun: FirstRunStrings;
  /** The health view, the popup's health notice and the diagnostics button (components/HealthSection.tsx). */
  health: HealthStrings;
  /** The "Import a session" page (components/SessionView.tsx, SessionTimeline.tsx). */
  session: SessionStrings;
  /** The notice when the database belongs to a newer release (popup and history page). */
  storage: StorageStrings;
  /** The incident packet as Markdown (lib/export/markdown.ts). */
  markdownPacket: MarkdownPacketStrings;
}

/** Every word of the popup, the card and the extension's pages (one object, as the components take it). */
export interface UiStrings extends CardStrings {
  packet: PacketStrings;
  paste: PasteStrings;
  providerSettings: ProviderSettingsStrings;
  history: HistoryStrings;
  export: ExportStrings;
  redaction: RedactionStrings;
  import: ImportStrings;
  generalSettings: GeneralSettingsStrings;
}
