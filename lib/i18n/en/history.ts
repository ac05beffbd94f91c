/** The history page in English: the list, export with its redaction preview, import, the newer-database notice. */
import type { ExportStrings, HistoryStrings, ImportStrings, RedactionStrings } from '../types/index.ts';

export const historyPage: HistoryStrings = {
  title: 'History',
  intro:
    'Every stop Limit Lens kept on this device. Filter, search, open an incident packet, export evidence or import a file.',
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
  columns: {
    select: 'Select',
    seen: 'Last seen',
    owner: 'Who owns the limit',
    action: 'Next step',
    site: 'Site',
    text: 'What was seen',
    actions: 'Actions',
  },
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
  clearConfirm: (n) =>
    `Delete all ${n} stored stops and their screenshots? This cannot be undone; export first to keep a copy.`,
  clearYes: 'Delete all',
  cancel: 'Cancel',
  cleared: (n) => `Deleted ${n} stops.`,
  deleted: 'Deleted.',
  loadError: (message) => `Could not load the history: ${message}`,
  screenshotsTitle: 'Screenshots',
  screenshotsNote: 'The tab as it looked when the stop was captured. Kept on this device; never masked on export.',
  screenshotAlt: (n, when) => `Screenshot ${n} of the tab, taken ${when}`,
};

export const exportPanel: ExportStrings = {
  title: 'Export',
  scope: (n) => (n === '1' ? 'Exporting 1 stop' : `Exporting ${n} stops`),
  loading: (done, total) => `Reading stops… ${done} of ${total}`,
  preparing: 'Checking what to mask…',
  redact: 'Mask secrets and identifiers (recommended)',
  redactHint:
    'API keys, tokens, cookies, e-mail addresses; organization and project ids partly. Request ids ' +
    'and model names stay: support needs them.',
  conversationIds: 'Also mask ChatGPT conversation ids',
  conversationIdsHint:
    'Only you can open your conversations, and the id helps you find the chat again; mask it when that matters.',
  formats: 'Save as',
  json: 'JSON',
  jsonHint: 'complete; can be imported again',
  csv: 'CSV',
  csvHint: 'a spreadsheet, one row per stop',
  md: 'Markdown incident packet',
  mdHint: 'to paste into a support ticket',
  zip: 'Evidence bundle (.zip)',
  zipHint: (n) => `the incident packet, the JSON and ${n === 1 ? '1 screenshot' : `${n} screenshots`}`,
  screenshotsNotRedacted:
    'Screenshots are included as they were taken: they are not masked. Look at them before sharing.',
  tooLarge: (mb, limitMb) =>
    `This JSON is ${mb} MB; import reads at most ${limitMb} MB. Export fewer stops at a time to be able to import it again.`,
  saveAnyway: 'Save anyway',
  saved: (fileName) => `Saved ${fileName}.`,
  close: 'Close',
  failed: (message) => `Could not export: ${message}`,
};

export const redactionPreview: RedactionStrings = {
  title: 'What will be masked',
  summary: (n) => (n === '1' ? '1 value will be masked.' : `${n} values will be masked.`),
  nothing:
    'Nothing recognisable as a secret or an identifier was found. Redaction is a safety net, not a ' +
    'guarantee: check names or other personal details yourself.',
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

export const importPanel: ImportStrings = {
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
  done: (added, duplicates) =>
    `Added ${added} ${added === '1' ? 'stop' : 'stops'}; ${duplicates} already stored ${duplicates === '1' ? 'was' : 'were'} skipped.`,
  byOwner: 'Added, by owner',
  failed: (message) => `Could not import: ${message}`,
  repaired: (n) =>
    `${n === '1' ? '1 stop has' : `${n} stops have`} its first and last sighting the wrong way round ` +
    `(saved out of order by an older version); they will be imported with the two times swapped.`,
  tooLarge: (fileMb, limitMb) =>
    `The file is too large (${fileMb} MB); the limit is ${limitMb} MB of text. Export fewer stops at a time.`,
  storageFull: 'The browser refused to store more data (storage quota reached). Nothing was imported.',
  writeFailed: (errorName) => `The import could not be written (${errorName}). Nothing was imported.`,
};
