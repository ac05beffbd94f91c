import { classify } from '@/lib/classify/index.ts';
import { createMessageHandler } from '@/lib/messages/handler.ts';
import { announceStopsChanged } from '@/lib/messages/stops-changed.ts';
import { loadSettings, settingsItem } from '@/lib/settings/store.ts';
import { LimitLensDb } from '@/lib/storage/db.ts';
import { keptAsideStore } from '@/lib/storage/kept-aside-store.ts';
import { createWaitScheduler } from '@/lib/wait/scheduler.ts';
import { createScreenshotTaker } from '@/lib/evidence/screenshot.ts';
import { saveFailureItem } from '@/lib/storage/save-failure.ts';
import { applyRetention, RETENTION_ALARM } from '@/lib/storage/retention.ts';
import { onInstalled } from '@/lib/first-run/on-installed.ts';
import { welcomedItem, whatsNewItem } from '@/lib/first-run/store.ts';
import { createCapturePathWarmer } from './capture-path.ts';
import { setUpContextMenu } from './context-menu.ts';
import { listenForMessages } from './messages.ts';
import { notifyReset, openPacketOnClick } from './notifications.ts';
import { setUpProviders } from './providers.ts';

// Wiring only: the database, the classifier, the message handler and the wait schedule live in lib/; what talks to
// one browser API at length (messages, the context menu, notifications, provider sites) in the files beside this one.
export default defineBackground(() => {
  const db = new LimitLensDb();
  // Opened now, not at the first query: a worker woken by a capture opens the database while it validates and
  // classifies, instead of after (IndexedDB opens off this thread). A refused (newer) database fails here quietly and
  // again, with its reason, at the first query.
  void db.open().catch(() => {});

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
    notify: notifyReset,
  });

  const providers = setUpProviders();
  // First run: the welcome page on install; on an update, the popup's "what's new" line instead of a page.
  browser.runtime.onInstalled.addListener(
    (details) =>
      void onInstalled(details, {
        currentVersion: browser.runtime.getManifest().version,
        openWelcome: () => browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
        setWhatsNew: (value) => whatsNewItem.setValue(value),
        wasWelcomed: () => welcomedItem.getValue(),
        markWelcomed: () => welcomedItem.setValue(true),
        // Settings or provider sites saved, or a stop stored (a database this build refuses counts: it holds data).
        hasEarlierData: async () =>
          Object.keys(await browser.storage.local.get(['settings', 'providers'])).length > 0 ||
          (await db.stops.count().then(
            (n) => n > 0,
            () => true,
          )),
      }),
  );

  // Every writer (the handler, retention, the context menu) tells open pages (the history page drops its cached
  // search) and refreshes the badge.
  const stopsChanged = () => {
    announceStopsChanged();
    void waits.refresh();
  };

  const handle = createMessageHandler({
    db,
    classify,
    providers,
    onStopsChanged: stopsChanged,
    // Where the popup reads it without asking this worker (lib/storage/save-failure.ts).
    onSaveFailure: (failure) => void saveFailureItem.setValue(failure ?? null).catch(() => {}),
    // While the database is a newer release's (a downgrade), captures wait here (lib/storage/kept-aside.ts).
    keptAside: keptAsideStore,
    // ChatGPT's page says an image turn is under way: a stop may follow within seconds.
    onImageTurn: createCapturePathWarmer({ db, classify }),
  });
  // An update or a browser start is when the database may have become this build's to write again.
  const drainKeptAside = () => void handle.drainKeptAside().catch(() => {});
  browser.runtime.onInstalled.addListener(drainKeptAside);
  browser.runtime.onStartup.addListener(drainKeptAside);

  // Screenshots (opt-in): of the reporting tab, while it is in front (lib/evidence/screenshot.ts says when).
  const screenshots = createScreenshotTaker({
    db,
    enabled: async () => (await loadSettings()).screenshots,
    isActive: async (tab) => (await browser.tabs.query({ active: true, windowId: tab.windowId }))[0]?.id === tab.id,
    captureVisibleTab: (windowId, quality) => browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality }),
    now: Date.now,
  });
  listenForMessages({ handle, screenshots });

  browser.alarms.onAlarm.addListener((alarm) => void waits.onAlarm(alarm.name));
  browser.runtime.onStartup.addListener(() => void waits.refresh());
  browser.runtime.onInstalled.addListener(() => void waits.refresh());

  // Retention (off by default): prune at startup, once a day, and when the setting changes.
  const retention = () =>
    void applyRetention({
      db,
      retentionDays: async () => (await loadSettings()).retentionDays,
      alarms: {
        exists: async (name) => (await browser.alarms.get(name)) !== undefined,
        createDaily: async (name, periodInMinutes) => void (await browser.alarms.create(name, { periodInMinutes })),
        clear: async (name) => void (await browser.alarms.clear(name)),
      },
      onRemoved: stopsChanged,
      now: Date.now,
    }).catch(() => {});
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === RETENTION_ALARM && retention());
  browser.runtime.onStartup.addListener(retention);
  browser.runtime.onInstalled.addListener(retention);

  const menu = setUpContextMenu({ db, classify, stopsChanged, screenshots });
  settingsItem.watch((next, previous) => {
    if (next?.locale !== previous?.locale) menu.retitle();
    if (next?.retentionDays !== previous?.retentionDays) retention();
  });
  openPacketOnClick();
});
