/**
 * The names of the advice lines, apart from lib/explain/explain.ts so the locale files can be typed by them
 * without importing the explainer (which imports the locale types: that was an import cycle).
 */

/** The advice under an action, by what ran out and whose it is: one action reads differently per owner. */
export const ADVICE_KEYS = [
  'wait-app',
  'wait-cooldown',
  'wait-throttle',
  'wait-provider-daily',
  'wait-provider',
  'wait-other',
  'simplify-policy',
  'simplify-too-long',
  'retry-load',
  'retry-edge',
  'retry-app',
  'retry-unknown',
  'throughput-api',
  'throughput-enqueued',
  'throughput-provider',
  'throughput-other',
  'billing-openai',
  'billing-tier-zero',
  'billing-provider',
  'billing-app',
  'billing-other',
  'access-app-login',
  'access-app-account',
  'access-openai',
  'access-azure',
  'access-provider',
  'access-other',
  'console-azure-quota',
  'console-azure-blocked',
  'console-provider',
  'console-other',
] as const;
export type AdviceKey = (typeof ADVICE_KEYS)[number];
