import { classify } from '@/lib/classify/index.ts';
import { STRINGS } from '@/lib/i18n/strings.ts';
import { createMessageHandler } from '@/lib/messages/handler.ts';
import { STOPS_CHANGED } from '@/lib/messages/protocol.ts';
import { announceStopsChanged } from '@/lib/messages/stops-changed.ts';
import { identifySender, type MessageSender } from '@/lib/messages/sender.ts';
import { HEALTH_REPORT } from '@/lib/health/counters.ts';
import { createHealthRecorder, healthItem } from '@/lib/health/store.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';
import { LimitLensDb } from '@/lib/storage/db.ts';
import { keptAsideStore } from '@/lib/storage/kept-aside-store.ts';
import { createHeaderLog } from '@/lib/providers/header-log.ts';
import { listenForHeaders, type WebRequestPort } from '@/lib/providers/header-listener.ts';
import { presetHostPatterns } from '@/lib/providers/presets.ts';
import { createProviderService, type ProviderServiceDeps } from '@/lib/providers/service.ts';
import { providerSettingsItem } from '@/lib/providers/store.ts';
import { createWaitScheduler } from '@/lib/wait/scheduler.ts';
import { saveSelection, SAVE_SELECTION_MENU_ID } from '@/lib/evidence/manual-capture.ts';
import { createScreenshotTaker } from '@/lib/evidence/screenshot.ts';
import type { CapturePayload, CaptureResult } from '@/lib/messages/protocol.ts';
import { settingsItem } from '@/lib/settings/store.ts';
import { createHistoryQueries } from '@/lib/storage/history-query.ts';
import { saveFailureItem } from '@/lib/storage/save-failure.ts';
import { applyRetention, RETENTION_ALARM } from '@/lib/storage/retention.ts';
import { onInstalled } from '@/lib/first-run/on-installed.ts';
import { welcomedItem, whatsNewItem } from '@/lib/first-run/store.ts';

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

  // Provider sites the user turned on: settings, runtime content-script registrations, webRequest headers.
  const headerLog = createHeaderLog();
  // Provider hosts only (never ChatGPT); the presets' synchronously, so their events wake this worker. Headers only:
  // webRequest never sees bodies, and sees the headers CORS hides from the page.
  const headerListener = listenForHeaders(browser.webRequest as unknown as WebRequestPort, headerLog, presetHostPatterns());
  const providers = createProviderService({
    load: () => providerSettingsItem.getValue(),
    save: (settings) => providerSettingsItem.setValue(settings),
    scripting: browser.scripting as unknown as ProviderServiceDeps['scripting'],
    permissions: browser.permissions,
    headerLog,
    onEntries: (entries) => headerListener.setCustomPatterns(entries.filter((e) => e.kind === 'custom' && e.enabled).flatMap((e) => e.origins)),
  });
  void providers.refresh();
  const resyncProviders = () => void providers.sync();
  browser.runtime.onInstalled.addListener(resyncProviders);
  // First run: the welcome page on install; on an update, the popup's "what's new" line instead of a page.
  browser.runtime.onInstalled.addListener((details) =>
    void onInstalled(details, {
      currentVersion: browser.runtime.getManifest().version,
      openWelcome: () => browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
      setWhatsNew: (value) => whatsNewItem.setValue(value),
      wasWelcomed: () => welcomedItem.getValue(),
      markWelcomed: () => welcomedItem.setValue(true),
      // Settings or provider sites saved, or a stop stored (a database this build refuses counts: it holds data).
      hasEarlierData: async () =>
        Object.keys(await browser.storage.local.get(['settings', 'providers'])).length > 0 ||
        (await db.stops.count().then((n) => n > 0, () => true)),
    }),
  );
  browser.runtime.onStartup.addListener(resyncProviders);
  browser.permissions.onAdded.addListener(resyncProviders);
  browser.permissions.onRemoved.addListener(resyncProviders);

  // The history page's cached search is dropped by every writer: the handler, retention, the context menu.
  const history = createHistoryQueries(db);
  const stopsChanged = () => {
    history.invalidate();
    announceStopsChanged();
    void waits.refresh();
  };

  const handle = createMessageHandler({
    db,
    classify,
    providers,
    history,
    onStopsChanged: stopsChanged,
    // Where the popup reads it without asking this worker (lib/storage/save-failure.ts).
    onSaveFailure: (failure) => void saveFailureItem.setValue(failure ?? null).catch(() => {}),
    // While the database is a newer release's (a downgrade), captures wait here (lib/storage/kept-aside.ts).
    keptAside: keptAsideStore,
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
  const afterCapture = (message: unknown, response: unknown, tab: { id?: number; windowId?: number; active?: boolean } | undefined) => {
    if ((message as { type?: unknown })?.type !== 'capture' || !tab || !(response as CaptureResult)?.ok) return;
    void screenshots((message as { payload: CapturePayload }).payload, response as CaptureResult, tab);
  };

  // Detection health (lib/health/): chatgpt.com's content script sends its counters when the page is hidden or
  // left; they are allow-listed and added to the day's record in local storage. No reply.
  const recordHealth = createHealthRecorder(healthItem);
  const isHealthReport = (message: unknown, from: MessageSender) =>
    (message as { type?: unknown })?.type === HEALTH_REPORT && from.kind === 'page' && from.site === 'chatgpt.com';

  const self = { id: browser.runtime.id, extensionBaseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own pages and content scripts talk to the background; a content script only about
    // its own page (lib/messages/sender.ts).
    const from = identifySender(sender, self);
    if (!from) return false;
    if ((message as { type?: unknown })?.type === STOPS_CHANGED) return false;
    if (isHealthReport(message, from)) {
      void recordHealth((message as { counts?: unknown }).counts).catch(() => {});
      return false;
    }
    handle(message, from).then(
      (response) => {
        sendResponse(response);
        afterCapture(message, response, sender.tab);
      },
      (error: unknown) => sendResponse({ ok: false, reason: 'storage-error', message: String(error) }),
    );
    return true;
  });

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

  // Manual capture: "Save as limit evidence" on selected text, on any page. The selection arrives with the click:
  // no host permission, no script on the page. The click also grants activeTab, which the screenshot uses.
  const menuTitle = async () => STRINGS[resolveLocale(await loadSettings(), browser.i18n.getUILanguage())].manualCapture.menuTitle;
  const createMenu = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: SAVE_SELECTION_MENU_ID, title: await menuTitle(), contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  settingsItem.watch((next, previous) => {
    if (next?.locale !== previous?.locale) void menuTitle().then((title) => browser.contextMenus.update(SAVE_SELECTION_MENU_ID, { title }).catch(() => {}));
    if (next?.retentionDays !== previous?.retentionDays) retention();
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU_ID) return;
    const result = await saveSelection({ db, classify }, { selectionText: info.selectionText, pageUrl: info.pageUrl, seenAt: Date.now() });
    const stop = result.ok ? await db.stops.get(result.id) : undefined;
    if (result.ok) {
      stopsChanged();
      // The click's activeTab grant lets the opt-in screenshot picture this page, at once.
      if (stop) void screenshots({ layer: 'manual', kinds: stop.evidence.kinds, ...(stop.visibleText ? { visibleText: stop.visibleText } : {}) }, result, tab);
    }
    // The user clicked and sees nothing else happen: one notice says it was saved, and opens the packet.
    const strings = STRINGS[resolveLocale(await loadSettings(), browser.i18n.getUILanguage())];
    await browser.notifications
      .create(result.ok ? `manual:${result.id}` : 'manual:failed', {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: stop ? strings.manualCapture.savedTitle : strings.manualCapture.failedTitle,
        message: stop ? strings.manualCapture.savedBody(strings.owners[stop.owner]) : result.ok ? '' : result.message,
      })
      .catch(() => {});
  });
  browser.notifications.onClicked.addListener((id) => {
    const stopId = /^manual:(\d+)$/.exec(id)?.[1];
    if (!stopId) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/packet.html?id=${stopId}`) });
    void browser.notifications.clear(id);
  });
});
