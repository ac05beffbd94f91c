/**
 * The socket harness itself (test/e2e/support/chatgpt-socket.ts): with the extension loaded, the page double
 * reaches the TLS socket server as wss://ws.chatgpt.com, and a turn streamed over it (catch-ups replayed, some
 * frames batched) is rendered once, in order. What the extension captures from such turns is tested elsewhere.
 */
import { serveChatGpt } from './support/chatgpt-site.ts';
import { handoffStream, longAnswerStream, sseEvents, TURN_ID, turnTopic } from './support/chatgpt-streams.ts';
import { expect, test } from './support/socket-fixture.ts';

const expectedText = (tokens: number) => `Here${Array.from({ length: tokens }, (_, i) => ` word${i % 97}`).join('')}`;

test('a turn wholly over the socket reaches the page double and renders once, catch-ups and all', async ({
  context,
  chatgptSocket,
}) => {
  const site = await serveChatGpt(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.conversationUrl('socket-long', 'socket'));
  await chatgptSocket.waitForConnection();

  const body = longAnswerStream(300);
  const items = await chatgptSocket.sendItems(TURN_ID, body, { catchupReplay: 4, batch: [1, 1, 1, 5] });
  await expect(page).toHaveTitle('done');

  const bubble = page.locator('[data-message-id="asst-long-1"]');
  await expect(bubble).toHaveCount(1);
  await expect(bubble).toHaveText(expectedText(300));
  expect(items).toHaveLength(sseEvents(body).length + 1); // and the socket's own final {"type":"done"}
  const seen = await page.evaluate(
    () => (window as unknown as { __socket: { items: number; applied: number } }).__socket,
  );
  expect(seen.items).toBe(items.length + 4); // the four catch-ups arrived twice…
  expect(seen.applied).toBe(items.length); // …and were applied once

  const commands = chatgptSocket.commands().map((c) => `${c.command?.type} ${c.command?.topic_id ?? ''}`.trim());
  expect(commands).toEqual([
    'connect',
    'subscribe conversations',
    `subscribe ${turnTopic(TURN_ID)}`,
    `unsubscribe ${turnTopic(TURN_ID)}`,
  ]);
  expect(errors).toEqual([]);
});

test('a fetch turn handed off to the socket continues in the same bubble', async ({ context, chatgptSocket }) => {
  const turnId = 'turn-handoff-1';
  const site = await serveChatGpt(context, { bodies: { handoff: handoffStream(turnId, 'Before') } });
  const page = await context.newPage();
  await page.goto(site.conversationUrl('handoff', 'socket'));
  await chatgptSocket.waitForConnection();
  await chatgptSocket.sendItems(turnId, ['event: delta\ndata: {"v":" and after"}\n\n', 'data: [DONE]\n\n']);
  await expect(page).toHaveTitle('done');
  await expect(page.locator('[data-message-id="asst-handoff-1"]')).toHaveText('Before and after');
});
