import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/extension.ts';
import { serveChatGpt } from './support/chatgpt-site.ts';
import { USER_PROMPT } from './support/chatgpt-streams.ts';
import { EXTENSION_DIR } from './support/launch.ts';

test('forged bridge events: garbage is dropped, the page is not slowed, captured HTML stays inert', async ({
  context,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('forged'));
  await expect(page).toHaveTitle('done');
  // Dispatching 400 events to our listener took the page this long; our handler bails out early on each.
  expect(await page.evaluate(() => (window as unknown as { __forgeMs: number }).__forgeMs)).toBeLessThan(250);

  const popup = await openPopup();
  // Only the well-formed one (a 429) got through, and the background classified it itself.
  await expect(popup.locator('.stop-card')).toHaveCount(1, { timeout: 10_000 });
  await expect(popup.locator('.stop-card pre, .stop-card .seen-text').first()).toContainText('<img src=x onerror=');
  expect(await popup.locator('.stop-card img, .stop-card script').count()).toBe(0);
  expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the extension makes no network request of its own', async ({ context, openPopup }) => {
  const site = await serveChatGpt(context);
  const seen: string[] = [];
  context.on('request', (r) => seen.push(`${r.method()} ${r.url()}`));
  const page = await context.newPage();
  await page.goto(site.conversationUrl('quota'));
  await expect(page).toHaveTitle('done');
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(1, { timeout: 10_000 });
  await popup.waitForTimeout(1000);
  const network = seen.filter((r) => !/ chrome-extension:\/\//.test(r));
  // Exactly what the page itself asked for: the page, conversation/init and one turn.
  expect(network.sort()).toEqual(
    [
      `GET ${site.conversationUrl('quota')}`,
      'POST https://chatgpt.com/backend-api/conversation/init',
      'POST https://chatgpt.com/backend-api/f/conversation',
    ].sort(),
  );
  expect(site.requests).toHaveLength(3);

  // Nothing of the conversation beyond the stop itself is kept: not the user's prompt, not the session's token.
  const stored = JSON.stringify(
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'listStops', payload: { limit: 10 } })),
  );
  expect(stored).toContain('ChatGPTAgentToolRateLimitException');
  expect(stored).not.toContain(USER_PROMPT);
  expect(stored).not.toContain('resume_conversation_token');
});

// The MAIN-world observer runs before the page's own scripts on every chatgpt.com load: it stays under 16 KiB.
// The isolated script also assembles turns (the delta-v1 decoder and the turn tracker moved there so the MAIN
// world stays small), and wakes the background when an image turn starts (issue 16: 0.2 KiB, which took it past
// 24 KiB), so its budget is 25 KiB.
const BUDGET: Record<string, number> = { 'chatgpt-network.js': 16 * 1024, 'provider-network.js': 16 * 1024 };
const ISOLATED_BUDGET = 25 * 1024;

test('content scripts stay small and free of zod and dexie', () => {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThanOrEqual(2);
  for (const f of files) {
    const code = readFileSync(path.join(dir, f), 'utf8');
    const raw = statSync(path.join(dir, f)).size;
    const gz = gzipSync(code).length;
    test.info().annotations.push({ type: 'size', description: `${f}: ${raw} B raw, ${gz} B gzip` });
    expect(raw, f).toBeLessThan(BUDGET[f] ?? ISOLATED_BUDGET);
    expect(code, f).not.toMatch(/ZodError|\$ZodType|Dexie\.|indexedDB\.open/);
  }
});

/**
 * The service worker loads its whole bundle at every wake-up (issue 16): 418 KiB before it shed every page's words,
 * Zod's classic API and the export's redaction; 264 KiB after (Dexie ~96 KiB, the classifier and reset parsing ~71,
 * zod/mini ~28). The budget leaves room for a few KiB of new capture code, not for any of those to come back.
 */
const BACKGROUND_BUDGET = 272 * 1024;

test('the service worker bundle stays under its budget', () => {
  const file = path.join(EXTENSION_DIR, 'background.js');
  const raw = statSync(file).size;
  const gz = gzipSync(readFileSync(file)).length;
  test.info().annotations.push({ type: 'size', description: `background.js: ${raw} B raw, ${gz} B gzip` });
  expect(raw).toBeLessThan(BACKGROUND_BUDGET);
});

test('a content script cannot read, clear or misfile stops: only its own page is its business (issue 11)', async ({
  context,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  // Find the extension's content-script world on the page (what a compromised renderer could run code in).
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) =>
    worlds.push({ id: c.id, name: c.name, type: c.auxData?.type }),
  );
  await cdp.send('Runtime.enable');
  await page.goto(site.conversationUrl('quota'));
  await expect(page).toHaveTitle('done');
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(1, { timeout: 10_000 });

  const world = worlds.find((w) => w.type === 'isolated' && w.name === 'Limit Lens');
  expect(world, JSON.stringify(worlds)).toBeDefined();
  const send = async (message: unknown) =>
    (
      await cdp.send('Runtime.evaluate', {
        contextId: world!.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      })
    ).result.value as { ok?: boolean; reason?: string; stops?: unknown[] };

  for (const message of [
    { type: 'listStops', payload: { limit: 10 } },
    { type: 'getStops', payload: { ids: [1] } },
    { type: 'clearStops', payload: {} },
    { type: 'setProviderEnabled', payload: { id: 'fal', enabled: true } },
  ]) {
    const answer = await send(message);
    expect(answer, message.type).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(answer.stops, message.type).toBeUndefined();
  }
  // The stop is still there, and the popup (an extension page) still reads it.
  const stored = (await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'listStops', payload: { limit: 10 } }),
  )) as { stops: { site: string }[] };
  expect(stored.stops.map((s) => s.site)).toEqual(['chatgpt.com']);
});
