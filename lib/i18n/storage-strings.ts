/**
 * The notice the pages show when the database belongs to a newer release (lib/storage/db.ts refuses it). Its words
 * live in each locale folder (card.ts, `storageNotice`, beside the popup's words); this module keeps the import path the
 * history page uses.
 */
export { STORAGE_STRINGS } from './strings.ts';
export type { StorageStrings } from './strings.ts';
