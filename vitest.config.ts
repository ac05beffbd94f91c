import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'test/unit/setup.ts'],
    // Clock times in messages are local to the browser; tests pin the zone so they mean the same everywhere.
    env: { TZ: 'UTC' },
  },
});
