/**
 * Provider sites the user turned on: the built-in presets, their own custom entries, and what the options page is
 * told about each. Types and constants only: content scripts, pages and the background all import this file, so it
 * must stay free of zod, dexie and browser calls.
 */
import type { ClassifyRoute } from '../domain/labels.ts';
import type { PatternProblem } from './match-pattern.ts';

/** Who owns the limits of a configured site: the owner kinds a user can choose for a custom entry. */
export const OWNER_KINDS = ['openai-api', 'azure', 'provider'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** One visible-error selector of a provider page, with the page variant it serves. */
export interface ErrorSelector {
  css: string;
  note: string;
}

export interface ProviderPreset {
  id: string;
  name: string;
  /** Match patterns of the pages where the user works (the content scripts run here). */
  pages: readonly string[];
  /** Match patterns of the API hosts those pages call (the background reads their response headers). */
  apiHosts: readonly string[];
  ownerKind: OwnerKind;
  /** The classifier's id for this third party (lib/classify/patterns.ts ORIGIN_RULES), when it has one. */
  providerId?: string;
  /** Where the page shows errors; ordered, most specific first. Generic ones are appended for every site. */
  errorSelectors: readonly ErrorSelector[];
  /** What is known and what is not about this site, with dates. */
  notes: string;
}

export interface CustomProvider {
  /** `custom-` and a random suffix; never a preset id. */
  id: string;
  name: string;
  pages: string[];
  apiHosts: string[];
  ownerKind: OwnerKind;
}

/** What is stored (browser.storage.local): which entries are on, and the user's own entries. */
export interface ProviderSettings {
  enabled: string[];
  custom: CustomProvider[];
}

export const EMPTY_PROVIDER_SETTINGS: ProviderSettings = { enabled: [], custom: [] };

/**
 * - `off`: not turned on.
 * - `on`: turned on, permission granted, content scripts registered.
 * - `needs-permission`: turned on, but the site's permission was removed (in the browser's own settings); nothing
 *   runs there until the user turns it on again.
 * - `error`: turned on and permitted, but registering the scripts failed.
 */
export type ProviderStatus = 'off' | 'on' | 'needs-permission' | 'error';

export interface ProviderEntryState {
  id: string;
  name: string;
  kind: 'preset' | 'custom';
  ownerKind: OwnerKind;
  pages: string[];
  apiHosts: string[];
  /** The host permissions turning it on asks for. */
  origins: string[];
  enabled: boolean;
  status: ProviderStatus;
  notes?: string;
  error?: string;
}

export interface ProvidersState {
  entries: ProviderEntryState[];
}

/** What is wrong with a custom entry (lib/providers/settings.ts validateCustomProvider). */
export type CustomProblem =
  | { field: 'name'; problem: 'empty' | 'too-long' }
  | {
      field: 'pages' | 'apiHosts';
      problem: PatternProblem | 'none' | 'too-many' | 'reserved-host' | 'public-suffix';
      pattern?: string;
    }
  | { field: 'ownerKind'; problem: 'unknown' };

export type ProviderActionResult =
  | { ok: true; state: ProvidersState }
  | {
      ok: false;
      reason: 'invalid' | 'unknown-provider' | 'permission-missing' | 'registration-failed' | 'storage-error';
      /** In English, for logs; the options page says it in the user's language from `reason` and the fields below. */
      message: string;
      state?: ProvidersState;
      /** `invalid`: what in the entry is wrong. */
      problem?: CustomProblem;
      /** `invalid`: the custom sites are at their limit (this many). */
      tooManyCustom?: number;
    };

/** What a custom entry's form sends. */
export interface CustomProviderInput {
  /** Absent for a new entry. */
  id?: string;
  name: string;
  pages: string[];
  apiHosts: string[];
  ownerKind: OwnerKind;
}

export const CUSTOM_LIMITS = {
  nameChars: 60,
  patterns: 10,
  entries: 30,
} as const;

/** The classifier's route for an owner kind. */
export function routeOfOwnerKind(kind: OwnerKind, providerId?: string): ClassifyRoute {
  if (kind === 'openai-api') return { family: 'openai' };
  if (kind === 'azure') return { family: 'azure' };
  return { family: 'provider', ...(providerId ? { provider: providerId } : {}) };
}
