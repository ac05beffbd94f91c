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
}

export async function onInstalled(details: { reason: string; previousVersion?: string }, deps: OnInstalledDeps): Promise<void> {
  const next = afterInstalled(details.reason as InstalledReason, deps.currentVersion, details.previousVersion);
  if (next.whatsNew) await deps.setWhatsNew(next.whatsNew);
  if (next.openWelcome && !(await deps.wasWelcomed())) {
    await deps.markWelcomed();
    await deps.openWelcome();
  }
}
