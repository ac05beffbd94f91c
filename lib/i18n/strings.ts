/**
 * Every word the UI shows, in English and Korean. Owner, bucket and action texts follow the domain labels.
 * A ChatGPT app explanation never uses API tier vocabulary (TPM, IPM, RPM, tiers): the bucket texts for
 * app-* buckets are written to stay clear of it, and a test checks it.
 */
import type { Action, Bucket, Owner, ResetSource } from '../domain/labels.ts';
import type { Kind } from '../classify/kinds.ts';
import type { ApproxUnit, DurationUnits } from '../explain/countdown.ts';
import type { AdviceKey } from '../explain/advice-keys.ts';
import type { PacketField, PacketSource } from '../evidence/packet.ts';
import type { PasteFormat, PasteNote, PasteRoute } from '../evidence/parse-pasted.ts';
import type { CustomProblem } from '../providers/settings.ts';
import type { OwnerKind, ProviderStatus } from '../providers/types.ts';
import type { RedactionKind } from '../export/redact.ts';
import type { CaptureLayer } from '../domain/shapes.ts';
import type { UserVisibleVersion } from '../first-run/first-run.ts';

export type UiLocale = 'en' | 'ko';

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
}

/** General settings (components/GeneralSettings.tsx). */
export interface GeneralSettingsStrings {
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

const HISTORY_EN: HistoryStrings = {
  title: 'History',
  intro: 'Every stop Limit Lens kept on this device. Filter, search, open an incident packet, export evidence or import a file.',
  stored: (n) => `${n} stored on this device`,
  settingsLink: 'Settings: how long to keep stops, screenshots, language',
  filtersTitle: 'Filter',
  ownerLabel: 'Who owns the limit',
  actionLabel: 'Next step',
  siteLabel: 'Site',
  fromLabel: 'Seen from',
  toLabel: 'Seen until',
  searchLabel: 'Search',
  searchHint: 'Words in what was seen, the evidence, the page or the reasons',
  any: 'Any',
  resetFilters: 'Clear filters',
  resultsTitle: 'Stops',
  showing: (first, last, total) => `Showing ${first}–${last} of ${total}`,
  none: 'No stops match these filters.',
  empty: 'No stops stored yet.',
  searching: 'Searching…',
  cappedMatches: (n) => `The search stopped at ${n} matches: add words or filters to narrow it down.`,
  cappedTime: 'The search took too long and shows the matches found so far: add words or filters to narrow it down.',
  columns: { select: 'Select', seen: 'Last seen', owner: 'Who owns the limit', action: 'Next step', site: 'Site', text: 'What was seen', actions: 'Actions' },
  selectRow: (when) => `Select the stop seen ${when}`,
  selectPage: 'Select every stop on this page',
  openPacket: 'Incident packet',
  openPacketLabel: (when) => `Open the incident packet of the stop seen ${when}`,
  exportOne: 'Export',
  exportOneLabel: (when) => `Export the stop seen ${when}`,
  deleteLabel: (when) => `Delete the stop seen ${when}`,
  screenshots: (n) => (n === 1 ? '1 screenshot' : `${n} screenshots`),
  layers: { network: 'page traffic', dom: 'page text', both: 'traffic and text', manual: 'saved by hand' },
  pagination: 'Pages',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  exportSelected: (n) => `Export selected (${n})`,
  exportMatching: (n) => `Export all matching (${n})`,
  exportAll: (n) => `Export everything (${n})`,
  clearAll: 'Delete all…',
  clearConfirm: (n) => `Delete all ${n} stored stops and their screenshots? This cannot be undone; export first to keep a copy.`,
  clearYes: 'Delete all',
  cancel: 'Cancel',
  cleared: (n) => `Deleted ${n} stops.`,
  deleted: 'Deleted.',
  loadError: (message) => `Could not load the history: ${message}`,
  screenshotsTitle: 'Screenshots',
  screenshotsNote: 'The tab as it looked when the stop was captured. Kept on this device; never masked on export.',
  screenshotAlt: (n, when) => `Screenshot ${n} of the tab, taken ${when}`,
};

const HISTORY_KO: HistoryStrings = {
  title: '기록',
  intro: 'Limit Lens가 이 기기에 저장한 모든 기록입니다. 필터와 검색으로 찾고, 문제 보고 자료를 열고, 증거를 내보내거나 파일을 가져올 수 있습니다.',
  stored: (n) => `이 기기에 ${n}건 저장됨`,
  settingsLink: '설정: 보관 기간, 스크린샷, 언어',
  filtersTitle: '필터',
  ownerLabel: '한도를 정한 곳',
  actionLabel: '다음에 할 일',
  siteLabel: '사이트',
  fromLabel: '시작 날짜',
  toLabel: '종료 날짜',
  searchLabel: '검색',
  searchHint: '화면 문구, 증거, 페이지 주소, 판단 근거에서 찾을 단어',
  any: '전체',
  resetFilters: '필터 지우기',
  resultsTitle: '기록',
  showing: (first, last, total) => `전체 ${total}건 중 ${first}–${last}`,
  none: '이 필터에 맞는 기록이 없습니다.',
  empty: '아직 저장된 기록이 없습니다.',
  searching: '검색 중…',
  cappedMatches: (n) => `검색 결과가 ${n}건에 도달해 멈췄습니다. 단어나 필터를 추가해 범위를 좁히세요.`,
  cappedTime: '검색이 오래 걸려 지금까지 찾은 결과만 표시합니다. 단어나 필터를 추가해 범위를 좁히세요.',
  columns: { select: '선택', seen: '마지막 확인', owner: '한도를 정한 곳', action: '다음에 할 일', site: '사이트', text: '화면 문구', actions: '작업' },
  selectRow: (when) => `${when}에 확인된 기록 선택`,
  selectPage: '이 페이지의 기록 모두 선택',
  openPacket: '보고 자료',
  openPacketLabel: (when) => `${when}에 확인된 기록의 문제 보고 자료 열기`,
  exportOne: '내보내기',
  exportOneLabel: (when) => `${when}에 확인된 기록 내보내기`,
  deleteLabel: (when) => `${when}에 확인된 기록 삭제`,
  screenshots: (n) => `스크린샷 ${n}장`,
  layers: { network: '페이지 통신', dom: '페이지 문구', both: '통신과 문구', manual: '직접 저장' },
  pagination: '페이지',
  previous: '이전',
  next: '다음',
  pageOf: (page, pages) => `${pages}쪽 중 ${page}쪽`,
  exportSelected: (n) => `선택 항목 내보내기 (${n})`,
  exportMatching: (n) => `검색 결과 모두 내보내기 (${n})`,
  exportAll: (n) => `전체 내보내기 (${n})`,
  clearAll: '모두 삭제…',
  clearConfirm: (n) => `저장된 기록 ${n}건과 스크린샷을 모두 삭제할까요? 되돌릴 수 없습니다. 사본이 필요하면 먼저 내보내세요.`,
  clearYes: '모두 삭제',
  cancel: '취소',
  cleared: (n) => `${n}건을 삭제했습니다.`,
  deleted: '삭제했습니다.',
  loadError: (message) => `기록을 불러오지 못했습니다: ${message}`,
  screenshotsTitle: '스크린샷',
  screenshotsNote: '기록될 때의 탭 화면입니다. 이 기기에만 저장되며 내보낼 때 가려지지 않습니다.',
  screenshotAlt: (n, when) => `${when}에 찍은 탭 스크린샷 ${n}`,
};

const EXPORT_EN: ExportStrings = {
  title: 'Export',
  scope: (n) => (n === '1' ? 'Exporting 1 stop' : `Exporting ${n} stops`),
  loading: (done, total) => `Reading stops… ${done} of ${total}`,
  preparing: 'Checking what to mask…',
  redact: 'Mask secrets and identifiers (recommended)',
  redactHint: 'API keys, tokens, cookies, e-mail addresses; organization and project ids partly. Request ids and model names stay: support needs them.',
  conversationIds: 'Also mask ChatGPT conversation ids',
  conversationIdsHint: 'Only you can open your conversations, and the id helps you find the chat again; mask it when that matters.',
  formats: 'Save as',
  json: 'JSON',
  jsonHint: 'complete; can be imported again',
  csv: 'CSV',
  csvHint: 'a spreadsheet, one row per stop',
  md: 'Markdown incident packet',
  mdHint: 'to paste into a support ticket',
  zip: 'Evidence bundle (.zip)',
  zipHint: (n) => `the incident packet, the JSON and ${n === 1 ? '1 screenshot' : `${n} screenshots`}`,
  screenshotsNotRedacted: 'Screenshots are included as they were taken: they are not masked. Look at them before sharing.',
  tooLarge: (mb, limitMb) => `This JSON is ${mb} MB; import reads at most ${limitMb} MB. Export fewer stops at a time to be able to import it again.`,
  saveAnyway: 'Save anyway',
  saved: (fileName) => `Saved ${fileName}.`,
  close: 'Close',
  failed: (message) => `Could not export: ${message}`,
};

const EXPORT_KO: ExportStrings = {
  title: '내보내기',
  scope: (n) => `기록 ${n}건 내보내기`,
  loading: (done, total) => `기록 읽는 중… ${total}건 중 ${done}건`,
  preparing: '가릴 항목 확인 중…',
  redact: '비밀 정보와 식별자 가리기 (권장)',
  redactHint: 'API 키, 토큰, 쿠키, 이메일 주소를 가리고 조직·프로젝트 ID는 일부만 남깁니다. 요청 ID와 모델 이름은 지원팀에 필요하므로 그대로 둡니다.',
  conversationIds: 'ChatGPT 대화 ID도 가리기',
  conversationIdsHint: '대화는 본인만 열 수 있고, ID는 해당 대화를 다시 찾는 데 도움이 됩니다. 필요할 때 가리세요.',
  formats: '저장 형식',
  json: 'JSON',
  jsonHint: '전체 내용, 다시 가져올 수 있음',
  csv: 'CSV',
  csvHint: '스프레드시트, 기록당 한 행',
  md: 'Markdown 문제 보고 자료',
  mdHint: '지원 요청에 붙여 넣기용',
  zip: '증거 묶음 (.zip)',
  zipHint: (n) => `문제 보고 자료, JSON, 스크린샷 ${n}장`,
  screenshotsNotRedacted: '스크린샷은 찍힌 그대로 포함되며 가려지지 않습니다. 공유하기 전에 확인하세요.',
  tooLarge: (mb, limitMb) => `이 JSON은 ${mb}MB입니다. 가져오기는 최대 ${limitMb}MB까지 읽습니다. 다시 가져오려면 더 적은 기록씩 나누어 내보내세요.`,
  saveAnyway: '그래도 저장',
  saved: (fileName) => `${fileName} 파일을 저장했습니다.`,
  close: '닫기',
  failed: (message) => `내보내지 못했습니다: ${message}`,
};

const REDACTION_EN: RedactionStrings = {
  title: 'What will be masked',
  summary: (n) => (n === '1' ? '1 value will be masked.' : `${n} values will be masked.`),
  nothing: 'Nothing recognisable as a secret or an identifier was found. Redaction is a safety net, not a guarantee: check names or other personal details yourself.',
  off: 'Masking is off: the export keeps keys, cookies, e-mail addresses and ids exactly as captured.',
  kinds: {
    'api-key': 'API key',
    bearer: 'Bearer token',
    authorization: 'Authorization value',
    cookie: 'Cookie',
    'session-token': 'Session token',
    jwt: 'JSON Web Token',
    'private-key': 'Private key',
    'secret-field': 'Secret field',
    'url-credentials': 'Password in a URL',
    'url-secret': 'Secret URL parameter',
    email: 'E-mail address',
    'org-id': 'Organization id (partly)',
    'project-id': 'Project id (partly)',
    'user-id': 'User id (partly)',
    'conversation-id': 'Conversation id',
  },
  columns: { stop: 'Stop', field: 'Field', kind: 'What', original: 'Captured', masked: 'In the export' },
  more: (n) => `…and ${n} more.`,
  localNote: 'The captured values are shown here only, on this device; they are never written into the export.',
};

const REDACTION_KO: RedactionStrings = {
  title: '가려질 항목',
  summary: (n) => `${n}개 값이 가려집니다.`,
  nothing: '비밀 정보나 식별자로 보이는 값을 찾지 못했습니다. 가리기는 안전망일 뿐 보장이 아니므로 이름 같은 개인 정보는 직접 확인하세요.',
  off: '가리기가 꺼져 있습니다. 키, 쿠키, 이메일 주소, ID가 수집된 그대로 내보내집니다.',
  kinds: {
    'api-key': 'API 키',
    bearer: 'Bearer 토큰',
    authorization: 'Authorization 값',
    cookie: '쿠키',
    'session-token': '세션 토큰',
    jwt: 'JSON 웹 토큰',
    'private-key': '개인 키',
    'secret-field': '비밀 필드',
    'url-credentials': 'URL 속 비밀번호',
    'url-secret': 'URL 속 비밀 매개변수',
    email: '이메일 주소',
    'org-id': '조직 ID (일부)',
    'project-id': '프로젝트 ID (일부)',
    'user-id': '사용자 ID (일부)',
    'conversation-id': '대화 ID',
  },
  columns: { stop: '기록', field: '필드', kind: '종류', original: '수집된 값', masked: '내보낼 값' },
  more: (n) => `…외 ${n}개`,
  localNote: '수집된 값은 이 기기의 이 화면에만 표시되며 내보낸 파일에는 절대 기록되지 않습니다.',
};

const IMPORT_EN: ImportStrings = {
  title: 'Import',
  intro: 'A JSON file exported by Limit Lens, on this or another browser. Stops already stored are skipped.',
  fileLabel: 'Export file (.json)',
  reading: 'Reading the file…',
  ready: (n, exportedAt) => `This file holds ${n === '1' ? '1 stop' : `${n} stops`}, exported ${exportedAt}.`,
  redactedFile: 'It was masked when exported.',
  importButton: 'Import',
  importing: 'Importing…',
  invalid: (fileName) => `Cannot import ${fileName}:`,
  unchanged: 'Nothing stored was changed.',
  done: (added, duplicates) => `Added ${added} ${added === '1' ? 'stop' : 'stops'}; ${duplicates} already stored ${duplicates === '1' ? 'was' : 'were'} skipped.`,
  byOwner: 'Added, by owner',
  failed: (message) => `Could not import: ${message}`,
  repaired: (n) =>
    `${n === '1' ? '1 stop has' : `${n} stops have`} its first and last sighting the wrong way round (saved out of order by an older version); they will be imported with the two times swapped.`,
};

const IMPORT_KO: ImportStrings = {
  title: '가져오기',
  intro: '이 브라우저나 다른 브라우저의 Limit Lens에서 내보낸 JSON 파일입니다. 이미 저장된 기록은 건너뜁니다.',
  fileLabel: '내보낸 파일 (.json)',
  reading: '파일 읽는 중…',
  ready: (n, exportedAt) => `이 파일에는 기록 ${n}건이 있습니다 (${exportedAt}에 내보냄).`,
  redactedFile: '내보낼 때 가리기가 적용되었습니다.',
  importButton: '가져오기',
  importing: '가져오는 중…',
  invalid: (fileName) => `${fileName} 파일을 가져올 수 없습니다:`,
  unchanged: '저장된 기록은 바뀌지 않았습니다.',
  done: (added, duplicates) => `${added}건을 추가했고, 이미 저장된 ${duplicates}건은 건너뛰었습니다.`,
  byOwner: '추가된 기록 (한도를 정한 곳별)',
  failed: (message) => `가져오지 못했습니다: ${message}`,
  repaired: (n) => `기록 ${n}건은 처음 본 시각과 마지막으로 본 시각이 뒤바뀌어 있습니다 (이전 버전에서 순서가 어긋나게 저장됨). 두 시각을 바로잡아 가져옵니다.`,
};

const GENERAL_SETTINGS_EN: GeneralSettingsStrings = {
  title: 'General',
  notifications: 'Notify me when a limit resets',
  notificationsHint: 'One notice when a stop’s reset time arrives.',
  language: 'Language',
  languageAuto: 'Same as the browser',
  retention: 'Keep stops',
  keepAll: 'Keep everything',
  keepDays: 'Delete stops last seen more than',
  days: 'days ago',
  retentionHint: 'Older stops and their screenshots are deleted now and once a day. Export first to keep a copy.',
  screenshots: 'Take a screenshot of the tab when a stop is captured',
  screenshotsHint:
    'Where the browser allows it: always for text you save with “Save as limit evidence”, and for a stop found on a tab where you clicked the Limit Lens button since the page loaded. Only the tab in front; kept on this device and shown in the stop’s packet. A screenshot shows whatever is on screen and is never masked on export.',
};

const GENERAL_SETTINGS_KO: GeneralSettingsStrings = {
  title: '일반',
  notifications: '한도가 초기화되면 알림 받기',
  notificationsHint: '기록의 초기화 시각이 되면 한 번 알려 드립니다.',
  language: '언어',
  languageAuto: '브라우저 설정 따르기',
  retention: '기록 보관',
  keepAll: '모두 보관',
  keepDays: '마지막 확인 후',
  days: '일이 지난 기록 삭제',
  retentionHint: '오래된 기록과 스크린샷은 지금 바로, 그리고 하루에 한 번 삭제됩니다. 사본이 필요하면 먼저 내보내세요.',
  screenshots: '기록이 저장될 때 탭 스크린샷 찍기',
  screenshotsHint:
    '브라우저가 허용하는 경우에만 찍습니다. “한도 증거로 저장”으로 저장한 텍스트는 항상, 자동으로 저장된 기록은 페이지를 연 뒤 Limit Lens 버튼을 누른 탭에서만 찍힙니다. 앞에 보이는 탭만 찍으며, 이 기기에만 저장되고 기록의 문제 보고 자료에 표시됩니다. 화면에 보이는 모든 것이 찍히며 내보낼 때 가려지지 않습니다.',
};

const MANUAL_CAPTURE_EN: ManualCaptureStrings = {
  menuTitle: 'Save as limit evidence',
  savedTitle: 'Saved as limit evidence',
  savedBody: (owner) => `${owner}. Open Limit Lens to see the incident packet.`,
  failedTitle: 'Could not save the selection',
};

const MANUAL_CAPTURE_KO: ManualCaptureStrings = {
  menuTitle: '한도 증거로 저장',
  savedTitle: '한도 증거로 저장했습니다',
  savedBody: (owner) => `${owner}. Limit Lens에서 문제 보고 자료를 확인하세요.`,
  failedTitle: '선택한 텍스트를 저장하지 못했습니다',
};

const en: UiStrings = {
  appTitle: 'Limit Lens',
  historyLink: 'History',
  history: HISTORY_EN,
  export: EXPORT_EN,
  redaction: REDACTION_EN,
  import: IMPORT_EN,
  generalSettings: GENERAL_SETTINGS_EN,
  manualCapture: MANUAL_CAPTURE_EN,
  emptyTitle: 'No stops captured yet',
  emptyBody:
    'When image generation stops on ChatGPT, Limit Lens records the message here and tells you who owns the limit and what to do next. Everything stays on this device.',
  latest: 'Latest stop',
  recent: 'Recent stops',
  owner: 'Who owns this limit',
  ranOut: 'What ran out',
  nextStep: 'Next step',
  resetsIn: 'Resets in',
  resetAt: (time) => `at ${time} (your time)`,
  resetting: 'Resetting…',
  available: 'Should be available again',
  possiblyReset: 'That time has already passed: the limit may have reset. Try once before waiting again.',
  noResetStated: 'The message states no reset time.',
  noCountdownWhy: 'Waiting will not change this: there is no countdown.',
  whatYouSaw: 'What you saw',
  rawEvidence: 'Captured evidence',
  why: 'Why Limit Lens says so',
  seenTimes: (n) => (n === 1 ? 'seen once' : `seen ${n} times`),
  seenAt: (when) => `seen ${when}`,
  confidence: { high: 'certain: the response data says so', medium: 'likely: the message says so clearly', low: 'uncertain: the wording is vague' },
  resetSource: 'source',
  apiRouteTitle: 'Need images at volume?',
  apiRouteBody:
    'The OpenAI API is an alternative for batch generation, monitoring, stored outputs or automation. It is a separate contract with its own billing, limits, verification and logging duties, and it does not lift this ChatGPT limit.',
  delete: 'Delete',
  loadError: 'Could not load saved stops.',
  saveFailed: 'The latest stop could not be saved. Free some disk space; what was already saved is intact.',
  notifyTitle: 'Image generation should be available again',
  notifyBody: (site, time) => `The limit on ${site} was due to reset at ${time}.`,
  allowanceTitle: 'Images left, as ChatGPT reported',
  allowanceLeft: (n) => (n === 1 ? '1 image left' : `${n} images left`),
  allowanceResets: (time) => `resets ${time}`,
  allowanceNotReported: 'Not reported: ChatGPT has not sent a remaining count on this device yet.',
  allowanceSource: (when) => `source: ChatGPT’s usage report, seen ${when}`,
  owners: {
    'chatgpt-app': 'ChatGPT (your plan and account)',
    'openai-api': 'OpenAI API (your organization and project)',
    'openai-billing': 'OpenAI billing (monthly budget or credits)',
    'openai-access': 'OpenAI access (organization verification, model access, project permissions)',
    azure: 'Azure OpenAI (your Microsoft subscription and deployment)',
    provider: 'A third-party provider',
    'content-policy': 'Content policy — not a limit',
    'service-load': 'Temporary overload — not a limit',
    unknown: 'Not enough evidence to say',
  },
  providerOwner: (name) => `${name} (a third-party provider)`,
  theProvider: 'the provider',
  buckets: {
    'app-image-quota': 'Image generations allowed by your ChatGPT plan',
    'app-image-cooldown': 'Image pace: too many images in a short time',
    'app-message-cap': 'Messages allowed in this period',
    'app-feature-cap': 'A ChatGPT feature’s own allowance',
    'app-account-throttle': 'Too many requests from your account in a short time',
    'app-login-required': 'Image creation needs you to be logged in',
    'message-too-long': 'The message was too long',
    'api-requests-per-minute': 'API requests per minute (RPM)',
    'api-requests-per-day': 'API requests per day (RPD)',
    'api-tokens-per-minute': 'API tokens per minute (TPM)',
    'api-tokens-per-day': 'API tokens per day (TPD)',
    'api-images-per-minute': 'API images per minute (IPM)',
    'api-input-images': 'API input images per minute',
    'api-enqueued-tokens': 'Tokens waiting in your Batch API queue',
    'api-rate-unspecified': 'An API rate limit',
    'api-no-tier-access': 'No image access at your API tier (limit 0)',
    'billing-quota': 'API credits or quota',
    'billing-hard-limit': 'Monthly API budget (hard limit)',
    'org-verification': 'Organization verification',
    'model-access': 'Access to this model',
    login: 'Sign-in',
    'azure-call-rate': 'Requests per minute of the Azure deployment',
    'azure-token-rate': 'Tokens per minute of the Azure deployment',
    'azure-daily-quota': 'Azure daily quota',
    'azure-resource-blocked': 'Azure resource blocked (not a quota)',
    'provider-credits': 'Provider credits or balance',
    'provider-rate': 'Provider rate limit',
    'provider-quota': 'Provider quota',
    'provider-account-locked': 'Provider account locked',
    'content-policy': 'Nothing ran out: the request was refused',
    'service-overload': 'Nothing ran out: the service is busy',
    'edge-rate-limit': 'A network protection (Cloudflare) in front of the site, not your plan',
    unknown: 'Unknown',
  },
  actions: {
    wait: 'Wait for the reset',
    simplify: 'Change the request',
    'retry-later': 'Retry later, not in a loop',
    'reduce-throughput': 'Slow down',
    'fix-billing': 'Fix billing',
    'get-access': 'Get access',
    'owner-console': 'Fix it in the service’s console',
  },
  consoleAction: (where) => `Fix it in ${where}`,
  azurePortal: 'the Azure portal',
  providerDashboard: (name) => `${name}’s dashboard`,
  serviceConsole: 'the service’s console',
  advice: {
    'wait-app':
      () => 'Retrying before the reset does not help: the limit lifts on its own at the reset. If the message offers an upgrade, that is the app’s own alternative.',
    'wait-cooldown':
      () => 'ChatGPT asks you to pause image requests. Retrying before the time is up does not help; the pause lifts on its own.',
    'wait-throttle':
      () => 'Too many requests came from your account in a short time. Close extra ChatGPT tabs and wait before trying again.',
    'wait-provider-daily': (p) =>
      `Retrying before the reset does not help: a daily quota resets on its own. Turning on billing or a paid plan at ${p} raises a free-tier quota.`,
    'wait-provider': (p) => `Retrying before the reset does not help: ${p} lifts the limit at the reset.`,
    'wait-other': () => 'Retrying before the reset does not help: the limit lifts on its own at the reset.',
    'simplify-policy': () =>
      'Nothing ran out: the content was refused. Rephrase the prompt or change what you ask for; waiting or sending the same prompt again will not help.',
    'simplify-too-long': () => 'Nothing was refused and nothing ran out: the message is too long. Shorten it or split it into parts.',
    'retry-load': () => 'This is temporary: the service is busy. Try again in a while, with growing pauses, not in a loop.',
    'retry-edge': () =>
      'A network protection (Cloudflare) in front of the service slowed this connection down. Wait before trying again, and not in a loop.',
    'retry-app': () =>
      'ChatGPT paused this for now. Try again later, not in a loop; if it keeps happening, check your account in ChatGPT’s help center.',
    'retry-unknown': () =>
      'Limit Lens cannot tell why this stopped. Try again in a while, with growing pauses, not in a loop; the incident packet keeps the evidence.',
    'throughput-api': () =>
      'Send fewer requests at a time, queue the rest, and wait as long as the response says before retrying. If you need more, a higher usage tier raises the limits.',
    'throughput-enqueued': () => 'Your Batch API queue holds too many tokens. Wait for the batches in progress to finish, or send smaller batches.',
    'throughput-provider': (p) => `Send fewer requests at a time to ${p}, queue the rest, and wait as long as it says before retrying.`,
    'throughput-other': () => 'Send fewer requests at a time, queue the rest, and wait as long as the response says before retrying.',
    'billing-openai': () =>
      'Raise the project’s monthly budget, or add credits or a payment method, in OpenAI’s billing settings. Retrying does not raise the limit.',
    'billing-tier-zero': () =>
      'Your API tier has no access to this model (its limit is 0). A payment method or prepaid credit moves the organization to a paid tier; some models also need organization verification. Waiting does not help.',
    'billing-provider': (p) => `Add credit or a payment method at ${p}. Retrying does not add credit.`,
    'billing-app': () => 'Check your plan or credits in ChatGPT’s settings. Retrying does not help.',
    'billing-other': () => 'Add credit or a payment method with the service. Retrying does not add credit.',
    'access-app-login': () => 'Log in to ChatGPT (or sign up), then try again.',
    'access-app-account': () => 'Check your ChatGPT account: log in again, or see ChatGPT’s help center if the account is restricted.',
    'access-openai': () =>
      'Verify the organization, or check the project’s access to this model, its permissions and the endpoint, on platform.openai.com. Waiting does not help.',
    'access-azure': () =>
      'Sign in with an account that may use this Azure OpenAI resource, or check the deployment name and the endpoint in the Azure portal.',
    'access-provider': (p) => `Sign in to ${p}, or check that your key may use this model. Waiting does not help.`,
    'access-other': () => 'Sign in, or check that your account may use this model. Waiting does not help.',
    'console-azure-quota': () =>
      'Raise the deployment’s quota in the Azure portal, or spread requests over time. Azure quota is Microsoft’s, not OpenAI’s.',
    'console-azure-blocked': () =>
      'Azure blocked the resource after a policy review. It is not a quota: see the Azure portal or contact Microsoft support.',
    'console-provider': (p) => `Check the quota, credits or account status in ${p}’s dashboard.`,
    'console-other': () => 'The fix lives in the console of the service that owns this limit.',
  },
  units: { d: 'd', h: 'h', m: 'm', s: 's', pad: true },
  approx: (n, unit) => `about ${n} ${unit}${n === 1 ? '' : 's'}`,
  approxAt: (time) => `around ${time} (your time)`,
  resetSources: {
    'blocked_features.resets_after': 'ChatGPT’s own reset time for this feature',
    'limits_progress.reset_after': 'ChatGPT’s usage report',
    clears_in: 'ChatGPT’s waiting time in its response',
    'header:retry-after': 'the waiting time in the response headers',
    'header:retry-after-ms': 'the waiting time in the response headers',
    'header:x-ratelimit-reset-requests': 'the request limit’s reset time in the response headers',
    'header:x-ratelimit-reset-tokens': 'the token limit’s reset time in the response headers',
    'header:x-ratelimit-reset': 'the reset time in the response headers',
    'body:retry-delay': 'the waiting time in the error message',
    'text:duration': 'the waiting time the message states',
    'text:clock': 'the time of day the message states',
  },
  reasons: {
    moderation: 'ChatGPT’s safety check blocked this request.',
    imageTool: 'ChatGPT’s image tool said its limit was reached.',
    imageToolSays: (what) => `ChatGPT’s image tool said ${what}.`,
    blockedFeatures: 'ChatGPT’s own data marks image generation as blocked until the reset.',
    otherFeature: 'ChatGPT’s own data marks another feature as blocked, not image generation.',
    limitsProgress: 'ChatGPT’s usage report shows no images left.',
    queued: 'ChatGPT queued the image because of high demand.',
    otherTool: 'Another ChatGPT tool hit its limit, not the image tool.',
    code: (what) => `The error code in the response means ${what}.`,
    words: (what) => `The message says ${what}.`,
    statusOnly: (status) => `Only the HTTP status (${status}) hints at this; nothing else names a limit.`,
    noSignal: 'Nothing in the evidence names a limit.',
    page: (host) => `It was seen on ${host}, so the limit belongs to that site.`,
    named: (name) => `The message names ${name}.`,
    route: (name) => `You said it came from ${name}.`,
    quoted: (name) => `The page only shows a quoted ${name} error, so the limit is that service’s, not the page’s.`,
    chatgptShapes: 'The response is in ChatGPT’s own format.',
    limitZero: 'The limit is 0: this tier has no access to the model, so waiting never helps.',
    perDay: 'The quota is per day: it resets on its own.',
    perMinute: 'The quota is per minute: sending more slowly helps.',
    sharedCapacity: 'No quota of yours is named: the service’s shared capacity is busy.',
    lockedForBalance: 'The account was locked for its balance: topping up unlocks it.',
    azureDaily: 'The wait is a full day: the daily quota is spent.',
    truncated: 'The text was very long; only its start was read.',
    error: 'Limit Lens could not read this evidence.',
    reset: (source) => `The reset time comes from ${source}.`,
    rationed: (source) => `The next window comes from ${source}; it is for information, not a reset to wait for.`,
    kinds: {
      'content-policy': 'the request’s content was refused',
      'resource-blocked': 'the whole resource was blocked',
      'image-quota': 'the image-generation limit was reached',
      'image-cooldown': 'images were requested too quickly',
      'message-cap': 'the message limit was reached',
      'feature-cap': 'another feature’s limit was reached',
      cap: 'a usage limit was reached',
      'account-throttle': 'too many requests came from the account',
      'unusual-activity': 'unusual activity was detected',
      'login-required': 'you need to be logged in',
      'too-long': 'the request was too long',
      rate: 'requests came too fast (a rate limit)',
      'billing-quota': 'the quota or credit ran out',
      quota: 'a quota ran out',
      'billing-hard-limit': 'the monthly budget was reached',
      credits: 'the credits or balance ran out',
      'credit-throttle': 'requests are rationed because the credit is low',
      'account-locked': 'the account is locked',
      'tier-zero': 'this tier has no access (limit 0)',
      access: 'there is no access to the model or project',
      overload: 'the service is overloaded',
      'edge-rate-limit': 'a network protection (Cloudflare) limited the connection',
      'tool-failure': 'the image tool failed without naming a limit',
      'generic-error': 'an error happened that names no limit',
    },
  },
  details: 'Details',
  pasteLink: 'Paste an error to classify',
  providersLink: 'Provider sites',
  packet: {
    title: 'Incident packet',
    intro: 'Everything Limit Lens kept about this stop, each value with where it came from: hand it to support, or use it to decide the next step.',
    field: 'Field',
    value: 'Value',
    source: 'Where it came from',
    fields: {
      owner: 'Who owns the limit',
      bucket: 'What ran out',
      action: 'Next step',
      page: 'Page',
      endpoint: 'Endpoint',
      model: 'Model',
      organization: 'Organization',
      project: 'Project',
      'request-size': 'Request size',
      'request-quality': 'Quality setting',
      status: 'HTTP status',
      body: 'Response body',
      headers: 'Response headers',
      reset: 'Reset time',
      'other-reset': 'Other reset stated',
      'retry-count': 'Retries (repeats after the first)',
      'monthly-usage': 'Monthly usage',
      'seen-text': 'Exact text seen',
      'first-seen': 'First seen',
      'last-seen': 'Last seen',
      reasons: 'Why Limit Lens says so',
    },
    sources: {
      classifier: 'Limit Lens’s reading of the evidence',
      page: 'the page’s address',
      'page-traffic': 'the page’s own response',
      webrequest: 'response headers seen by the extension (including those hidden from the page)',
      'page-text': 'text shown on the page',
      pasted: 'pasted by you',
      evidence: 'stated in the body or text',
      'endpoint-path': 'the request’s path',
      header: 'a response header',
      record: 'kept by Limit Lens',
      'not-reported': 'not reported',
    },
    notReported: 'not reported',
    truncated: '(cut: only the start was kept)',
    monthly: {
      'monthly-limit-reached': 'Monthly budget reached (hard limit)',
      'quota-or-credits-spent': 'Credits or quota spent',
    },
    tierTitle: (model) => `Published API tier ceilings for ${model} (the OpenAI API, used directly)`,
    tierCaption: (checked) =>
      `A general ceiling, checked ${checked} — not your limit. Your project’s limits page and the response headers above are the live truth and can be stricter.`,
    tierModelUnknown: (model) => `This stop does not name its model: the table is for ${model} and may not apply.`,
    tierHeaders: { tier: 'Tier', tpm: 'Tokens per minute (TPM)', ipm: 'Images per minute (IPM)' },
    tierNotSupported: 'not supported',
    notFound: 'This stop is not saved any more.',
    loadError: 'Could not load this stop.',
  },
  paste: {
    title: 'Paste an error to classify',
    intro: 'Paste an error from your own code or logs: a raw HTTP response with its status line and headers, curl -i or -v output, a JSON body, or a log line.',
    textLabel: 'Error text',
    routeLabel: 'Where did it come from?',
    routes: { auto: 'Let Limit Lens decide', chatgpt: 'ChatGPT app', openai: 'OpenAI API', azure: 'Azure OpenAI', provider: 'Another provider or gateway' },
    classify: 'Explain',
    save: 'Save as evidence',
    saveHint: 'Nothing is saved until you press “Save as evidence”.',
    privacy: 'Read on this device only. Cookie and authorization headers are dropped.',
    resultTitle: 'What Limit Lens makes of it',
    readAs: (format) => `Read as: ${format}`,
    formats: {
      http: 'an HTTP response (status line, headers, body)',
      'curl-verbose': 'curl -v output',
      json: 'a JSON body',
      log: 'a log line',
      text: 'plain text',
      empty: 'nothing',
    },
    notes: {
      cut: 'Only part of the paste was read.',
      binary: 'Control characters or binary junk were removed.',
      'secret-headers-dropped': 'Cookie and authorization headers were dropped.',
      'headers-capped': 'Only the first 40 headers were kept.',
      'several-responses': 'Several responses were pasted; the last one was read.',
      'body-not-json': 'The body is not JSON; it was read as text.',
    },
    cutNotice: (originalKb, headKb, tailKb) =>
      `The paste is ${originalKb} KB: Limit Lens read its first ${headKb} KB and its last ${tailKb} KB, and left the middle out.`,
    saved: 'Saved. It is now in the popup’s list.',
    savedAgain: 'This paste was already saved; nothing new was added.',
    notAStop: 'Not saved: Limit Lens found no limit or refusal in this text.',
    empty: 'Paste an error first: the text is empty.',
    failed: (message) => `Could not do that: ${message}`,
    openPacket: 'Open its incident packet',
  },
  providerSettings: {
    title: 'Provider sites',
    intro: 'Turn on the sites where you generate images outside ChatGPT. Each one is off until you turn it on; turning it on asks your browser for access to that site and its API, and nothing runs there before you agree. Limit Lens only reads the page’s own error responses and headers; it never sends a request of its own.',
    presetsTitle: 'Built-in sites',
    customTitle: 'Your own sites',
    customIntro: 'Add a playground, gateway or internal tool: its pages, the API it calls (for rate-limit headers), and who owns its limits.',
    noCustom: 'No sites of your own yet.',
    status: {
      off: 'Off',
      on: 'On',
      'needs-permission': 'Access was removed in the browser: turn it on again',
      error: 'On, but its scripts could not be registered',
    },
    turnOn: 'Turn on',
    turnOff: 'Turn off',
    asksFor: 'Asks for access to',
    notes: 'Notes',
    ownerKinds: { 'openai-api': 'OpenAI API', azure: 'Azure OpenAI', provider: 'A third-party provider' },
    nameLabel: 'Name',
    pagesLabel: 'Page patterns (one a line)',
    apiLabel: 'API patterns (optional, one a line)',
    patternsHint: 'Like https://studio.example.com/* or https://*.example.com/*',
    ownerLabel: 'Who owns its limits',
    add: 'Add site',
    saveEntry: 'Save',
    edit: 'Edit',
    remove: 'Remove',
    cancel: 'Cancel',
    fieldNames: { name: 'Name', pages: 'Page patterns', apiHosts: 'API patterns', ownerKind: 'Owner' },
    problems: {
      empty: 'is empty',
      'too-long': 'is too long',
      'not-https': 'must start with https://',
      'bad-host': 'has a host that is not a site name',
      'any-host': 'must name a site, not every site',
      'bad-path': 'needs a path such as /*',
      none: 'needs at least one pattern',
      'too-many': 'has too many patterns (at most 10)',
      'reserved-host': 'names ChatGPT, which Limit Lens already covers',
      unknown: 'is not one of the choices',
      'public-suffix': 'covers sites of many owners (such as *.com or *.vercel.app): name the site itself, such as *.example.com',
    },
    permissionDenied: 'Access was not granted, so the site stays off.',
    failed: (message) => `Could not change it: ${message}`,
  },
};

const ko: UiStrings = {
  appTitle: 'Limit Lens',
  historyLink: '기록',
  history: HISTORY_KO,
  export: EXPORT_KO,
  redaction: REDACTION_KO,
  import: IMPORT_KO,
  generalSettings: GENERAL_SETTINGS_KO,
  manualCapture: MANUAL_CAPTURE_KO,
  emptyTitle: '아직 기록이 없습니다',
  emptyBody:
    'ChatGPT에서 이미지 생성이 멈추면 Limit Lens가 메시지를 여기에 기록하고, 한도를 정한 곳과 다음에 할 일을 알려 드립니다. 모든 기록은 이 기기에만 저장됩니다.',
  latest: '가장 최근 기록',
  recent: '이전 기록',
  owner: '한도를 정한 곳',
  ranOut: '소진된 한도',
  nextStep: '다음에 할 일',
  resetsIn: '초기화까지',
  resetAt: (time) => `${time} (내 시간 기준)`,
  resetting: '초기화 중…',
  available: '지금쯤 다시 사용할 수 있습니다',
  possiblyReset: '표시된 시각이 이미 지났습니다. 한도가 초기화되었을 수 있으니 다시 기다리기 전에 한 번 시도해 보세요.',
  noResetStated: '메시지에 초기화 시각이 없습니다.',
  noCountdownWhy: '기다려도 해결되지 않으므로 카운트다운이 없습니다.',
  whatYouSaw: '화면에 표시된 문구',
  rawEvidence: '수집된 증거',
  why: '판단 근거',
  seenTimes: (n) => (n === 1 ? '1회 발생' : `${n}회 발생`),
  seenAt: (when) => `${when}에 확인`,
  confidence: { high: '확실함: 응답 데이터에 명시됨', medium: '가능성 높음: 문구가 분명함', low: '불확실함: 문구가 모호함' },
  resetSource: '출처',
  apiRouteTitle: '이미지를 대량으로 만들어야 하나요?',
  apiRouteBody:
    '일괄 생성, 모니터링, 결과 저장, 자동화가 필요하다면 OpenAI API를 대안으로 검토할 수 있습니다. API는 결제·사용 한도·조직 인증·로그 관리를 직접 책임지는 별도 계약이며, 이 ChatGPT 한도를 풀어 주지는 않습니다.',
  delete: '삭제',
  loadError: '저장된 기록을 불러오지 못했습니다.',
  saveFailed: '가장 최근 기록을 저장하지 못했습니다. 디스크 공간을 확보하세요. 이미 저장된 기록은 그대로입니다.',
  notifyTitle: '이미지 생성을 지금쯤 다시 사용할 수 있습니다',
  notifyBody: (site, time) => `${site}의 한도가 ${time}에 초기화되었습니다 (예정 시각 기준).`,
  allowanceTitle: 'ChatGPT가 알려 준 남은 이미지 수',
  allowanceLeft: (n) => `${n}장 남음`,
  allowanceResets: (time) => `${time}에 초기화`,
  allowanceNotReported: '아직 모름: ChatGPT가 이 기기에 남은 횟수를 알려 준 적이 없습니다.',
  allowanceSource: (when) => `출처: ChatGPT 사용량 보고, ${when}에 확인`,
  owners: {
    'chatgpt-app': 'ChatGPT (요금제와 계정)',
    'openai-api': 'OpenAI API (조직과 프로젝트)',
    'openai-billing': 'OpenAI 결제 (월 예산 또는 크레딧)',
    'openai-access': 'OpenAI 이용 권한 (조직 인증, 모델 접근, 프로젝트 권한)',
    azure: 'Azure OpenAI (Microsoft 구독과 배포)',
    provider: '외부 제공업체',
    'content-policy': '콘텐츠 정책 — 한도 문제가 아님',
    'service-load': '일시적 과부하 — 한도 문제가 아님',
    unknown: '판단할 근거가 부족함',
  },
  providerOwner: (name) => `${name} (외부 제공업체)`,
  theProvider: '해당 제공업체',
  buckets: {
    'app-image-quota': 'ChatGPT 요금제의 이미지 생성 횟수',
    'app-image-cooldown': '짧은 시간에 이미지를 너무 많이 만듦',
    'app-message-cap': '이 기간에 보낼 수 있는 메시지 수',
    'app-feature-cap': 'ChatGPT 기능별 사용 한도',
    'app-account-throttle': '짧은 시간에 이 계정에서 보낸 요청이 너무 많음',
    'app-login-required': '이미지 생성에는 로그인이 필요함',
    'message-too-long': '메시지가 너무 김',
    'api-requests-per-minute': 'API 분당 요청 한도 (RPM)',
    'api-requests-per-day': 'API 일일 요청 한도 (RPD)',
    'api-tokens-per-minute': 'API 분당 토큰 한도 (TPM)',
    'api-tokens-per-day': 'API 일일 토큰 한도 (TPD)',
    'api-images-per-minute': 'API 분당 이미지 한도 (IPM)',
    'api-input-images': 'API 분당 입력 이미지 한도',
    'api-enqueued-tokens': 'Batch API 대기열의 토큰 한도',
    'api-rate-unspecified': 'API 속도 제한',
    'api-no-tier-access': '현재 API 사용 등급에서 이미지 사용 불가 (한도 0)',
    'billing-quota': 'API 크레딧 또는 할당량',
    'billing-hard-limit': 'API 월 예산 상한',
    'org-verification': '조직 인증',
    'model-access': '이 모델에 대한 이용 권한',
    login: '로그인',
    'azure-call-rate': 'Azure 배포의 분당 호출 한도',
    'azure-token-rate': 'Azure 배포의 분당 토큰 한도',
    'azure-daily-quota': 'Azure 일일 할당량',
    'azure-resource-blocked': 'Azure 리소스 차단 (할당량 문제가 아님)',
    'provider-credits': '제공업체 크레딧 또는 잔액',
    'provider-rate': '제공업체 속도 제한',
    'provider-quota': '제공업체 할당량',
    'provider-account-locked': '제공업체 계정 잠김',
    'content-policy': '소진된 한도 없음: 요청이 거부됨',
    'service-overload': '소진된 한도 없음: 서비스가 혼잡함',
    'edge-rate-limit': 'CDN(Cloudflare) 접속 제한 (요금제와 무관)',
    unknown: '알 수 없음',
  },
  actions: {
    wait: '초기화까지 기다리기',
    simplify: '요청 바꾸기',
    'retry-later': '잠시 후 다시 시도 (연속 재시도는 피하세요)',
    'reduce-throughput': '요청 속도 줄이기',
    'fix-billing': '결제·예산 확인',
    'get-access': '이용 권한 확인',
    'owner-console': '해당 서비스 콘솔에서 확인',
  },
  consoleAction: (where) => `${where}에서 확인`,
  azurePortal: 'Azure 포털',
  providerDashboard: (name) => `${name} 대시보드`,
  serviceConsole: '해당 서비스 콘솔',
  advice: {
    'wait-app': () =>
      '초기화 전에는 다시 시도해도 소용없습니다. 초기화 시각이 되면 한도가 저절로 풀립니다. 메시지에 업그레이드 안내가 있다면 그것은 앱이 제시한 다른 방법입니다.',
    'wait-cooldown': () =>
      'ChatGPT가 이미지 요청을 잠시 멈춰 달라고 합니다. 시간이 지나기 전에는 다시 시도해도 소용없으며, 시간이 지나면 저절로 풀립니다.',
    'wait-throttle': () =>
      '짧은 시간에 이 계정에서 보낸 요청이 너무 많습니다. 여러 개 열어 둔 ChatGPT 탭을 닫고, 잠시 기다린 뒤 다시 시도하세요.',
    'wait-provider-daily': (p) =>
      `초기화 전에는 다시 시도해도 소용없습니다. 일일 할당량은 저절로 초기화됩니다. ${p}에서 결제를 켜거나 유료 요금제를 쓰면 무료 할당량보다 한도가 늘어납니다.`,
    'wait-provider': (p) => `초기화 전에는 다시 시도해도 소용없습니다. 초기화 시각이 되면 ${p}의 한도가 풀립니다.`,
    'wait-other': () => '초기화 전에는 다시 시도해도 소용없습니다. 초기화 시각이 되면 한도가 저절로 풀립니다.',
    'simplify-policy': () =>
      '소진된 한도는 없습니다. 요청 내용이 거부되었습니다. 프롬프트를 바꾸거나 요청 내용을 조정하세요. 기다리거나 같은 프롬프트를 다시 보내도 소용없습니다.',
    'simplify-too-long': () => '거부되거나 소진된 것은 없습니다. 메시지가 너무 깁니다. 줄이거나 여러 번에 나누어 보내세요.',
    'retry-load': () => '일시적인 문제입니다. 서비스가 혼잡합니다. 잠시 후 간격을 점점 늘려 가며 다시 시도하고, 연속으로 재시도하지 마세요.',
    'retry-edge': () =>
      '서비스 앞단의 CDN(Cloudflare)이 이 연결을 제한했습니다. 잠시 기다린 뒤 다시 시도하고, 연속으로 재시도하지 마세요.',
    'retry-app': () =>
      'ChatGPT가 요청을 잠시 막았습니다. 나중에 다시 시도하되 연속으로 재시도하지 마세요. 계속 반복되면 ChatGPT 도움말 센터에서 계정 상태를 확인하세요.',
    'retry-unknown': () =>
      'Limit Lens가 멈춘 이유를 판단하지 못했습니다. 잠시 후 간격을 늘려 가며 다시 시도하고, 연속으로 재시도하지 마세요. 증거는 문제 보고 자료에 남아 있습니다.',
    'throughput-api': () =>
      '동시 요청 수를 줄이고 나머지는 대기열로 보내며, 응답이 알려 준 시간만큼 기다린 뒤 다시 시도하세요. 더 많이 필요하면 상위 사용 등급에서 한도가 올라갑니다.',
    'throughput-enqueued': () => 'Batch API 대기열에 토큰이 너무 많습니다. 진행 중인 배치가 끝나기를 기다리거나 더 작은 배치로 보내세요.',
    'throughput-provider': (p) => `${p}에 보내는 동시 요청 수를 줄이고 나머지는 대기열로 보내며, 알려 준 시간만큼 기다린 뒤 다시 시도하세요.`,
    'throughput-other': () => '동시 요청 수를 줄이고 나머지는 대기열로 보내며, 응답이 알려 준 시간만큼 기다린 뒤 다시 시도하세요.',
    'billing-openai': () =>
      'OpenAI 결제 설정에서 프로젝트의 월 예산 상한을 올리거나 크레딧·결제 수단을 추가하세요. 다시 시도해도 한도는 늘어나지 않습니다.',
    'billing-tier-zero': () =>
      '현재 API 사용 등급에서는 이 모델을 쓸 수 없습니다 (한도 0). 결제 수단이나 선불 크레딧을 추가하면 조직이 유료 등급으로 올라가며, 일부 모델은 조직 인증도 필요합니다. 기다려도 해결되지 않습니다.',
    'billing-provider': (p) => `${p}에서 크레딧이나 결제 수단을 추가하세요. 다시 시도해도 크레딧은 생기지 않습니다.`,
    'billing-app': () => 'ChatGPT 설정에서 요금제나 크레딧을 확인하세요. 다시 시도해도 해결되지 않습니다.',
    'billing-other': () => '해당 서비스에서 크레딧이나 결제 수단을 추가하세요. 다시 시도해도 크레딧은 생기지 않습니다.',
    'access-app-login': () => 'ChatGPT에 로그인하거나 가입한 뒤 다시 시도하세요.',
    'access-app-account': () => 'ChatGPT 계정을 확인하세요. 다시 로그인하고, 계정이 제한되었다면 ChatGPT 도움말 센터를 확인하세요.',
    'access-openai': () =>
      'platform.openai.com에서 조직 인증을 하거나, 프로젝트의 모델 접근 권한, 프로젝트 권한, 엔드포인트를 확인하세요. 기다려도 해결되지 않습니다.',
    'access-azure': () =>
      '이 Azure OpenAI 리소스를 쓸 수 있는 계정으로 로그인하거나, Azure 포털에서 배포 이름과 엔드포인트를 확인하세요.',
    'access-provider': (p) => `${p}에 로그인하거나, 사용하는 키로 이 모델을 쓸 수 있는지 확인하세요. 기다려도 해결되지 않습니다.`,
    'access-other': () => '로그인하거나, 이 계정으로 이 모델을 쓸 수 있는지 확인하세요. 기다려도 해결되지 않습니다.',
    'console-azure-quota': () =>
      'Azure 포털에서 배포의 할당량을 늘리거나 요청을 시간에 나누어 보내세요. Azure 할당량은 OpenAI가 아니라 Microsoft가 관리합니다.',
    'console-azure-blocked': () =>
      '정책 검토 후 Azure가 리소스를 차단했습니다. 할당량 문제가 아니므로 Azure 포털을 확인하거나 Microsoft 지원팀에 문의하세요.',
    'console-provider': (p) => `${p} 대시보드에서 할당량, 크레딧, 계정 상태를 확인하세요.`,
    'console-other': () => '이 한도를 정한 서비스의 콘솔에서 확인하세요.',
  },
  units: { d: '일', h: '시간', m: '분', s: '초', pad: false },
  approx: (n, unit) => `약 ${n}${{ day: '일', hour: '시간', minute: '분', second: '초' }[unit]}`,
  approxAt: (time) => `${time}쯤 (내 시간 기준)`,
  resetSources: {
    'blocked_features.resets_after': 'ChatGPT가 이 기능에 대해 알려 준 초기화 시각',
    'limits_progress.reset_after': 'ChatGPT 사용량 보고',
    clears_in: 'ChatGPT 응답에 담긴 대기 시간',
    'header:retry-after': '응답 헤더에 담긴 대기 시간',
    'header:retry-after-ms': '응답 헤더에 담긴 대기 시간',
    'header:x-ratelimit-reset-requests': '응답 헤더에 담긴 요청 한도 초기화 시각',
    'header:x-ratelimit-reset-tokens': '응답 헤더에 담긴 토큰 한도 초기화 시각',
    'header:x-ratelimit-reset': '응답 헤더에 담긴 초기화 시각',
    'body:retry-delay': '오류 메시지에 담긴 대기 시간',
    'text:duration': '메시지에 적힌 대기 시간',
    'text:clock': '메시지에 적힌 시각',
  },
  reasons: {
    moderation: 'ChatGPT의 안전 검사가 이 요청을 막았습니다.',
    imageTool: 'ChatGPT의 이미지 도구가 한도에 도달했다고 알렸습니다.',
    imageToolSays: (what) => `ChatGPT의 이미지 도구가 알린 내용: ${what}.`,
    blockedFeatures: 'ChatGPT 자체 데이터에 이미지 생성이 초기화 시각까지 막혀 있다고 나옵니다.',
    otherFeature: 'ChatGPT 자체 데이터에 이미지 생성이 아닌 다른 기능이 막혀 있다고 나옵니다.',
    limitsProgress: 'ChatGPT 사용량 보고에 남은 이미지가 없다고 나옵니다.',
    queued: '수요가 많아 ChatGPT가 이미지를 대기열에 넣었습니다.',
    otherTool: '이미지 도구가 아닌 다른 ChatGPT 도구가 한도에 도달했습니다.',
    code: (what) => `응답의 오류 코드가 뜻하는 것: ${what}.`,
    words: (what) => `메시지 내용: ${what}.`,
    statusOnly: (status) => `HTTP 상태 코드(${status})만 단서이며, 한도를 밝힌 내용은 없습니다.`,
    noSignal: '증거 어디에도 한도가 언급되지 않았습니다.',
    page: (host) => `${host}에서 확인되었으므로 이 사이트의 한도입니다.`,
    named: (name) => `메시지에 언급된 서비스: ${name}.`,
    route: (name) => `직접 지정한 출처: ${name}.`,
    quoted: (name) => `페이지에는 인용된 ${name} 오류만 있으므로, 이 페이지가 아니라 해당 서비스의 한도입니다.`,
    chatgptShapes: '응답이 ChatGPT 고유의 형식입니다.',
    limitZero: '한도가 0입니다. 이 등급에서는 모델을 쓸 수 없으므로 기다려도 해결되지 않습니다.',
    perDay: '일일 할당량이므로 저절로 초기화됩니다.',
    perMinute: '분당 한도이므로 요청 속도를 줄이면 됩니다.',
    sharedCapacity: '사용자의 할당량이 언급되지 않았습니다. 서비스 전체의 처리 용량이 부족한 상태입니다.',
    lockedForBalance: '잔액 때문에 계정이 잠겼습니다. 충전하면 풀립니다.',
    azureDaily: '대기 시간이 꼬박 하루이므로 일일 할당량이 소진된 것입니다.',
    truncated: '내용이 너무 길어 앞부분만 읽었습니다.',
    error: 'Limit Lens가 이 증거를 읽지 못했습니다.',
    reset: (source) => `초기화 시각의 출처: ${source}.`,
    rationed: (source) => `다음 사용 가능 시점의 출처: ${source}. 참고용이며, 기다려야 할 초기화 시각은 아닙니다.`,
    kinds: {
      'content-policy': '요청 내용이 거부됨',
      'resource-blocked': '리소스 전체가 차단됨',
      'image-quota': '이미지 생성 한도에 도달함',
      'image-cooldown': '짧은 시간에 이미지를 너무 많이 요청함',
      'message-cap': '메시지 한도에 도달함',
      'feature-cap': '다른 기능의 한도에 도달함',
      cap: '사용 한도에 도달함',
      'account-throttle': '이 계정에서 보낸 요청이 너무 많음',
      'unusual-activity': '비정상적인 활동이 감지됨',
      'login-required': '로그인이 필요함',
      'too-long': '요청이 너무 김',
      rate: '요청이 너무 빠름 (속도 제한)',
      'billing-quota': '할당량이나 크레딧이 소진됨',
      quota: '할당량이 소진됨',
      'billing-hard-limit': '월 예산 상한에 도달함',
      credits: '크레딧이나 잔액이 소진됨',
      'credit-throttle': '크레딧이 적어 요청 속도가 제한됨',
      'account-locked': '계정이 잠김',
      'tier-zero': '이 등급에는 이용 권한이 없음 (한도 0)',
      access: '모델이나 프로젝트에 대한 이용 권한이 없음',
      overload: '서비스가 과부하 상태임',
      'edge-rate-limit': 'CDN(Cloudflare)이 접속을 제한함',
      'tool-failure': '이미지 도구가 한도를 밝히지 않고 실패함',
      'generic-error': '한도를 밝히지 않은 오류가 발생함',
    },
  },
  details: '자세히',
  pasteLink: '오류를 붙여 넣어 분류하기',
  providersLink: '제공업체 사이트',
  packet: {
    title: '문제 보고 자료',
    intro: '이 기록에 대해 Limit Lens가 보관한 모든 값과 각 값의 출처입니다. 지원팀에 전달하거나 다음에 할 일을 정하는 데 쓰세요.',
    field: '항목',
    value: '값',
    source: '출처',
    fields: {
      owner: '한도를 정한 곳',
      bucket: '소진된 한도',
      action: '다음에 할 일',
      page: '페이지',
      endpoint: '엔드포인트',
      model: '모델',
      organization: '조직',
      project: '프로젝트',
      'request-size': '요청 크기',
      'request-quality': '품질 설정',
      status: 'HTTP 상태',
      body: '응답 본문',
      headers: '응답 헤더',
      reset: '초기화 시각',
      'other-reset': '함께 언급된 다른 초기화',
      'retry-count': '재시도 횟수 (첫 발생 이후 반복)',
      'monthly-usage': '월 사용량',
      'seen-text': '화면에 표시된 정확한 문구',
      'first-seen': '처음 확인',
      'last-seen': '마지막 확인',
      reasons: '판단 근거',
    },
    sources: {
      classifier: 'Limit Lens의 증거 판독',
      page: '페이지 주소',
      'page-traffic': '페이지 자체의 응답',
      webrequest: '확장 프로그램이 본 응답 헤더 (페이지에서 숨겨진 헤더 포함)',
      'page-text': '페이지에 표시된 문구',
      pasted: '직접 붙여 넣은 내용',
      evidence: '본문이나 문구에 명시됨',
      'endpoint-path': '요청 경로',
      header: '응답 헤더',
      record: 'Limit Lens 기록',
      'not-reported': '정보 없음',
    },
    notReported: '정보 없음',
    truncated: '(잘림: 앞부분만 보관됨)',
    monthly: {
      'monthly-limit-reached': '월 예산 상한 도달',
      'quota-or-credits-spent': '크레딧 또는 할당량 소진',
    },
    tierTitle: (model) => `${model} 공개 API 사용 등급별 상한 (OpenAI API 직접 사용 시)`,
    tierCaption: (checked) =>
      `${checked}에 확인한 일반적인 상한이며, 이 프로젝트의 실제 한도가 아닙니다. 실제 한도는 프로젝트의 한도 페이지와 위의 응답 헤더가 기준이며, 이 표보다 낮을 수 있습니다.`,
    tierModelUnknown: (model) => `이 기록에는 모델 이름이 없습니다. 이 표는 ${model} 기준이므로 맞지 않을 수 있습니다.`,
    tierHeaders: { tier: '사용 등급', tpm: '분당 토큰 (TPM)', ipm: '분당 이미지 (IPM)' },
    tierNotSupported: '지원 안 함',
    notFound: '이 기록은 더 이상 저장되어 있지 않습니다.',
    loadError: '이 기록을 불러오지 못했습니다.',
  },
  paste: {
    title: '오류를 붙여 넣어 분류하기',
    intro: '직접 작성한 코드나 로그의 오류를 붙여 넣으세요. 상태 줄과 헤더가 있는 HTTP 응답, curl -i 또는 -v 출력, JSON 본문, 로그 한 줄 모두 됩니다.',
    textLabel: '오류 내용',
    routeLabel: '어디에서 발생했나요?',
    routes: { auto: 'Limit Lens가 판단', chatgpt: 'ChatGPT 앱', openai: 'OpenAI API', azure: 'Azure OpenAI', provider: '다른 제공업체 또는 게이트웨이' },
    classify: '설명 보기',
    save: '증거로 저장',
    saveHint: '“증거로 저장”을 누르기 전에는 아무것도 저장되지 않습니다.',
    privacy: '이 기기에서만 읽습니다. 쿠키와 인증 헤더는 버립니다.',
    resultTitle: 'Limit Lens의 판단',
    readAs: (format) => `읽은 형식: ${format}`,
    formats: {
      http: 'HTTP 응답 (상태 줄, 헤더, 본문)',
      'curl-verbose': 'curl -v 출력',
      json: 'JSON 본문',
      log: '로그 한 줄',
      text: '일반 텍스트',
      empty: '내용 없음',
    },
    notes: {
      cut: '붙여 넣은 내용의 일부만 읽었습니다.',
      binary: '제어 문자나 바이너리 데이터를 제거했습니다.',
      'secret-headers-dropped': '쿠키와 인증 헤더를 버렸습니다.',
      'headers-capped': '처음 40개의 헤더만 보관했습니다.',
      'several-responses': '여러 응답이 있어 마지막 응답을 읽었습니다.',
      'body-not-json': '본문이 JSON이 아니어서 텍스트로 읽었습니다.',
    },
    cutNotice: (originalKb, headKb, tailKb) =>
      `붙여 넣은 내용이 ${originalKb} KB입니다. 앞 ${headKb} KB와 끝 ${tailKb} KB만 읽고 가운데는 건너뛰었습니다.`,
    saved: '저장했습니다. 이제 팝업 목록에 표시됩니다.',
    savedAgain: '이미 저장된 내용이라 새로 추가하지 않았습니다.',
    notAStop: '저장하지 않음: 이 내용에서 한도나 거부를 찾지 못했습니다.',
    empty: '먼저 오류를 붙여 넣으세요. 내용이 비어 있습니다.',
    failed: (message) => `처리하지 못했습니다: ${message}`,
    openPacket: '문제 보고 자료 열기',
  },
  providerSettings: {
    title: '제공업체 사이트',
    intro: 'ChatGPT 밖에서 이미지를 만드는 사이트를 켜세요. 각 사이트는 직접 켜기 전까지 꺼져 있으며, 켤 때 브라우저가 해당 사이트와 API에 대한 접근 권한을 묻습니다. 동의하기 전에는 아무것도 실행되지 않습니다. Limit Lens는 페이지 자체의 오류 응답과 헤더만 읽고, 직접 요청을 보내지 않습니다.',
    presetsTitle: '기본 제공 사이트',
    customTitle: '직접 추가한 사이트',
    customIntro: '플레이그라운드, 게이트웨이, 사내 도구를 추가하세요. 페이지, 호출하는 API(속도 제한 헤더용), 한도를 정한 곳을 지정합니다.',
    noCustom: '아직 직접 추가한 사이트가 없습니다.',
    status: {
      off: '꺼짐',
      on: '켜짐',
      'needs-permission': '브라우저에서 접근 권한이 제거됨: 다시 켜세요',
      error: '켜졌지만 스크립트를 등록하지 못함',
    },
    turnOn: '켜기',
    turnOff: '끄기',
    asksFor: '접근 권한 요청 대상',
    notes: '참고',
    ownerKinds: { 'openai-api': 'OpenAI API', azure: 'Azure OpenAI', provider: '외부 제공업체' },
    nameLabel: '이름',
    pagesLabel: '페이지 패턴 (한 줄에 하나)',
    apiLabel: 'API 패턴 (선택, 한 줄에 하나)',
    patternsHint: '예: https://studio.example.com/* 또는 https://*.example.com/*',
    ownerLabel: '한도를 정한 곳',
    add: '사이트 추가',
    saveEntry: '저장',
    edit: '수정',
    remove: '삭제',
    cancel: '취소',
    fieldNames: { name: '이름', pages: '페이지 패턴', apiHosts: 'API 패턴', ownerKind: '한도를 정한 곳' },
    problems: {
      empty: '비어 있습니다',
      'too-long': '너무 깁니다',
      'not-https': 'https://로 시작해야 합니다',
      'bad-host': '호스트가 올바른 사이트 이름이 아닙니다',
      'any-host': '모든 사이트가 아닌 특정 사이트를 지정해야 합니다',
      'bad-path': '/* 같은 경로가 필요합니다',
      none: '패턴이 하나 이상 필요합니다',
      'too-many': '패턴이 너무 많습니다 (최대 10개)',
      'reserved-host': 'ChatGPT는 이미 Limit Lens가 다룹니다',
      unknown: '선택지 중 하나가 아닙니다',
      'public-suffix': '여러 소유자의 사이트를 포함합니다 (*.com, *.vercel.app 등). *.example.com처럼 사이트 자체를 지정하세요',
    },
    permissionDenied: '접근 권한이 허용되지 않아 사이트가 꺼진 상태로 남습니다.',
    failed: (message) => `변경하지 못했습니다: ${message}`,
  },
};

export const STRINGS: Record<UiLocale, UiStrings> = { en, ko };

/** Korean when the browser runs in Korean, English otherwise. */
export function pickLocale(language: string | undefined): UiLocale {
  return language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

// ---- First run and updates (issue 13): the welcome page and the popup's "what's new" line. ----

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

export const FIRST_RUN_STRINGS: Record<UiLocale, FirstRunStrings> = {
  en: {
    welcome: {
      pageTitle: 'Welcome to Limit Lens',
      title: 'Welcome to Limit Lens',
      intro: 'When image generation stops, Limit Lens tells you who owns the limit, which bucket ran out, and what to do next.',
      capturedTitle: 'What it captures, and where',
      captured: [
        'On chatgpt.com: the image tool’s stop messages (a limit, a cooldown, a refusal) from the page’s own traffic, and the error text you see. Ordinary answers are not read.',
        'On provider sites you turn on: their error responses and rate-limit headers. Nothing runs on a site before you turn it on.',
        'Each stop is kept in this browser, in the extension’s own storage. The toolbar button shows the latest; the history page keeps the rest until you delete them.',
      ],
      privacyTitle: 'Your data stays here',
      privacy: ['Everything Limit Lens captures stays on this device.', 'It sends nothing anywhere and makes no network request of its own.'],
      demoTitle: 'Try it',
      demoBody: 'Paste an error message you got, from ChatGPT or an API, and see what Limit Lens makes of it.',
      demoLink: 'Paste an error',
      providersTitle: 'Generating images elsewhere too?',
      providersBody:
        'The OpenAI platform, Azure OpenAI, OpenRouter, fal, Replicate, Google AI Studio and sites you add are off until you turn them on; each asks your browser for access to that site only.',
      providersLink: 'Turn on provider sites',
      pinHint: 'Pin Limit Lens to the toolbar: its badge shows how long until a limit resets.',
    },
    whatsNew: {
      '0.2.0': 'New in 0.2.0: stops ChatGPT sends over its live connection are caught too, and exports mask more kinds of secrets.',
    },
    whatsNewDismiss: 'Dismiss',
  },
  ko: {
    welcome: {
      pageTitle: 'Limit Lens에 오신 것을 환영합니다',
      title: 'Limit Lens에 오신 것을 환영합니다',
      intro: '이미지 생성이 멈추면 Limit Lens가 누구의 한도인지, 어떤 한도가 소진됐는지, 다음에 무엇을 하면 되는지 알려 드립니다.',
      capturedTitle: '무엇을, 어디에서 수집하나요',
      captured: [
        'chatgpt.com에서는 이미지 도구의 중단 메시지(한도, 쿨다운, 거부)를 페이지 자신의 트래픽에서 읽고, 화면에 보이는 오류 문구를 읽습니다. 일반 답변은 읽지 않습니다.',
        '직접 켠 제공자 사이트에서는 오류 응답과 한도 헤더를 읽습니다. 켜기 전에는 그 사이트에서 아무것도 실행되지 않습니다.',
        '중단은 이 브라우저, 확장 프로그램 자체 저장소에 보관됩니다. 도구 모음 버튼에서 최근 중단을 보고, 나머지는 직접 지울 때까지 기록 페이지에 남습니다.',
      ],
      privacyTitle: '데이터는 이 기기에만 남습니다',
      privacy: ['Limit Lens가 수집한 내용은 모두 이 기기에만 남습니다.', '어디에도 보내지 않으며, 직접 네트워크 요청을 하지 않습니다.'],
      demoTitle: '직접 해 보기',
      demoBody: 'ChatGPT나 API에서 받은 오류 메시지를 붙여 넣고 Limit Lens가 어떻게 설명하는지 확인해 보세요.',
      demoLink: '오류 붙여 넣기',
      providersTitle: '다른 곳에서도 이미지를 생성하나요?',
      providersBody:
        'OpenAI 플랫폼, Azure OpenAI, OpenRouter, fal, Replicate, Google AI Studio와 직접 추가한 사이트는 켜기 전까지 꺼져 있으며, 켤 때 그 사이트에 대한 접근 권한만 브라우저에 요청합니다.',
      providersLink: '제공자 사이트 켜기',
      pinHint: 'Limit Lens를 도구 모음에 고정하세요. 배지에 한도가 초기화되기까지 남은 시간이 표시됩니다.',
    },
    whatsNew: {
      '0.2.0': '0.2.0의 새 기능: ChatGPT가 실시간 연결로 보내는 중단도 수집하고, 내보내기에서 더 많은 종류의 비밀 정보를 가립니다.',
    },
    whatsNewDismiss: '닫기',
  },
};
