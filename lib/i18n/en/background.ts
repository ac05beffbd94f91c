/**
 * What the service worker says itself, in English: the reset notice and the "Save as limit evidence" menu item and
 * notices. Kept apart from the pages' words so the worker loads only these (lib/i18n/background-strings.ts).
 */
import type { BackgroundStrings } from '../types/index.ts';
import { owners } from './card.ts';

export const background: BackgroundStrings = {
  notifyTitle: 'Image generation should be available again',
  notifyBody: (site, time) => `The limit on ${site} was due to reset at ${time}.`,
  manualCapture: {
    menuTitle: 'Save as limit evidence',
    savedTitle: 'Saved as limit evidence',
    savedBody: (owner) => `${owner}. Open Limit Lens to see the incident packet.`,
    failedTitle: 'Could not save the selection',
  },
  owners,
};
