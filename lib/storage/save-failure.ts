/**
 * The background's latest failed save (a full disk), kept in session storage: memory only, gone when the browser
 * closes, readable by the extension's pages. The popup reads it next to the database instead of asking the worker,
 * so showing it never wakes the worker, and it survives the worker being stopped between the failure and the popup.
 */
import { storage } from '#imports';

export interface SaveFailure {
  message: string;
  at: number;
}

export const saveFailureItem = storage.defineItem<SaveFailure | null>('session:saveFailure', { fallback: null });
