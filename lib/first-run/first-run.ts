/**
 * What happens after the browser installs or updates the extension. Pure: the background passes in the event and
 * does what this decides. A new install opens the welcome page once; an update opens nothing and, when the new
 * version changes something the user sees, leaves a "what's new" line for the popup until the user dismisses it.
 */

/** runtime.onInstalled's reasons (Chrome and Firefox). */
export type InstalledReason = 'install' | 'update' | 'chrome_update' | 'browser_update' | 'shared_module_update';

/** Versions whose update changes something the user sees; the popup's line for each is in FIRST_RUN_STRINGS. */
export const USER_VISIBLE_VERSIONS = ['0.2.0'] as const;
export type UserVisibleVersion = (typeof USER_VISIBLE_VERSIONS)[number];

export interface WhatsNew {
  version: UserVisibleVersion;
}

export interface AfterInstalled {
  openWelcome: boolean;
  /** Set: show this line in the popup. Undefined: leave whatever the popup holds alone. */
  whatsNew?: WhatsNew;
}

/** Numeric dotted versions ("0.10.0" > "0.9.3"), as manifests have them. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function afterInstalled(
  reason: InstalledReason,
  currentVersion: string,
  previousVersion?: string,
): AfterInstalled {
  if (reason === 'install') return { openWelcome: true };
  if (reason !== 'update' || previousVersion === undefined) return { openWelcome: false };
  // Only forward, and only a version with a line to show: a reload of the same version says nothing new.
  if (compareVersions(currentVersion, previousVersion) <= 0) return { openWelcome: false };
  const visible = USER_VISIBLE_VERSIONS.find((v) => v === currentVersion);
  return visible ? { openWelcome: false, whatsNew: { version: visible } } : { openWelcome: false };
}
