import { publishFirstReads, startFirstReads } from './popup/first-reads.ts';

/**
 * The popup's first reads, started by a plain script in the popup page's head: it runs as soon as it is fetched,
 * while the page's modules (Preact, the cards, the locale's words) are still loading, so the database and the
 * settings are read meanwhile rather than after. main.tsx takes what it started (entrypoints/popup/first-reads.ts).
 */
export default defineUnlistedScript(() => publishFirstReads(startFirstReads()));
