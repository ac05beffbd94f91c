/**
 * The notice the pages show when the database belongs to a newer release (lib/storage/db.ts refuses it). Its words
 * live in each locale folder (history.ts, `storageNotice`); this module keeps the import path the popup and the
 * history page use.
 */
export { STORAGE_STRINGS } from './strings.ts';
export type { StorageStrings } from './strings.ts';
