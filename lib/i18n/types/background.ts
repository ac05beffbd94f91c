import type { Owner } from '../../domain/labels.ts';

/** The "Save as limit evidence" context-menu item and the notice after a click on it. */
export interface ManualCaptureStrings {
  menuTitle: string;
  savedTitle: string;
  savedBody: (owner: string) => string;
  failedTitle: string;
}

/**
 * What the service worker says itself: the notice when a wait ends, the context-menu item and its notices. The
 * owner names are the card's (the same object), named in the "saved" notice.
 */
export interface BackgroundStrings {
  notifyTitle: string;
  notifyBody: (site: string, time: string) => string;
  manualCapture: ManualCaptureStrings;
  owners: Record<Owner, string>;
}
