import { defineConfig } from '@playwright/test';

// One worker: each test starts its own Chromium with the extension, and these machines have two cores.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  retries: 0,
});
