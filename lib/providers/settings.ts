/**
 * Provider settings: reading whatever storage holds into a valid shape, validating a custom entry, and listing
 * every configured entry (presets and custom) with the host permissions it needs. Pure.
 */
import { matchesAny, originPermissionsOf, parsePattern } from './match-pattern.ts';
import { PROVIDER_PRESETS } from './presets.ts';
import {
  CUSTOM_LIMITS,
  EMPTY_PROVIDER_SETTINGS,
  OWNER_KINDS,
  routeOfOwnerKind,
  type CustomProblem,
  type CustomProvider,
  type CustomProviderInput,
  type OwnerKind,
  type ProviderPreset,
  type ProviderSettings,
} from './types.ts';
import type { ClassifyRoute } from '../domain/labels.ts';

export const CUSTOM_ID = /^custom-[a-z0-9]{4,24}$/;

/** Hosts the ChatGPT content scripts already cover: a custom entry there would observe the same traffic twice. */
const RESERVED_HOSTS = ['chatgpt.com', 'chat.openai.com'];

/** The pattern's hosts include a reserved one: it names it or a subdomain of it, or its wildcard covers it. */
function coversReservedHost({ host, subdomains }: { host: string; subdomains: boolean }): boolean {
  return RESERVED_HOSTS.some((r) => host === r || host.endsWith(`.${r}`) || (subdomains && r.endsWith(`.${host}`)));
}

/** One configured site, preset or custom, as the registration and route logic see it. */
export interface ConfiguredEntry {
  id: string;
  name: string;
  kind: 'preset' | 'custom';
  pages: string[];
  apiHosts: string[];
  ownerKind: OwnerKind;
  providerId?: string;
  notes?: string;
  enabled: boolean;
  /** Host permissions: the pages' and the API hosts'. */
  origins: string[];
}

export function normalizeProviderSettings(
  raw: unknown,
  presets: readonly ProviderPreset[] = PROVIDER_PRESETS,
): ProviderSettings {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_PROVIDER_SETTINGS, enabled: [], custom: [] };
  const r = raw as { enabled?: unknown; custom?: unknown };
  const custom: CustomProvider[] = [];
  if (Array.isArray(r.custom)) {
    for (const c of r.custom.slice(0, CUSTOM_LIMITS.entries)) {
      const id = (c as { id?: unknown })?.id;
      if (typeof id !== 'string' || !CUSTOM_ID.test(id) || custom.some((x) => x.id === id)) continue;
      const checked = validateCustomProvider(c as CustomProviderInput);
      if (checked.ok) custom.push({ ...checked.value, id });
    }
  }
  const known = new Set([...presets.map((p) => p.id), ...custom.map((c) => c.id)]);
  const enabled = Array.isArray(r.enabled)
    ? [...new Set(r.enabled.filter((id): id is string => typeof id === 'string' && known.has(id)))]
    : [];
  return { enabled, custom };
}

/**
 * Whether `*.host` would reach a public suffix: lib/providers/public-suffix.ts, over the whole Public Suffix List
 * (tldts, 120 KiB). The options page, where patterns are typed and their host permissions asked for, passes it;
 * the background does not carry the list (it would load on every wake-up, for every capture) and checks the rest.
 */
export type PublicSuffixCheck = (host: string) => boolean;

/** Checks a custom entry's form; the first problem found, field by field. */
export function validateCustomProvider(
  input: CustomProviderInput,
  coversPublicSuffix?: PublicSuffixCheck,
): { ok: true; value: Omit<CustomProvider, 'id'> } | { ok: false; problem: CustomProblem } {
  const name = typeof input?.name === 'string' ? input.name.replace(/\s+/g, ' ').trim() : '';
  if (!name) return { ok: false, problem: { field: 'name', problem: 'empty' } };
  if (name.length > CUSTOM_LIMITS.nameChars) return { ok: false, problem: { field: 'name', problem: 'too-long' } };
  const lists: { field: 'pages' | 'apiHosts'; value: unknown; min: number }[] = [
    { field: 'pages', value: input.pages, min: 1 },
    { field: 'apiHosts', value: input.apiHosts ?? [], min: 0 },
  ];
  const out: Record<'pages' | 'apiHosts', string[]> = { pages: [], apiHosts: [] };
  for (const { field, value, min } of lists) {
    const items = Array.isArray(value)
      ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
      : [];
    if (items.length < min) return { ok: false, problem: { field, problem: 'none' } };
    if (items.length > CUSTOM_LIMITS.patterns) return { ok: false, problem: { field, problem: 'too-many' } };
    for (const raw of items) {
      const pattern = raw.trim();
      const parsed = parsePattern(pattern);
      if (!parsed.ok) return { ok: false, problem: { field, problem: parsed.problem, pattern } };
      // *.com, *.co.uk, *.vercel.app, *.amazonaws.com: Chrome grants every site under them.
      if (parsed.pattern.subdomains && coversPublicSuffix?.(parsed.pattern.host)) {
        return { ok: false, problem: { field, problem: 'public-suffix', pattern } };
      }
      if (coversReservedHost(parsed.pattern))
        return { ok: false, problem: { field, problem: 'reserved-host', pattern } };
      if (!out[field].includes(pattern)) out[field].push(pattern);
    }
  }
  const ownerKind = input.ownerKind;
  if (!OWNER_KINDS.includes(ownerKind)) return { ok: false, problem: { field: 'ownerKind', problem: 'unknown' } };
  return { ok: true, value: { name, pages: out.pages, apiHosts: out.apiHosts, ownerKind } };
}

export function configuredEntries(
  settings: ProviderSettings,
  presets: readonly ProviderPreset[] = PROVIDER_PRESETS,
): ConfiguredEntry[] {
  const on = new Set(settings.enabled);
  const fromPresets = presets.map(
    (p): ConfiguredEntry => ({
      id: p.id,
      name: p.name,
      kind: 'preset',
      pages: [...p.pages],
      apiHosts: [...p.apiHosts],
      ownerKind: p.ownerKind,
      ...(p.providerId ? { providerId: p.providerId } : {}),
      notes: p.notes,
      enabled: on.has(p.id),
      origins: originPermissionsOf([...p.pages, ...p.apiHosts]),
    }),
  );
  const fromUser = settings.custom.map(
    (c): ConfiguredEntry => ({
      id: c.id,
      name: c.name,
      kind: 'custom',
      pages: [...c.pages],
      apiHosts: [...c.apiHosts],
      ownerKind: c.ownerKind,
      enabled: on.has(c.id),
      origins: originPermissionsOf([...c.pages, ...c.apiHosts]),
    }),
  );
  return [...fromPresets, ...fromUser];
}

/** The route of the first turned-on entry whose pages cover `url` (the page a capture came from). */
export function routeForUrl(entries: readonly ConfiguredEntry[], url: string): ClassifyRoute | undefined {
  const entry = entries.find((e) => e.enabled && matchesAny(e.pages, url));
  return entry ? routeOfOwnerKind(entry.ownerKind, entry.providerId) : undefined;
}
