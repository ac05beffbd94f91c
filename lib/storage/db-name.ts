/** The extension's IndexedDB database, by name: on its own so a page can read it without loading Dexie (db.ts). */
export const DB_NAME = 'limit-lens';
