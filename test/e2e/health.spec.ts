/**
 * The detection health check end to end (issue 12): the built extension counts what it recognised on the page
 * double, the background keeps the counts, and the options page's Health section and the popup's notice say
 * what they mean. A page whose markup none of our selectors match, and a socket turn in an envelope we do not
 * know, are the two changes ChatGPT makes most; a normal session must stay OK.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serveChatGpt } from './support/chatgpt-site.ts';
import { CONVERSATION_ID, successfulImageStream, TURN_ID, turnTopic } from './support/chatgpt-streams.ts';
import { expect, test } from './support/socket-fixture.ts';

/** The day's counters as the background stored them, read from an extension page. */
const storedToday = (page: Page) =>
  page.evaluate(() =>
    chrome.storage.local.get('health').then((r) => {
      const days = (r.health ?? {}) as Record<string, Record<string, number>>;
      return days[new Date().toISOString().slice(0, 10)] ?? {};
    }),
  );

async function openHealth(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html#health`);
  await expect(page.locator('#health-heading')).toBeVisible();
  return (rule: string) => page.locator(`.health-rule[data-rule="${rule}"]`);
}

test('a normal session, over fetch and over the socket, stays OK everywhere', async ({
  context,
  chatgptSocket,
  extensionId,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('quota'));
  await expect(page).toHaveTitle('done');
  // The counts are sent when a page is left (or every 10 minutes): leave it once the post-turn check ran.
  await page.waitForTimeout(1000);
  await page.goto('about:blank');
  const socketPage = await context.newPage();
  await socketPage.goto(site.conversationUrl('socket-image', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.sendItems(TURN_ID, successfulImageStream(), { batch: [1, 3] });
  await expect(socketPage).toHaveTitle('done');
  // The page changed outside a turn (the socket turn's POST had ended), so the post-turn look waits for it to be
  // quiet (capture-coordinator.ts): up to a few seconds.
  await socketPage.waitForTimeout(3000);
  await socketPage.goto('about:blank');

  const options = await context.newPage();
  const rule = await openHealth(options, extensionId);
  // Both turns were read, and the page checked after each.
  await expect
    .poll(() => storedToday(options), { timeout: 15_000 })
    .toMatchObject({
      'turn.fetch': expect.any(Number),
      'turn.socket': 1,
      'format.known': 2,
      'check.turns': 2,
      'check.assistant': 2,
      'image.refusal': 1,
      'image.image': 1,
    });
  for (const id of ['stream-format', 'transport', 'selectors', 'image-tool', 'allowance', 'bridge'])
    await expect(rule(id)).toHaveAttribute('data-verdict', 'ok');
  await expect(rule('selectors')).toContainText('Assistant replies were found on the page.');
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  await expect(popup.locator('.health-notice')).toHaveCount(0);
});

test('a page variant whose replies none of our selectors match flips "selectors" to degraded, and the popup says so', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(`${site.conversationUrl('long')}&markup=unknown`);
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  await expect(page.locator('.reply-2027')).toHaveCount(1);
  await page.waitForTimeout(2000); // the post-turn check runs once the page has settled
  await page.goto('about:blank');

  const options = await context.newPage();
  const rule = await openHealth(options, extensionId);
  await expect(rule('selectors')).toHaveAttribute('data-verdict', 'degraded', { timeout: 15_000 });
  await expect(rule('selectors')).toContainText('matched by none of our selectors after 1 of 1 turns');
  // The stream itself was fine.
  await expect(rule('stream-format')).toHaveAttribute('data-verdict', 'ok');
  await expect(rule('transport')).toHaveAttribute('data-verdict', 'ok');

  const popup = await openPopup();
  const notice = popup.locator('.health-notice');
  await expect(notice).toHaveAttribute('data-verdict', 'degraded');
  await expect(notice).toContainText('Detection is degraded');
  await expect(notice.locator('a')).toHaveAttribute('href', `chrome-extension://${extensionId}/options.html#health`);
});

test('a socket turn in an envelope we do not know flips the transport rule; the diagnostics saved carry no text of it', async ({
  context,
  chatgptSocket,
  extensionId,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  await page.goto(site.conversationUrl('socket-unknown', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.waitForSubscribe(TURN_ID);
  // ChatGPT moved its stream items into a new envelope: the topic is the turn's, the shape is new.
  const secretText = 'my secret prompt about the quarterly numbers';
  for (let i = 0; i < 5; i++) {
    chatgptSocket.send([
      {
        type: 'message',
        topic_id: turnTopic(TURN_ID),
        payload: {
          type: 'conversation-turn-stream-v2',
          payload: {
            kind: 'item',
            conversation_id: CONVERSATION_ID,
            turn_id: TURN_ID,
            body: `event: delta\ndata: {"v": "${secretText} ${i}"}\n\n`,
          },
        },
      },
    ]);
  }

  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __socket: { frames: number } }).__socket.frames))
    .toBe(5);
  await page.goto('about:blank');

  const options = await context.newPage();
  const rule = await openHealth(options, extensionId);
  await expect(rule('transport')).toHaveAttribute('data-verdict', 'broken', { timeout: 15_000 });
  await expect(rule('transport')).toContainText('Socket frames came in an envelope we do not know');
  const stored = await storedToday(options);
  expect(stored['socket.unknown']).toBeGreaterThanOrEqual(4);
  expect(stored['turn.socket']).toBeUndefined();

  // The diagnostics, saved as the user would: versions, counts, verdicts; nothing of the page.
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('.health-save').click()]);
  expect(download.suggestedFilename()).toMatch(/^limit-lens-diagnostics-\d{4}-\d{2}-\d{2}\.json$/);
  const json = readFileSync((await download.path())!, 'utf8');
  const doc = JSON.parse(json) as {
    format: string;
    rules: { id: string; verdict: string }[];
    extension: { version: string };
  };
  expect(doc.format).toBe('limit-lens-diagnostics');
  expect(doc.rules.find((r) => r.id === 'transport')?.verdict).toBe('broken');
  for (const leak of [secretText, CONVERSATION_ID, TURN_ID, 'verify=', '/p24/ws', 'conversation-turn'])
    expect(json).not.toContain(leak);
});
