/** The popup's "what's new" line, in the extension's local storage: set by the background on update, cleared on dismiss. */
import { storage } from '#imports';
import type { WhatsNew } from './first-run.ts';

export const whatsNewItem = storage.defineItem<WhatsNew | null>('local:whatsNew', { fallback: null });

/** Set once the welcome page has been opened in this profile. */
export const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false });
