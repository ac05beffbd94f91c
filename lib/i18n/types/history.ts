import type { RedactionKind } from '../../export/redact.ts';
import type { CaptureLayer } from '../../domain/shapes.ts';

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
