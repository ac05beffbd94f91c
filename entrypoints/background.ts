import { classify } from '@/lib/classify/index.ts';
import { STRINGS } from '@/lib/i18n/strings.ts';
import { createMessageHandler } from '@/lib/messages/handler.ts';
import { STOPS_CHANGED, type StopsChangedEvent } from '@/lib/messages/protocol.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';
import { LimitLensDb } from '@/lib/storage/db.ts';
import { createWaitScheduler } from '@/lib/wait/scheduler.ts';

// Wiring only: the database, the classifier, the message handler and the wait schedule live in lib/.
export default defineBackground(() => {
  const db = new LimitLensDb();

  const waits = createWaitScheduler({
    now: Date.now,
    // Only stops whose reset is still ahead can be waiting.
    loadStops: () => db.stops.where('resetAt').above(new Date().toISOString()).toArray(),
    getStop: (id) => db.stops.get(id),
    badge: {
      setText: (text) => browser.action.setBadgeText({ text }),
      setColor: (color) => browser.action.setBadgeBackgroundColor({ color }),
    },
    alarms: {
      create: async (name, when) => void (await browser.alarms.create(name, { when })),
      clear: async (name) => void (await browser.alarms.clear(name)),
      names: async () => (await browser.alarms.getAll()).map((a) => a.name),
    },
    notificationsEnabled: async () => (await loadSettings()).notifications,
    notify: async (id, stop) => {
      const strings = STRINGS[resolveLocale(await loadSettings(), browser.i18n.getUILanguage())];
      const time = new Date(stop.resetAt!).toLocaleTimeString(browser.i18n.getUILanguage(), { hour: 'numeric', minute: '2-digit' });
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: strings.notifyTitle,
        message: strings.notifyBody(stop.site, time),
      });
    },
  });

  const handle = createMessageHandler({
    db,
    classify,
    onStopsChanged: () => {
      const event: StopsChangedEvent = { type: STOPS_CHANGED };
      // Rejects when no extension page is open to hear it: nothing to do then.
      browser.runtime.sendMessage(event).catch(() => {});
      void waits.refresh();
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own pages and content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return false;
    if ((message as { type?: unknown })?.type === STOPS_CHANGED) return false;
    handle(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, reason: 'storage-error', message: String(error) }),
    );
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => void waits.onAlarm(alarm.name));
  browser.runtime.onStartup.addListener(() => void waits.refresh());
  browser.runtime.onInstalled.addListener(() => void waits.refresh());
});
