/**
 * Updates keep every record. The previous release (PREVIOUS_RELEASE, built from its commit outside the
 * repository) is installed in a browser profile kept on disk, captures stops, a screenshot, settings and a provider
 * site; then the current build replaces it in place (same folder, so the same extension id, as a store update
 * keeps it) and the same profile is started again. Everything must be there, unchanged, the database at the
 * current schema version, and no welcome page opened. Then data of a newer schema than this build knows must keep every record under it.
 *
 * Both builds are the end-to-end builds (test origins granted up front, as a headless browser cannot click
 * "Allow"), and both get `<all_urls>` in place of the toolbar click's activeTab grant so a screenshot can be taken
 * (export.spec.ts explains); the same change to both, so the update changes no permission.
 */
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LimitLensDb } from '../../lib/storage/db.ts';
import { serveChatGpt } from './support/chatgpt-site.ts';
import { launchWithExtension, type Launched } from './support/launch.ts';
import { buildPreviousRelease, PREVIOUS_RELEASE, type PreviousBuild } from './support/previous-release.ts';
import { E2E_EXTENSION_DIR, OPENAI_API, OPENAI_PAGE, playProvider, serveProvider } from './support/provider-site.ts';

test.describe.configure({ mode: 'serial' });

let previous: PreviousBuild;
let work: string;
let installDir: string;
let profileDir: string;
/** What the previous release had stored, read back raw. */
let before: Stored;

test.beforeAll(async ({}, testInfo) => {
  // git archive + npm ci + wxt build of the previous release: about a minute here.
  testInfo.setTimeout(600_000);
  previous = buildPreviousRelease();
  work = mkdtempSync(path.join(tmpdir(), 'limit-lens-update-'));
  installDir = path.join(work, 'extension');
  profileDir = path.join(work, 'profile');
});

test.afterAll(() => {
  if (previous) rmSync(previous.root, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Puts a build in the one install folder, replacing what was there, as an update does; returns its version. */
function install(buildDir: string): string {
  rmSync(installDir, { recursive: true, force: true });
  // Chromium keeps running the service worker script it registered when it first loaded an extension from the
  // command line, whatever the files on disk and the manifest version say later (measured: a build marked A, then
  // B as 0.2.0 in its place, still runs A). A store update registers the new script; so does a profile without
  // that stored registration. Only the worker registrations go: IndexedDB and extension storage live elsewhere.
  rmSync(path.join(profileDir, 'Default', 'Service Worker'), { recursive: true, force: true });
  cpSync(buildDir, installDir, { recursive: true });
  const manifestPath = path.join(installDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; host_permissions: string[] };
  writeFileSync(
    manifestPath,
    JSON.stringify({ ...manifest, host_permissions: [...manifest.host_permissions, '<all_urls>'] }),
  );
  return manifest.version;
}

const launch = () => launchWithExtension({ headless: true, locale: 'en-US', extensionDir: installDir, profileDir });

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Stored {
  /** IndexedDB's version number of the extension's database (Dexie's schema version × 10). */
  version: number;
  tables: Record<string, unknown[]>;
  local: Record<string, unknown>;
  scripts: string[];
}

/** Everything the extension keeps, read raw in its service worker: every IndexedDB table, storage.local, scripts. */
async function readStored(context: BrowserContext): Promise<Stored> {
  return (await worker(context)).evaluate(collectStored);
}

/** Runs inside the extension (serialised by Playwright): no outer names. */
async function collectStored(): Promise<Stored> {
  {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('limit-lens');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tables: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      tables[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    const version = db.version;
    db.close();
    const scripts = (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort();
    return { version, tables, local: await chrome.storage.local.get(null), scripts };
  }
}

/** Reloads `page` until Limit Lens's isolated content script runs in it (its world shows up in DevTools). */
async function untilContentScriptRuns(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.auxData?.type === 'isolated') worlds.push(e.context.name);
  });
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 20_000;
  while (!worlds.includes('Limit Lens')) {
    if (Date.now() > deadline) throw new Error("Limit Lens's content script never ran on the ChatGPT page double");
    await page.waitForTimeout(500);
    if (!worlds.includes('Limit Lens')) await page.reload();
  }
  await cdp.detach();
}

async function popupCards(launched: Launched) {
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return popup;
}

test(
  `an update from ${PREVIOUS_RELEASE.version} keeps every stop, screenshot, setting and provider ` +
    `site; the schema is the current one`,
  async () => {
    test.setTimeout(180_000);
    expect(install(previous.extensionDir)).toBe(PREVIOUS_RELEASE.version);
    const old = await launch();
    let extensionId: string;
    try {
      extensionId = old.extensionId;
      const sw = await worker(old.context);
      // Settings as a user would leave them: screenshots on, no notifications, Korean, a year of history.
      await sw.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({
          settings: { ...(settings ?? {}), screenshots: true, notifications: false, locale: 'ko', retentionDays: 365 },
        });
      });
      // A provider site turned on from the options page of that release.
      const options = await old.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const openai = options.locator('[data-provider="openai-platform"]');
      await expect(openai.locator('.provider-toggle')).toBeEnabled();
      await openai.locator('.provider-toggle').click();
      await expect(openai).toHaveAttribute('data-status', 'on');

      // Stops: a ChatGPT quota stop (with its screenshot), a moderation block, an OpenAI API rate limit.
      const chatgpt = await serveChatGpt(old.context);
      const page = await old.context.newPage();
      await page.goto(chatgpt.conversationUrl('quota'));
      await expect(page).toHaveTitle('done', { timeout: 20_000 });
      await expect
        .poll(async () => (await readStored(old.context)).tables.screenshots?.length ?? 0, { timeout: 15_000 })
        .toBe(1);
      await page.goto(chatgpt.conversationUrl('moderation'));
      await expect(page).toHaveTitle('done', { timeout: 20_000 });
      const provider = await serveProvider(old.context, { page: OPENAI_PAGE, api: OPENAI_API });
      await playProvider(old.context, provider.url('openai-rate-limit'));
      await expect
        .poll(async () => (await readStored(old.context)).tables.stops?.length ?? 0, { timeout: 15_000 })
        .toBe(3);
      // The text a stop was shown with joins its record a moment after the record itself: read once nothing moves.
      let last = '';
      await expect
        .poll(
          async () => {
            const now = JSON.stringify(await readStored(old.context));
            const settled = now === last;
            last = now;
            return settled;
          },
          { intervals: [1000], timeout: 20_000 },
        )
        .toBe(true);
      before = JSON.parse(last) as Stored;
      expect(before.version).toBe(30);
      // One picture per stop captured on the tab in front: the quota stop's at least.
      const stopIds = new Set((before.tables.stops as { id: number }[]).map((x) => x.id));
      expect(before.tables.screenshots!.length).toBeGreaterThanOrEqual(1);
      for (const shot of before.tables.screenshots as { stopId: number; dataUrl: string }[]) {
        expect(stopIds.has(shot.stopId)).toBe(true);
        expect(shot.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
      }
      expect(before.tables.allowances).toBeDefined();
      expect(before.scripts).toEqual([
        'limit-lens-provider:openai-platform:isolated',
        'limit-lens-provider:openai-platform:main',
      ]);
      expect(before.local.settings).toMatchObject({
        screenshots: true,
        notifications: false,
        locale: 'ko',
        retentionDays: 365,
      });
    } finally {
      await old.close();
    }

    // The update: the current build in the same folder, the same profile started again. (Reloading in place from
    // chrome://extensions, as a person would, unloads an extension loaded from the command line without bringing it
    // back, so the browser restarts instead. Chromium reports that restart to the extension as an install, as it
    // would for a person loading the new folder: the earlier data makes it an update all the same, so the popup
    // shows the "what's new" line, which only the new build's background can set.)
    const currentVersion = install(E2E_EXTENSION_DIR);
    expect(currentVersion).not.toBe(PREVIOUS_RELEASE.version);
    const updated = await launch();
    try {
      expect(updated.extensionId).toBe(extensionId);
      await checkKept(updated);
    } finally {
      await updated.close();
    }
  },
);

/** Every record, setting and registration of `before` is there unchanged, at the current schema, and shown. */
async function checkKept(launched: Launched) {
  // Dynamic content scripts do not outlive an update in Chrome: the background registers them again.
  await expect
    .poll(async () => (await readStored(launched.context)).scripts, { timeout: 15_000 })
    .toEqual(before.scripts);
  const after = await readStored(launched.context);
  expect(after.version).toBe(new LimitLensDb('schema-only').verno * 10);
  for (const [table, rows] of Object.entries(before.tables)) expect(after.tables[table], table).toEqual(rows);
  for (const [key, value] of Object.entries(before.local)) expect(after.local[key], key).toEqual(value);

  // And the user sees them: three stops, in the language they chose; an update opens no welcome page.
  const popup = await popupCards(launched);
  await expect(popup.locator('.stop-card')).toHaveCount(3, { timeout: 15_000 });
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(popup.locator('.whats-new')).toBeVisible();
  expect(launched.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toEqual([]);
  await popup.close();
}

test('data of a newer schema than this build knows: refused untouched, a new stop kept aside, the user told', async () => {
  test.setTimeout(120_000);
  test.skip(before === undefined, 'needs the profile the update test left');
  const current = new LimitLensDb('schema-only').verno * 10;
  // A newer release's database: one schema version up, with a table this build has never heard of.
  let newer: Stored;
  const first = await launch();
  try {
    await (await worker(first.context)).evaluate(
      (version) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('limit-lens', version);
          req.onupgradeneeded = () =>
            req.result.createObjectStore('fromTheFuture', { keyPath: 'id' }).put({ id: 1, note: 'kept' });
          req.onsuccess = () => (req.result.close(), resolve());
          req.onerror = () => reject(req.error);
          req.onblocked = () => reject(new Error('blocked by an open connection'));
        }),
      current + 10,
    );
    newer = await readStored(first.context);
  } finally {
    await first.close();
  }
  expect(newer.version).toBe(current + 10);
  expect(newer.tables.fromTheFuture).toEqual([{ id: 1, note: 'kept' }]);

  // This build, started on it (a downgrade), sees a stop.
  const downgraded = await launch();
  try {
    const chatgpt = await serveChatGpt(downgraded.context);
    const page = await downgraded.context.newPage();
    // A browser started on an existing profile can load a tab before the extension's content scripts are ready
    // (Chromium then injects nothing into it): a stop on that tab would be seen by nobody, which is not what this
    // test is about. Reload until the content script is there, then play the stop.
    await page.goto(chatgpt.conversationUrl('long'));
    await untilContentScriptRuns(page);
    await page.goto(chatgpt.conversationUrl('cooldown'));
    await expect(page).toHaveTitle('done', { timeout: 20_000 });
    // The stop is kept aside for a build that knows the schema, not written into the newer release's tables.
    const keptOf = (stored: Stored) =>
      (stored.local.keptAside as { evidence: string; layer: string }[] | undefined) ?? [];
    await expect
      .poll(async () => keptOf(await readStored(downgraded.context)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    // The page's text layer may report the same stop a moment later (one occurrence: merged when it is saved).
    let last = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(keptOf(await readStored(downgraded.context)));
          const settled = now === last;
          last = now;
          return settled;
        },
        { intervals: [1000], timeout: 20_000 },
      )
      .toBe(true);
    const after = await readStored(downgraded.context);
    const kept = keptOf(after);
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.length).toBeLessThanOrEqual(2);
    for (const capture of kept) expect(capture.evidence).toMatch(/too quickly/);
    expect(after.version).toBe(newer.version);
    expect(after.tables).toEqual(newer.tables);
    for (const [key, value] of Object.entries(newer.local)) expect(after.local[key], key).toEqual(value);
    // The popup says why it shows nothing and what to do, in the language chosen (Korean), instead of an error.
    const popup = await popupCards(downgraded);
    await expect(popup.locator('.newer-schema')).toContainText('Limit Lens를 업데이트하면');
    await expect(popup.locator('.newer-schema')).toContainText(`새 기록 ${kept.length}건`);
    await expect(popup.locator('[role="alert"]')).toHaveCount(0);
    await expect(popup.locator('.stop-card')).toHaveCount(0);
  } finally {
    await downgraded.close();
  }
});
