// Shared unit-test setup. fake-indexeddb/auto is loaded before this by vitest.config.ts.
export {};
