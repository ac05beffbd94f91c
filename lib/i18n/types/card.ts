/**
 * The shape of the popup and the stop card in one language: the card's labels, owners, buckets, actions, advice,
 * countdown units and the classifier's reasons in plain words. A ChatGPT app explanation never uses API tier
 * vocabulary (TPM, IPM, RPM, tiers): the bucket texts for app-* buckets are written to stay clear of it, and a test
 * checks it.
 */
import type { Action, Bucket, Owner, ResetSource } from '../../domain/labels.ts';
import type { Kind } from '../../classify/kinds.ts';
import type { ApproxUnit, DurationUnits } from '../../explain/countdown.ts';
import type { AdviceKey } from '../../explain/advice-keys.ts';

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

/** The popup and the stop card (components/Popup*.tsx, StopCard.tsx). */
export interface CardStrings {
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
  /** Popup link to the history page. */
  historyLink: string;
}

/** What the popup and the history page say when the database belongs to a newer release (lib/storage/db.ts). */
export interface StorageStrings {
  /** The notice in place of the list: nothing is lost, and what to do. */
  newerSchema: (keptAside: number) => string;
}
