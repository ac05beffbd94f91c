/**
 * Keeps the browser's registered content scripts equal to what the settings and the granted permissions say:
 * two scripts (the MAIN-world observer and the isolated page script) per turned-on entry whose hosts are granted,
 * nothing else. The browser APIs are passed in, so this runs in unit tests with fakes. Only registrations whose id
 * carries this module's prefix are ever touched.
 */
import type { ConfiguredEntry } from './settings.ts';
import type { ProviderStatus } from './types.ts';

export const SCRIPT_ID_PREFIX = 'limit-lens-provider:';

/** Where `wxt build` writes the runtime-registered content scripts (entrypoints/provider-*.content.ts). */
export const PROVIDER_SCRIPT_FILES = {
  main: 'content-scripts/provider-network.js',
  isolated: 'content-scripts/provider-page.js',
} as const;

export interface ScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_start';
  world: 'MAIN' | 'ISOLATED';
  allFrames: false;
  persistAcrossSessions: true;
}

/** The part of `browser.scripting` used here. */
export interface ScriptingPort {
  getRegisteredContentScripts(filter?: {
    ids?: string[];
  }): Promise<{ id: string; js?: string[]; matches?: string[]; world?: string }[]>;
  registerContentScripts(scripts: ScriptRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

/** The part of `browser.permissions` used here. */
export interface PermissionsPort {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface EntryOutcome {
  status: ProviderStatus;
  error?: string;
}

export function registrationsFor(entry: Pick<ConfiguredEntry, 'id' | 'pages'>): ScriptRegistration[] {
  const common = { runAt: 'document_start', allFrames: false, persistAcrossSessions: true } as const;
  return [
    {
      id: `${SCRIPT_ID_PREFIX}${entry.id}:main`,
      js: [PROVIDER_SCRIPT_FILES.main],
      matches: [...entry.pages],
      world: 'MAIN',
      ...common,
    },
    {
      id: `${SCRIPT_ID_PREFIX}${entry.id}:isolated`,
      js: [PROVIDER_SCRIPT_FILES.isolated],
      matches: [...entry.pages],
      world: 'ISOLATED',
      ...common,
    },
  ];
}

/**
 * Brings the registrations in line with `entries`. Never throws: a browser failure becomes the entry's `error`
 * status, and the other entries still get their scripts.
 */
export async function syncRegistrations(
  entries: readonly ConfiguredEntry[],
  ports: { scripting: ScriptingPort; permissions: PermissionsPort },
): Promise<Map<string, EntryOutcome>> {
  const outcome = new Map<string, EntryOutcome>();
  const desired: { entry: ConfiguredEntry; scripts: ScriptRegistration[] }[] = [];
  for (const entry of entries) {
    if (!entry.enabled) {
      outcome.set(entry.id, { status: 'off' });
      continue;
    }
    let granted = false;
    try {
      granted = await ports.permissions.contains({ origins: entry.origins });
    } catch {
      granted = false;
    }
    if (!granted) {
      outcome.set(entry.id, { status: 'needs-permission' });
      continue;
    }
    outcome.set(entry.id, { status: 'on' });
    desired.push({ entry, scripts: registrationsFor(entry) });
  }

  let existing: { id: string; js?: string[]; matches?: string[]; world?: string }[] = [];
  try {
    existing = (await ports.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  } catch (error) {
    for (const { entry } of desired) outcome.set(entry.id, { status: 'error', error: describe(error) });
    return outcome;
  }
  const wanted = new Map(desired.flatMap((d) => d.scripts.map((s) => [s.id, s] as const)));
  const stale = existing.filter((s) => {
    const want = wanted.get(s.id);
    return (
      !want ||
      !same(want.matches, s.matches) ||
      !same(want.js, s.js) ||
      (s.world !== undefined && s.world !== want.world)
    );
  });
  if (stale.length) {
    try {
      await ports.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
    } catch {
      // Unregister one by one, so one stuck id does not keep the others.
      for (const s of stale) await ports.scripting.unregisterContentScripts({ ids: [s.id] }).catch(() => {});
    }
  }
  const kept = new Set(existing.filter((s) => !stale.includes(s)).map((s) => s.id));
  const missing = desired
    .map((d) => ({ entry: d.entry, scripts: d.scripts.filter((s) => !kept.has(s.id)) }))
    .filter((d) => d.scripts.length > 0);
  if (missing.length === 0) return outcome;
  try {
    await ports.scripting.registerContentScripts(missing.flatMap((d) => d.scripts));
  } catch {
    // One entry's failure must not keep the others off: retry entry by entry to find which one fails.
    for (const { entry, scripts } of missing) {
      try {
        await ports.scripting.registerContentScripts(scripts);
      } catch (error) {
        outcome.set(entry.id, { status: 'error', error: describe(error) });
        await ports.scripting.unregisterContentScripts({ ids: scripts.map((s) => s.id) }).catch(() => {});
      }
    }
  }
  return outcome;
}

function same(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  const sb = [...b].sort();
  return [...a].sort().every((x, i) => x === sb[i]);
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
