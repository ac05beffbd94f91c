/**
 * The built-in provider sites, as data: one entry per site, each off until the user turns it on. When a site
 * changes its hosts or its error markup, this is the one file to edit. Bundled into the provider content script
 * (selectors) and read by wxt.config.ts (optional host permissions): keep it free of zod, dexie and browser calls.
 *
 * Hosts come from the providers' public API documentation. No capture of these sites' error markup was available
 * (messages.md, "Gaps"), so the per-site selectors below are assumptions marked as such; the generic ones in
 * GENERIC_ERROR_SELECTORS and the network layer do the work until a capture confirms or replaces them.
 */
import { matchesAny } from './match-pattern.ts';
import type { ErrorSelector, ProviderPreset } from './types.ts';

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  {
    id: 'openai-platform',
    name: 'OpenAI platform playground',
    pages: ['https://platform.openai.com/*'],
    apiHosts: ['https://api.openai.com/*'],
    ownerKind: 'openai-api',
    errorSelectors: [{ css: '[data-radix-toast-viewport] li', note: 'assumed: Radix toasts (unverified, 2026-11)' }],
    notes:
      "Playground requests go to api.openai.com and count against the project's own API limits; its " +
      'x-ratelimit-* and openai-organization/openai-project headers are hidden from the page by CORS ' +
      'and read by the extension. No UI-specific limit texts are known (messages.md).',
  },
  {
    id: 'azure-foundry',
    name: 'Azure AI Foundry / Azure OpenAI studio',
    pages: ['https://ai.azure.com/*', 'https://oai.azure.com/*'],
    apiHosts: [
      'https://*.openai.azure.com/*',
      'https://*.cognitiveservices.azure.com/*',
      'https://*.services.ai.azure.com/*',
    ],
    ownerKind: 'azure',
    errorSelectors: [
      { css: '.fui-MessageBar', note: 'assumed: Fluent UI v9 message bars (unverified, 2026-11)' },
      { css: '[class*="MessageBar"]', note: 'assumed: Fluent UI v8 message bars in the older studio (unverified)' },
    ],
    notes:
      'Quota is Microsoft\'s (subscription, region, deployment): "call rate" is requests per minute, ' +
      '"token rate" tokens per minute, "retry after 86400 seconds" a spent daily quota. Retry-After ' +
      'and x-ratelimit-remaining-* come from the resource host.',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    pages: ['https://openrouter.ai/*'],
    apiHosts: ['https://openrouter.ai/*'],
    ownerKind: 'provider',
    providerId: 'openrouter',
    errorSelectors: [{ css: '[data-sonner-toast]', note: 'assumed: sonner toasts (unverified, 2026-11)' }],
    notes:
      'Credits are OpenRouter\'s own (402 "Insufficient credits"); 429s carry X-RateLimit-* with an ' +
      'epoch-ms reset, also inside error.metadata.headers. It relays upstream throttling too.',
  },
  {
    id: 'fal',
    name: 'fal',
    pages: ['https://fal.ai/*'],
    apiHosts: ['https://*.fal.ai/*', 'https://*.fal.run/*'],
    ownerKind: 'provider',
    providerId: 'fal',
    errorSelectors: [{ css: '[data-sonner-toast]', note: 'assumed: sonner toasts (unverified, 2026-11)' }],
    notes:
      'A locked account answers 403 "User is locked. Reason: Exhausted balance|TOP_UP": fix billing in the fal dashboard.',
  },
  {
    id: 'replicate',
    name: 'Replicate',
    pages: ['https://replicate.com/*'],
    apiHosts: ['https://*.replicate.com/*'],
    ownerKind: 'provider',
    providerId: 'replicate',
    errorSelectors: [],
    notes:
      'Insufficient credit is a 402; throttling a 429 "Request was throttled… resets in ~30s", with a ' +
      'reduced rate while credit is below $5.',
  },
  {
    id: 'google-ai-studio',
    name: 'Google AI Studio',
    pages: ['https://aistudio.google.com/*'],
    apiHosts: ['https://generativelanguage.googleapis.com/*', 'https://alkalimakersuite-pa.clients6.google.com/*'],
    ownerKind: 'provider',
    providerId: 'google-gemini-api',
    errorSelectors: [
      { css: 'mat-snack-bar-container', note: 'assumed: Angular Material snack bars (unverified, 2026-11)' },
      { css: '.mat-mdc-snack-bar-label', note: 'assumed: MDC snack bar label (unverified)' },
    ],
    notes:
      'Gemini uses OpenAI\'s "You exceeded your current quota" sentence for its own quota: the origin ' +
      'decides. RESOURCE_EXHAUSTED with a quotaId says per minute or per day; "limit: 0" means no ' +
      'free-tier image access.',
  },
];

/**
 * Where any page shows an error, after a site's own selectors. Ordered: explicit alert roles first, then toast
 * libraries, then error-looking classes. Only text that reads like a limit (page-patterns.ts) is ever kept.
 */
export const GENERIC_ERROR_SELECTORS: readonly ErrorSelector[] = [
  { css: '[role="alert"]', note: 'alerts and inline error banners' },
  { css: '[aria-live="assertive"]', note: 'live regions announcing errors' },
  { css: '[role="status"]', note: 'status toasts' },
  { css: '[data-sonner-toast]', note: 'sonner toasts (common in React sites)' },
  { css: '.toast, [class*="toast" i]', note: 'other toast libraries' },
  { css: '[class*="error" i]', note: 'error-styled text' },
];

/** Every host pattern any preset may ask for: the manifest lists them as optional host permissions. */
export function presetHostPatterns(): string[] {
  const out: string[] = [];
  for (const p of PROVIDER_PRESETS) for (const h of [...p.pages, ...p.apiHosts]) if (!out.includes(h)) out.push(h);
  return out;
}

/** The error selectors for a page: those of every preset whose pages match it, then the generic ones. */
export function errorSelectorsFor(url: string): ErrorSelector[] {
  const own = PROVIDER_PRESETS.filter((p) => matchesAny(p.pages, url)).flatMap((p) => p.errorSelectors);
  return [...own, ...GENERIC_ERROR_SELECTORS];
}
