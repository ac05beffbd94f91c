/**
 * The shape of one language of the interface: every word the UI shows, typed so that a locale file that misses or
 * misnames a string does not compile. Owner, bucket and action texts follow the domain labels. A ChatGPT app
 * explanation never uses API tier vocabulary (TPM, IPM, RPM, tiers): the bucket texts for app-* buckets are written
 * to stay clear of it, and a test checks it. The languages themselves: LOCALES in lib/i18n/strings.ts.
 */
import type { Action, Bucket, Owner, ResetSource } from '../domain/labels.ts';
import type { Kind } from '../classify/kinds.ts';
import type { ApproxUnit, DurationUnits } from '../explain/countdown.ts';
import type { AdviceKey } from '../explain/advice-keys.ts';
import type { PacketField, PacketSource } from '../evidence/packet.ts';
import type { PasteFormat, PasteNote, PasteRoute } from '../evidence/parse-pasted.ts';
import type { CustomProblem, OwnerKind, ProviderStatus } from '../providers/types.ts';
import type { RedactionKind } from '../export/redact.ts';
import type { CaptureLayer } from '../domain/shapes.ts';
import type { UserVisibleVersion } from '../first-run/first-run.ts';
import type { RuleId, RuleResult, Verdict } from '../health/rules.ts';

/** What the interface needs to know about a language besides its words. */
export interface LanguageInfo {
  /** The language's own name, as the language picker shows it. */
  name: string;
  /** BCP 47 tag for dates and numbers (Intl). */
  tag: string;
  /** Whether a browser language (navigator.language, e.g. `ko-KR`) asks for this locale. */
  matches: (browserLanguage: string) => boolean;
}

/** One language: its words for every page, in one file per language (lib/i18n/en.ts, ko.ts, …). */
export interface LocaleStrings {
  language: LanguageInfo;
  ui: UiStrings;
  firstRun: FirstRunStrings;
  /** The health view, the popup's health notice and the diagnostics button (components/HealthSection.tsx). */
  health: HealthStrings;
  /** The "Import a session" page (components/SessionView.tsx, SessionTimeline.tsx). */
  session: SessionStrings;
}

/** The incident packet page (components/PacketView.tsx). */
export interface PacketStrings {
  title: string;
  intro: string;
  field: string;
  value: string;
  source: string;
  fields: Record<PacketField, string>;
  sources: Record<PacketSource, string>;
  notReported: string;
  truncated: string;
  monthly: Record<'monthly-limit-reached' | 'quota-or-credits-spent', string>;
  tierTitle: (model: string) => string;
  tierCaption: (checked: string) => string;
  /** The stop names no model: the table shown is for another one. */
  tierModelUnknown: (model: string) => string;
  tierHeaders: { tier: string; tpm: string; ipm: string };
  tierNotSupported: string;
  notFound: string;
  loadError: string;
}

/** The paste-to-classify page (components/PasteView.tsx). */
export interface PasteStrings {
  title: string;
  intro: string;
  textLabel: string;
  routeLabel: string;
  routes: Record<PasteRoute, string>;
  classify: string;
  save: string;
  saveHint: string;
  privacy: string;
  resultTitle: string;
  readAs: (format: string) => string;
  formats: Record<PasteFormat, string>;
  notes: Record<PasteNote, string>;
  cutNotice: (originalKb: string, headKb: string, tailKb: string) => string;
  saved: string;
  savedAgain: string;
  notAStop: string;
  empty: string;
  failed: (message: string) => string;
  openPacket: string;
}

/** The provider-sites options page (components/OptionsView.tsx). */
export interface ProviderSettingsStrings {
  title: string;
  intro: string;
  presetsTitle: string;
  customTitle: string;
  customIntro: string;
  noCustom: string;
  status: Record<ProviderStatus, string>;
  turnOn: string;
  turnOff: string;
  asksFor: string;
  notes: string;
  ownerKinds: Record<OwnerKind, string>;
  nameLabel: string;
  pagesLabel: string;
  apiLabel: string;
  patternsHint: string;
  ownerLabel: string;
  add: string;
  saveEntry: string;
  edit: string;
  remove: string;
  cancel: string;
  fieldNames: Record<CustomProblem['field'], string>;
  problems: Record<CustomProblem['problem'], string>;
  permissionDenied: string;
  failed: (message: string) => string;
  /** Why a change was refused (the background's answer), shown after `failed`. */
  unknownSite: string;
  saveFailed: string;
  tooManyCustom: (max: string) => string;
  registrationFailed: (browserError: string) => string;
}

/** The popup's reasons list: what the evidence shows, in plain words (no rule ids, field or code names). */
export interface WhyStrings {
  moderation: string;
  imageTool: string;
  imageToolSays: (what: string) => string;
  blockedFeatures: string;
  otherFeature: string;
  limitsProgress: string;
  queued: string;
  otherTool: string;
  code: (what: string) => string;
  words: (what: string) => string;
  statusOnly: (status: string) => string;
  noSignal: string;
  page: (host: string) => string;
  named: (name: string) => string;
  route: (name: string) => string;
  quoted: (name: string) => string;
  chatgptShapes: string;
  limitZero: string;
  perDay: string;
  perMinute: string;
  sharedCapacity: string;
  lockedForBalance: string;
  azureDaily: string;
  truncated: string;
  error: string;
  reset: (source: string) => string;
  rationed: (source: string) => string;
  /** What each kind of signal means, as the end of a sentence ("the image-generation limit was reached"). */
  kinds: Record<Kind, string>;
}

export interface UiStrings {
  appTitle: string;
  emptyTitle: string;
  emptyBody: string;
  latest: string;
  recent: string;
  owner: string;
  ranOut: string;
  nextStep: string;
  resetsIn: string;
  resetAt: (time: string) => string;
  resetting: string;
  available: string;
  possiblyReset: string;
  noResetStated: string;
  noCountdownWhy: string;
  whatYouSaw: string;
  rawEvidence: string;
  why: string;
  seenTimes: (n: number) => string;
  seenAt: (when: string) => string;
  confidence: Record<'high' | 'medium' | 'low', string>;
  resetSource: string;
  apiRouteTitle: string;
  apiRouteBody: string;
  delete: string;
  loadError: string;
  saveFailed: string;
  notifyTitle: string;
  notifyBody: (site: string, time: string) => string;
  allowanceTitle: string;
  allowanceLeft: (n: number) => string;
  allowanceResets: (time: string) => string;
  allowanceNotReported: string;
  allowanceSource: (when: string) => string;
  owners: Record<Owner, string>;
  /** The owner line when the classifier named the third party ("fal (a third-party provider)"). */
  providerOwner: (name: string) => string;
  /** Stands in for a third party's name when none is known. */
  theProvider: string;
  buckets: Record<Bucket, string>;
  /** Action labels as the history filters list them; a card names the console it means (consoleAction). */
  actions: Record<Action, string>;
  consoleAction: (where: string) => string;
  azurePortal: string;
  providerDashboard: (name: string) => string;
  serviceConsole: string;
  /** The advice under the action, by owner and what ran out (lib/explain/explain.ts adviceKey). */
  advice: Record<AdviceKey, (provider: string) => string>;
  /** Countdown units ("4h 59m" / "4시간 59분"). */
  units: DurationUnits;
  /** A loosely stated wait ("a few minutes"), rounded: "about 5 minutes". */
  approx: (amount: number, unit: ApproxUnit) => string;
  approxAt: (time: string) => string;
  /** Where a reset time came from, in plain words (the packet keeps the field and header names). */
  resetSources: Record<ResetSource, string>;
  /** The classifier's reasons in plain words (lib/explain/reasons.ts). */
  reasons: WhyStrings;
  /** Link from a stop card to its incident packet page. */
  details: string;
  /** Popup links to the paste page and the provider-sites options page. */
  pasteLink: string;
  providersLink: string;
  packet: PacketStrings;
  paste: PasteStrings;
  providerSettings: ProviderSettingsStrings;
  /** Popup link to the history page. */
  historyLink: string;
  history: HistoryStrings;
  export: ExportStrings;
  redaction: RedactionStrings;
  import: ImportStrings;
  generalSettings: GeneralSettingsStrings;
  manualCapture: ManualCaptureStrings;
}

/** The history page (components/History*.tsx). */
export interface HistoryStrings {
  title: string;
  intro: string;
  stored: (n: string) => string;
  settingsLink: string;
  filtersTitle: string;
  ownerLabel: string;
  actionLabel: string;
  siteLabel: string;
  fromLabel: string;
  toLabel: string;
  searchLabel: string;
  searchHint: string;
  any: string;
  resetFilters: string;
  resultsTitle: string;
  showing: (first: string, last: string, total: string) => string;
  none: string;
  empty: string;
  searching: string;
  cappedMatches: (n: string) => string;
  cappedTime: string;
  columns: { select: string; seen: string; owner: string; action: string; site: string; text: string; actions: string };
  selectRow: (when: string) => string;
  selectPage: string;
  openPacket: string;
  openPacketLabel: (when: string) => string;
  exportOne: string;
  exportOneLabel: (when: string) => string;
  deleteLabel: (when: string) => string;
  screenshots: (n: number) => string;
  layers: Record<CaptureLayer, string>;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: string, pages: string) => string;
  exportSelected: (n: string) => string;
  exportMatching: (n: string) => string;
  exportAll: (n: string) => string;
  clearAll: string;
  clearConfirm: (n: string) => string;
  clearYes: string;
  cancel: string;
  cleared: (n: string) => string;
  deleted: string;
  loadError: (message: string) => string;
  screenshotsTitle: string;
  screenshotsNote: string;
  screenshotAlt: (n: string, when: string) => string;
}

/** Export with its redaction preview (components/ExportPanel.tsx, RedactionPreview.tsx). */
export interface ExportStrings {
  title: string;
  scope: (n: string) => string;
  loading: (done: string, total: string) => string;
  preparing: string;
  redact: string;
  redactHint: string;
  conversationIds: string;
  conversationIdsHint: string;
  formats: string;
  json: string;
  jsonHint: string;
  csv: string;
  csvHint: string;
  md: string;
  mdHint: string;
  zip: string;
  zipHint: (n: number) => string;
  screenshotsNotRedacted: string;
  tooLarge: (mb: string, limitMb: string) => string;
  saveAnyway: string;
  saved: (fileName: string) => string;
  close: string;
  failed: (message: string) => string;
}

export interface RedactionStrings {
  title: string;
  summary: (n: string) => string;
  nothing: string;
  off: string;
  kinds: Record<RedactionKind, string>;
  columns: { stop: string; field: string; kind: string; original: string; masked: string };
  more: (n: string) => string;
  localNote: string;
}

/** Import of an export file (components/ImportPanel.tsx). */
export interface ImportStrings {
  title: string;
  intro: string;
  fileLabel: string;
  reading: string;
  ready: (n: string, exportedAt: string) => string;
  redactedFile: string;
  importButton: string;
  importing: string;
  invalid: (fileName: string) => string;
  unchanged: string;
  done: (added: string, duplicates: string) => string;
  byOwner: string;
  failed: (message: string) => string;
  /** Stops whose first and last sighting were stored the wrong way round (an older version's bug), repaired. */
  repaired: (n: string) => string;
  /** A file refused unread: its size and the limit, in MB. */
  tooLarge: (fileMb: string, limitMb: string) => string;
  /** The import could not be written: the browser's storage is full, or another error (its name). */
  storageFull: string;
  writeFailed: (errorName: string) => string;
}

/** General settings (components/GeneralSettings.tsx). */
export interface GeneralSettingsStrings {
  /** The options page's one top heading, above General, Provider sites and Detection health. */
  pageTitle: string;
  title: string;
  notifications: string;
  notificationsHint: string;
  language: string;
  languageAuto: string;
  retention: string;
  keepAll: string;
  keepDays: string;
  days: string;
  retentionHint: string;
  screenshots: string;
  screenshotsHint: string;
}

/** The context menu entry and what it tells after saving. */
export interface ManualCaptureStrings {
  menuTitle: string;
  savedTitle: string;
  savedBody: (owner: string) => string;
  failedTitle: string;
}

/** The welcome page and the popup's "what's new" line. */
export interface FirstRunStrings {
  welcome: {
    pageTitle: string;
    title: string;
    intro: string;
    capturedTitle: string;
    captured: string[];
    privacyTitle: string;
    /** The privacy promise, in two lines. */
    privacy: [string, string];
    demoTitle: string;
    demoBody: string;
    demoLink: string;
    providersTitle: string;
    providersBody: string;
    providersLink: string;
    pinHint: string;
  };
  /** One line per user-visible version (lib/first-run/first-run.ts USER_VISIBLE_VERSIONS). */
  whatsNew: Record<UserVisibleVersion, string>;
  whatsNewDismiss: string;
}

/** Words of the health view (glossary: /work/shared/docs/glossary-ko.md). */
export interface HealthStrings {
  title: string;
  intro: string;
  verdicts: Record<Verdict, string>;
  rules: Record<RuleId, { name: string; verdict: (r: RuleResult) => string }>;
  /** Labels of the evidence counts, by evidence key. */
  evidence: Record<string, string>;
  noData: string;
  copy: string;
  save: string;
  copied: string;
  copyFailed: string;
  diagnosticsNote: string;
  /** The popup's one line when something is degraded or broken. */
  notice: (verdict: Exclude<Verdict, 'ok'>) => string;
  noticeLink: string;
}

/** Words of the "Import a session" page; owner, bucket and action names come from UiStrings, never repeated here. */
export interface SessionStrings {
  title: string;
  intro: string;
  privacy: string;
  /** Link from the paste page and the popup. */
  link: string;
  fileLabel: string;
  textLabel: string;
  readText: string;
  cancel: string;
  reading: (percent: string, found: string) => string;
  /** Shown when reading stops on a problem. */
  problems: Record<'not-json' | 'not-har' | 'malformed' | 'truncated' | 'read-failed', string>;
  counts: {
    entries: (n: string) => string;
    listed: (n: string) => string;
    uneventful: (n: string) => string;
    quiet: (n: string) => string;
    binary: (n: string) => string;
    skipped: (n: string) => string;
    cutValues: (n: string) => string;
    cutLines: (n: string) => string;
    notUtf8: (n: string) => string;
    moreRows: (shown: string, total: string) => string;
  };
  listTitle: string;
  columns: {
    pick: string;
    time: string;
    status: string;
    owner: string;
    bucket: string;
    action: string;
    reset: string;
    request: string;
    masks: string;
  };
  pickRow: (n: string) => string;
  pickAll: string;
  noRows: string;
  noReset: string;
  /** A successful response, listed only for its rate-limit headers. */
  okRow: (remaining: string) => string;
  inSeconds: (s: string) => string;
  /** A wait in seconds, minutes or hours, the number already formatted. */
  waitUnits: { seconds: (n: string) => string; minutes: (n: string) => string; hours: (n: string) => string };
  bodyNotes: Record<'binary' | 'base64' | 'cut', string>;
  masksNone: string;
  masksCount: (n: string) => string;
  save: (n: string) => string;
  saving: (done: string, total: string) => string;
  saved: (created: string, merged: string, refused: string) => string;
  saveFailed: (message: string) => string;
  openHistory: string;
  timeline: {
    title: string;
    intro: string;
    noTimes: string;
    ranOut: (bucket: string, n: string, first: string, last: string) => string;
    resets: (time: string) => string;
    requests: string;
    perMinute: (n: string) => string;
    limit: (kind: string, n: string) => string;
    peak: (n: string, time: string) => string;
    limitKinds: Record<string, string>;
  };
}
