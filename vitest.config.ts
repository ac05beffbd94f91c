import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    // IndexedDB for Dexie in Node: the storage tests open real (in-memory) databases.
    setupFiles: ['fake-indexeddb/auto'],
    // Clock times in messages are local to the browser; tests pin the zone so they mean the same everywhere.
    env: { TZ: 'UTC' },
  },
});
