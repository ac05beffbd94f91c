/** The background's runtime.onInstalled step, with the browser calls passed in (entrypoints/background/index.ts wires them). */
import { afterInstalled, type InstalledReason, type WhatsNew } from './first-run.ts';

export interface OnInstalledDeps {
  currentVersion: string;
  openWelcome: () => Promise<unknown>;
  setWhatsNew: (value: WhatsNew) => Promise<void>;
  /**
   * Whether the welcome page was opened in this profile before, and recording that it was. Chromium reports an
   * extension loaded from its command line as installed again at each start; the page still opens only once.
   */
  wasWelcomed: () => Promise<boolean>;
  markWelcomed: () => Promise<void>;
  /**
   * Whether this profile holds data of an earlier build (stops, settings, provider sites). Loaded from a folder,
   * an update is reported as an install, and 0.1.0 (the only release people loaded that way) never recorded the
   * welcome: such a person is updating, not arriving, and gets the "what's new" line, not the welcome page.
   */
  hasEarlierData: () => Promise<boolean>;
}

/** The first release: data without a welcome record was written by it (or by a build of that time). */
const EARLIEST_RELEASE = '0.1.0';

export async function onInstalled(
  details: { reason: string; previousVersion?: string },
  deps: OnInstalledDeps,
): Promise<void> {
  const next = afterInstalled(details.reason as InstalledReason, deps.currentVersion, details.previousVersion);
  if (next.whatsNew) await deps.setWhatsNew(next.whatsNew);
  if (next.openWelcome && !(await deps.wasWelcomed())) {
    await deps.markWelcomed();
    if (!(await deps.hasEarlierData())) return void (await deps.openWelcome());
    const updated = afterInstalled('update', deps.currentVersion, EARLIEST_RELEASE);
    if (updated.whatsNew) await deps.setWhatsNew(updated.whatsNew);
  }
}
