import type { StopRecord } from '@/lib/domain/shapes.ts';
import { backgroundStrings } from './locale.ts';

const ICON = '/icon/128.png';

/** A wait ended (lib/wait/scheduler.ts): the site and the time it reset. */
export async function notifyReset(id: string, stop: StopRecord): Promise<void> {
  const strings = await backgroundStrings();
  const time = new Date(stop.resetAt!).toLocaleTimeString(browser.i18n.getUILanguage(), {
    hour: 'numeric',
    minute: '2-digit',
  });
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: strings.notifyTitle,
    message: strings.notifyBody(stop.site, time),
  });
}

/** The user clicked "Save as limit evidence" and sees nothing else happen: one notice says it was saved (or not). */
export async function notifyManualCapture(
  result: { ok: true; id: number } | { ok: false; message: string },
  stop: StopRecord | undefined,
): Promise<void> {
  const strings = await backgroundStrings();
  await browser.notifications
    .create(result.ok ? `manual:${result.id}` : 'manual:failed', {
      type: 'basic',
      iconUrl: browser.runtime.getURL(ICON),
      title: stop ? strings.manualCapture.savedTitle : strings.manualCapture.failedTitle,
      message: stop ? strings.manualCapture.savedBody(strings.owners[stop.owner]) : result.ok ? '' : result.message,
    })
    .catch(() => {});
}

/** A click on a "saved" notice opens that stop's packet. */
export function openPacketOnClick(): void {
  browser.notifications.onClicked.addListener((id) => {
    const stopId = /^manual:(\d+)$/.exec(id)?.[1];
    if (!stopId) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/packet.html?id=${stopId}`) });
    void browser.notifications.clear(id);
  });
}
