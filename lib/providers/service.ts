/**
 * The background's provider-site logic: turning entries on and off, the user's own entries, keeping content-script
 * registrations in sync, the route a capture's page implies, and completing a capture with the headers webRequest
 * saw. Storage and browser APIs are passed in, so it runs in unit tests with fakes; entrypoints/background/ only
 * wires it up.
 *
 * Permissions are asked for by the options page, in the user's click (a background cannot ask). Turning an entry
 * on here only checks they were granted; turning it off gives back the hosts no other turned-on entry needs.
 */
import type { ClassifyRoute } from '../domain/labels.ts';
import type { CapturePayload } from '../domain/shapes.ts';
import { CAPTURE_LIMITS } from '../domain/shapes.ts';
import type { HeaderLog, RequestOwner } from './header-log.ts';
import { PROVIDER_PRESETS } from './presets.ts';
import { providerSettings as englishProviderWords } from '../i18n/en/settings.ts';
import { syncRegistrations, type EntryOutcome, type PermissionsPort, type ScriptingPort } from './registrations.ts';
import {
  configuredEntries,
  normalizeProviderSettings,
  routeForUrl,
  validateCustomProvider,
  type ConfiguredEntry,
} from './settings.ts';
import {
  CUSTOM_LIMITS,
  type CustomProblem,
  type CustomProviderInput,
  type ProviderActionResult,
  type ProviderPreset,
  type ProviderSettings,
  type ProvidersState,
} from './types.ts';

export interface ProviderServiceDeps {
  load: () => Promise<unknown>;
  save: (settings: ProviderSettings) => Promise<void>;
  scripting: ScriptingPort;
  permissions: PermissionsPort;
  presets?: readonly ProviderPreset[];
  headerLog?: HeaderLog;
  /** How long a capture waits for its response's headers to be logged (default 500 ms, polled). */
  headerWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
  /** Told the configured entries after every sync and refresh (the background follows custom hosts' headers). */
  onEntries?: (entries: ConfiguredEntry[]) => void;
}

/** Kind added to a capture whose headers were completed from webRequest (the packet says where they came from). */
export const WEBREQUEST_HEADERS_KIND = 'webrequest-headers';

export type ProviderService = ReturnType<typeof createProviderService>;

export function createProviderService(deps: ProviderServiceDeps) {
  const presets = deps.presets ?? PROVIDER_PRESETS;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const newId = deps.newId ?? (() => `custom-${Math.random().toString(36).slice(2, 12).padEnd(6, '0')}`);
  const headerWaitMs = deps.headerWaitMs ?? 500;
  /** One change at a time: two overlapping syncs would both register the same ids. */
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch(() => {});
    return run;
  }

  function tell(entries: ConfiguredEntry[]): void {
    try {
      deps.onEntries?.(entries);
    } catch {
      // A listener's failure does not undo a saved change.
    }
  }

  async function loadSettings(): Promise<ProviderSettings> {
    return normalizeProviderSettings(await deps.load().catch(() => undefined), presets);
  }

  function stateOf(entries: ConfiguredEntry[], outcome: Map<string, EntryOutcome>): ProvidersState {
    return {
      entries: entries.map((e) => {
        const o = outcome.get(e.id) ?? { status: e.enabled ? 'needs-permission' : 'off' };
        return {
          id: e.id,
          name: e.name,
          kind: e.kind,
          ownerKind: e.ownerKind,
          pages: e.pages,
          apiHosts: e.apiHosts,
          origins: e.origins,
          enabled: e.enabled,
          status: o.status,
          ...(e.notes ? { notes: e.notes } : {}),
          ...(o.error ? { error: o.error } : {}),
        };
      }),
    };
  }

  async function syncNow(settings?: ProviderSettings): Promise<ProvidersState> {
    const entries = configuredEntries(settings ?? (await loadSettings()), presets);
    const outcome = await syncRegistrations(entries, deps);
    tell(entries);
    return stateOf(entries, outcome);
  }

  /** Gives back host permissions that no turned-on entry needs any more (required ones cannot be removed). */
  async function release(origins: string[], settings: ProviderSettings): Promise<void> {
    const stillNeeded = new Set(
      configuredEntries(settings, presets)
        .filter((e) => e.enabled)
        .flatMap((e) => e.origins),
    );
    const unused = origins.filter((o) => !stillNeeded.has(o));
    for (const origin of unused) await deps.permissions.remove({ origins: [origin] }).catch(() => false);
  }

  async function write(settings: ProviderSettings): Promise<ProviderActionResult | undefined> {
    try {
      await deps.save(settings);
      return undefined;
    } catch (error) {
      return {
        ok: false,
        reason: 'storage-error',
        message: `Could not save the provider settings (${String(error).slice(0, 120)}).`,
      };
    }
  }

  return {
    /** Re-reads settings and permissions and fixes the registrations (install, browser start, permission changes). */
    sync(): Promise<ProvidersState> {
      return serial(() => syncNow());
    },

    state(): Promise<ProvidersState> {
      return serial(() => syncNow());
    },

    /** Reads the settings and tells `onEntries`, without touching registrations (each service-worker start). */
    refresh(): Promise<void> {
      return serial(async () => tell(configuredEntries(await loadSettings(), presets)));
    },

    setEnabled(id: string, enabled: boolean): Promise<ProviderActionResult> {
      return serial(async () => {
        const settings = await loadSettings();
        const entry = configuredEntries(settings, presets).find((e) => e.id === id);
        if (!entry) return { ok: false, reason: 'unknown-provider', message: `No provider site with id ${id}.` };
        if (enabled) {
          const granted = await deps.permissions.contains({ origins: entry.origins }).catch(() => false);
          if (!granted) {
            return {
              ok: false,
              reason: 'permission-missing',
              message: 'Access to this site was not granted, so it stays off.',
              state: await syncNow(settings),
            };
          }
          const next = { ...settings, enabled: [...new Set([...settings.enabled, id])] };
          const failed = await write(next);
          if (failed) return failed;
          const state = await syncNow(next);
          const status = state.entries.find((e) => e.id === id);
          if (status?.status === 'error') {
            return { ok: false, reason: 'registration-failed', message: status.error ?? 'registration failed', state };
          }
          return { ok: true, state };
        }
        const next = { ...settings, enabled: settings.enabled.filter((x) => x !== id) };
        const failed = await write(next);
        if (failed) return failed;
        const state = await syncNow(next);
        await release(entry.origins, next);
        return { ok: true, state };
      });
    },

    saveCustom(input: CustomProviderInput): Promise<ProviderActionResult> {
      return serial(async () => {
        const checked = validateCustomProvider(input);
        if (!checked.ok)
          return { ok: false, reason: 'invalid', message: describeProblem(checked.problem), problem: checked.problem };
        const settings = await loadSettings();
        const existing = input.id ? settings.custom.find((c) => c.id === input.id) : undefined;
        if (input.id && !existing)
          return { ok: false, reason: 'unknown-provider', message: `No custom site with id ${input.id}.` };
        if (!existing && settings.custom.length >= CUSTOM_LIMITS.entries) {
          return {
            ok: false,
            reason: 'invalid',
            message: `At most ${CUSTOM_LIMITS.entries} custom sites.`,
            tooManyCustom: CUSTOM_LIMITS.entries,
          };
        }
        const id = existing?.id ?? newId();
        const entry = { ...checked.value, id };
        const custom = existing ? settings.custom.map((c) => (c.id === id ? entry : c)) : [...settings.custom, entry];
        let enabled = settings.enabled;
        const before = existing ? configuredEntries({ enabled: [], custom: [existing] }, [])[0]!.origins : [];
        if (existing && enabled.includes(id)) {
          // Changed hosts need the user's own grant again: an edited entry stays on only if they are all granted.
          const after = configuredEntries({ enabled: [], custom: [entry] }, [])[0]!.origins;
          const granted = await deps.permissions.contains({ origins: after }).catch(() => false);
          if (!granted) enabled = enabled.filter((x) => x !== id);
        }
        const next = { enabled, custom };
        const failed = await write(next);
        if (failed) return failed;
        const state = await syncNow(next);
        if (before.length) await release(before, next);
        return { ok: true, state };
      });
    },

    deleteCustom(id: string): Promise<ProviderActionResult> {
      return serial(async () => {
        const settings = await loadSettings();
        const entry = configuredEntries(settings, presets).find((e) => e.id === id && e.kind === 'custom');
        if (!entry) return { ok: false, reason: 'unknown-provider', message: `No custom site with id ${id}.` };
        const next = {
          enabled: settings.enabled.filter((x) => x !== id),
          custom: settings.custom.filter((c) => c.id !== id),
        };
        const failed = await write(next);
        if (failed) return failed;
        const state = await syncNow(next);
        await release(entry.origins, next);
        return { ok: true, state };
      });
    },

    /** The route the user configured for the page a capture came from, if any. */
    async routeFor(url: string): Promise<ClassifyRoute | undefined> {
      return routeForUrl(configuredEntries(await loadSettings(), presets), url);
    },

    /**
     * Completes a provider capture with the response headers webRequest saw for the same request (URL and time).
     * ChatGPT captures (endpoint a bare path) and captures without a match are returned unchanged.
     */
    async enrichCapture(capture: CapturePayload, owner: RequestOwner): Promise<CapturePayload> {
      const log = deps.headerLog;
      if (!log || !capture.endpoint || !/^https:\/\//.test(capture.endpoint) || capture.layer !== 'network')
        return capture;
      let sighting = log.take(capture.endpoint, capture.seenAt, capture.status, owner);
      // The headers event and the page's message race; headers nearly always win, but give them a moment.
      for (let waited = 0; !sighting && waited < headerWaitMs; waited += 50) {
        await sleep(50);
        sighting = log.take(capture.endpoint, capture.seenAt, capture.status, owner);
      }
      if (!sighting) return capture;
      const headers: Record<string, string> = { ...(capture.headers ?? {}) };
      let added = false;
      for (const [name, value] of Object.entries(sighting.headers)) {
        if (headers[name] === value) continue;
        if (!(name in headers) && Object.keys(headers).length >= CAPTURE_LIMITS.headerCount) break;
        headers[name] = value;
        added = true;
      }
      if (!added) return capture;
      const kinds = capture.kinds.includes(WEBREQUEST_HEADERS_KIND)
        ? capture.kinds
        : [...capture.kinds, WEBREQUEST_HEADERS_KIND].slice(0, CAPTURE_LIMITS.kinds);
      return { ...capture, headers, kinds };
    },
  };
}

/** The background's own words for a rejected custom site (the options page shows its localized version). */
export function describeProblem(p: CustomProblem): string {
  const words = englishProviderWords;
  const pattern = 'pattern' in p && p.pattern ? ` (${p.pattern.slice(0, 80)})` : '';
  return `${words.fieldNames[p.field]} ${words.problems[p.problem] ?? 'is not valid'}${pattern}.`;
}
