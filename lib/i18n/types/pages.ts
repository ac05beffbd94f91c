import type { PacketField, PacketSource } from '../../evidence/packet.ts';
import type { PasteFormat, PasteNote, PasteRoute } from '../../evidence/pasted-stop.ts';
import type { CaptureLayer } from '../../domain/shapes.ts';

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

/** The incident packet as Markdown, for a support ticket (lib/export/markdown.ts). */
export interface MarkdownPacketStrings {
  title: string;
  exported: string;
  stops: (n: number) => string;
  redactedNote: (conversationIds: boolean) => string;
  notRedactedNote: string;
  field: string;
  value: string;
  source: string;
  owner: string;
  ranOut: string;
  provider: string;
  page: string;
  endpoint: string;
  model: string;
  organization: string;
  project: string;
  requestId: string;
  imageSize: string;
  quality: string;
  httpStatus: string;
  reset: string;
  otherResets: string;
  retries: string;
  retriesValue: (count: number) => string;
  firstSeen: string;
  lastSeen: string;
  capturedFrom: string;
  signals: string;
  headers: string;
  header: string;
  whatSaw: string;
  noVisibleText: string;
  evidence: string;
  why: string;
  next: string;
  noReset: string;
  alreadyPassed: string;
  possiblyPassed: string;
  truncated: (n: number) => string;
  evidenceTruncated: string;
  src: {
    classifier: (confidence: string) => string;
    plain: string;
    pageAddress: string;
    request: string;
    evidenceText: string;
    header: (name: string) => string;
    response: string;
    capture: string;
    merged: string;
  };
  layers: Record<CaptureLayer, string>;
  pasted: (route: string) => string;
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
