/** The kept-aside list (lib/storage/kept-aside.ts) in the extension's local storage. */
import { storage } from '#imports';
import type { CapturePayload } from '../messages/protocol.ts';
import type { KeptAsideStore } from './kept-aside.ts';

export const keptAsideItem = storage.defineItem<CapturePayload[]>('local:keptAside', { fallback: [] });

export const keptAsideStore: KeptAsideStore = {
  get: () => keptAsideItem.getValue(),
  set: (list) => keptAsideItem.setValue(list),
};
