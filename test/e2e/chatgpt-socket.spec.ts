/**
 * ChatGPT turns over the WebSocket, end to end: a real TLS socket server reached as wss://ws.chatgpt.com
 * (support/chatgpt-socket.ts), the page double following turns there, the built extension capturing them.
 */
import type { Page } from '@playwright/test';
import { serveChatGpt } from './support/chatgpt-site.ts';
import {
  asyncTaskUpdate,
  CONVERSATION_ID,
  cooldownStream,
  COOLDOWN_TEXT,
  handoffStream,
  longAnswerStream,
  QUOTA_TEXT,
  quotaStream,
  socketItems,
  successfulImageStream,
  TURN_ID,
} from './support/chatgpt-streams.ts';
import { expectQuotaCard, popupWithStops } from './support/scenario.ts';
import { expect, test } from './support/socket-fixture.ts';

interface CoordinatorStats {
  captures: number;
  bridgeRejected: number;
  observerCallbacks: number;
  observing: boolean;
  turnActive: boolean;
  scans: number;
}

/** The isolated content script's counters, read through DevTools in its own world (the page cannot see them). */
async function coordinatorStats(page: Page): Promise<() => Promise<CoordinatorStats>> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Limit Lens')).toBe(true);
  const id = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === 'Limit Lens').at(-1)!.id;
  return async () => {
    const r = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.__limitLensCoordinator)',
      contextId: id,
      returnByValue: true,
    });
    return JSON.parse(String(r.result.value)) as CoordinatorStats;
  };
}

test('a quota stop wholly over the socket, catch-ups replayed: one card, ChatGPT app, wait, reset from resets_after', async ({
  context,
  chatgptSocket,
  openPopup,
}) => {
  const resetsAt = Date.now() + 5 * 3600_000;
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('socket-quota', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.sendItems(TURN_ID, quotaStream(resetsAt), { catchupReplay: 4, batch: [1, 2, 1] });
  await expect(page).toHaveTitle('done');
  const popup = await popupWithStops(openPopup, 1);
  const card = await expectQuotaCard(popup, resetsAt);
  await expect(card.locator('.seen-text')).toContainText(QUOTA_TEXT);
  await expect(card).toContainText('seen once');
  // Nothing else was stored: the replayed catch-ups made no second record.
  await page.waitForTimeout(1500);
  await expect(popup.locator('.stop-card')).toHaveCount(1);
});

test('a successful image turn over the socket stores nothing', async ({ context, chatgptSocket, openPopup }) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('socket-image', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.sendItems(TURN_ID, successfulImageStream(), { batch: [1, 3] });
  await expect(page).toHaveTitle('done');
  await page.waitForTimeout(1500);
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(0);
});

test('a fetch turn handed off to the socket, whose cooldown refusal arrives on the socket: one card', async ({
  context,
  chatgptSocket,
  openPopup,
}) => {
  const turnId = 'turn-handoff-cool';
  const site = await serveChatGpt(context, { bodies: { handoff: handoffStream(turnId, 'Let me draw that') } });
  const page = await context.newPage();
  await page.goto(site.conversationUrl('handoff', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.sendItems(turnId, cooldownStream());
  await expect(page).toHaveTitle('done');
  const popup = await popupWithStops(openPopup, 1);
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(card).toHaveAttribute('data-bucket', 'app-image-cooldown');
  await expect(card).toHaveAttribute('data-action', 'wait');
  await page.waitForTimeout(1500);
  await expect(popup.locator('.stop-card')).toHaveCount(1);
});

test('a queued image task that reports a refusal over the socket: one card', async ({
  context,
  chatgptSocket,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('socket-async', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.sendItems(TURN_ID, successfulImageStream());
  await expect(page).toHaveTitle('done');
  const refusal = {
    id: 'tool-async-refusal-1',
    author: { role: 'tool', name: 't2uay3k.sj1i4kz', metadata: {} },
    create_time: Date.now() / 1000,
    content: { content_type: 'text', parts: [COOLDOWN_TEXT] },
    status: 'finished_successfully',
    metadata: { is_error: true, async_task_type: 'image_gen', image_gen_task_id: 'chatimagegen-us-prod.abc' },
  };
  chatgptSocket.send([asyncTaskUpdate(CONVERSATION_ID, refusal)]);
  chatgptSocket.send([asyncTaskUpdate(CONVERSATION_ID, refusal)]); // delivered twice: still one stop
  const popup = await popupWithStops(openPopup, 1);
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(card).toHaveAttribute('data-bucket', 'app-image-cooldown');
  await page.waitForTimeout(1000);
  await expect(popup.locator('.stop-card')).toHaveCount(1);
});

test('while a socket turn streams, the DOM observer stays disconnected; it is back once the turn ends', async ({
  context,
  chatgptSocket,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('socket-long', 'socket'));
  const stats = await coordinatorStats(page);
  await chatgptSocket.waitForConnection();
  await expect.poll(async () => (await stats()).observing).toBe(true);
  const sending = chatgptSocket.sendItems(TURN_ID, longAnswerStream(600), { intervalMs: 4 });
  await expect.poll(async () => (await stats()).turnActive, { intervals: [20] }).toBe(true);
  const during = await stats();
  expect(during.observing).toBe(false);
  await sending;
  await expect(page).toHaveTitle('done');
  const after = await stats();
  // Hundreds of nodes were rendered during the turn: none of them reached the observer.
  expect(after.observerCallbacks).toBe(during.observerCallbacks);
  await expect.poll(async () => (await stats()).observing).toBe(true);
  await expect.poll(async () => (await stats()).turnActive).toBe(false);
});

test('a page that reads its fetch stream with for await is still followed (observe mode in Chromium)', async ({
  context,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('quota', 'fetch') + '&read=iterate');
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  const popup = await popupWithStops(openPopup, 1);
  await expect(popup.locator('.stop-card').first()).toHaveAttribute('data-owner', 'chatgpt-app');
});

test(
  'a hostile socket: 10,000 frames in a burst, forged refusals on 300 turns, then the socket ' +
    'drops: the page works, findings stay budgeted',
  async ({ context, chatgptSocket, openPopup }) => {
    const site = await serveChatGpt(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.conversationUrl('socket-flood', 'socket'));
    const stats = await coordinatorStats(page);
    await chatgptSocket.waitForConnection();
    const refusal = (i: number) =>
      socketItems(
        `forged-${i}`,
        quotaStream(Date.now() + 3600_000)
          .replaceAll('tool-quota-1', `tool-quota-f${i}`)
          .replaceAll('asst-quota-1', `asst-quota-f${i}`),
      );
    const started = Date.now();
    let sent = 0;
    for (let i = 0; sent < 10_000; i++) {
      if (i % 50 === 0) chatgptSocket.send('not json ' + 'x'.repeat(100));
      chatgptSocket.send(new Uint8Array([1, 2, 3]));
      chatgptSocket.send({ kind: 'noise', i });
      for (const item of i < 300 ? refusal(i) : []) chatgptSocket.send([item]);
      sent += 3 + (i < 300 ? 12 : 0);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    // The page still runs its own code.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    chatgptSocket.disconnect();
    await page.waitForTimeout(2000);
    // 300 forged refusals reached the isolated script; at most 30 a minute were passed on, the rest refused.
    await expect.poll(async () => (await stats()).captures, { timeout: 15_000 }).toBe(30);
    const after = await stats();
    expect(after.bridgeRejected).toBeGreaterThanOrEqual(270);
    expect(after.turnActive).toBe(false); // the dropped socket ended every forged turn
    const popup = await openPopup();
    await expect(popup.locator('.stop-card').first()).toBeVisible({ timeout: 15_000 });
    expect(errors).toEqual([]);
  },
);
