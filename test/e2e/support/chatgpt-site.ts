/**
 * Serves chatgpt.com from fixtures: the page double and its backend endpoints, per scenario. Nothing reaches the
 * network.
 */
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONVERSATION_ID,
  cooldownStream,
  longAnswerStream,
  moderationStream,
  quotaStream,
  successfulImageStream,
  TURN_ID,
} from './chatgpt-streams.ts';

const PAGE = readFileSync(path.resolve('test/e2e/site/chatgpt.html'), 'utf8');

export interface SiteOptions {
  /** Epoch ms of the quota reset served in blocked_features. */
  quotaResetsAt?: number;
  /**
   * The SSE body to serve for a scenario instead of the built-in one, e.g. a fetch turn that ends in a
   * stream_handoff to the socket.
   */
  bodies?: Record<string, string>;
  /**
   * Pages opened with ?transport=socket: the turn id the POST names when the scenario has no body in `bodies`
   * (the whole turn then streams over the socket; default TURN_ID).
   */
  socketTurnId?: string;
}

export async function serveChatGpt(context: BrowserContext, opts: SiteOptions = {}) {
  const requests: string[] = [];
  await context.route('https://chatgpt.com/**', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    requests.push(`${req.method()} ${url.pathname}`);
    if (url.pathname === '/backend-api/conversation/init') {
      return route.fulfill({
        json: { blocked_features: [], limits_progress: null, model_limits: [], default_model_slug: 'auto' },
      });
    }
    if (url.pathname === '/backend-api/f/conversation') {
      const posted = req.postDataJSON() as { scenario?: string; transport?: string } | null;
      const scenario = posted?.scenario;
      const own = scenario === undefined ? undefined : opts.bodies?.[scenario];
      if (own !== undefined) return streamBody(route, own);
      if (posted?.transport === 'socket') {
        // A turn wholly over the socket: the POST only names it, the test streams it (chatgpt-socket.ts).
        return route.fulfill({ json: { conversation_id: CONVERSATION_ID, turn_id: opts.socketTurnId ?? TURN_ID } });
      }
      switch (scenario) {
        case 'quota':
          return streamBody(route, quotaStream(opts.quotaResetsAt ?? Date.now() + 5 * 3600_000));
        case 'cooldown':
          return streamBody(route, cooldownStream());
        case 'moderation':
          return streamBody(route, moderationStream());
        case 'image-ok':
          return streamBody(route, successfulImageStream());
        case 'long':
          return streamBody(route, longAnswerStream(3000));
        case 'messages-per-hour':
          return route.fulfill({
            status: 429,
            contentType: 'application/json',
            json: { detail: "You've reached our limit of messages per hour. Please try again later." },
          });
        default:
          return streamBody(route, longAnswerStream(10));
      }
    }
    if (url.pathname.startsWith('/c/') || url.pathname === '/') {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  return {
    requests,
    conversationUrl: (scenario: string, transport: 'fetch' | 'socket' = 'fetch') =>
      `https://chatgpt.com/c/${CONVERSATION_ID}?scenario=${scenario}${transport === 'socket' ? '&transport=socket' : ''}`,
  };
}

function streamBody(route: Parameters<Parameters<BrowserContext['route']>[1]>[0], body: string) {
  return route.fulfill({ status: 200, contentType: 'text/event-stream; charset=utf-8', body });
}
