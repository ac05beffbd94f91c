/**
 * The extension fixture plus chatgpt.com's WebSocket: `chatgptSocket` is a TLS socket server started before the
 * browser, whose flags (`chromiumArgs`) the browser is launched with, so pages reach it as wss://ws.chatgpt.com.
 *
 *   import { expect, test } from './support/socket-fixture.ts';
 *   test('…', async ({ context, chatgptSocket }) => { … });
 */
import { startChatGptSocket, type ChatGptSocket } from './chatgpt-socket.ts';
import { test as base } from './extension.ts';

export const test = base.extend<{ chatgptSocket: ChatGptSocket }>({
  chatgptSocket: async ({}, use) => {
    const socket = await startChatGptSocket();
    await use(socket);
    await socket.close();
  },
  chromiumArgs: async ({ chatgptSocket }, use) => use(chatgptSocket.chromiumArgs),
});

export const expect = test.expect;
