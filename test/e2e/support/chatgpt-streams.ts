/**
 * Conversation streams in ChatGPT's delta-encoding v1, shaped after captures of the live site (docs/chatgpt-protocol.md
 * §3, §5): the image tool's quota refusal, its cooldown, a moderation block, and a successful image turn.
 * Reset times are made relative to the test's clock so countdowns are live.
 */

export const CONVERSATION_ID = '6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const IMAGE_TOOL = 't2uay3k.sj1i4kz';

const sse = (...events: unknown[]) =>
  [
    'event: delta_encoding\ndata: "v1"\n\n',
    ...events.map((e) => (typeof e === 'string' ? `data: ${e}\n\n` : `event: delta\ndata: ${JSON.stringify(e)}\n\n`)),
  ].join('');

const add = (message: object, c: number) => ({
  p: '',
  o: 'add',
  v: { message, conversation_id: CONVERSATION_ID, error: null },
  c,
});
const append = (text: string) => ({ o: 'patch', v: [{ p: '/message/content/parts/0', o: 'append', v: text }] });
const bare = (text: string) => ({ v: text });
const done = (metadata: object) => [
  JSON.stringify({ type: 'message_stream_complete', conversation_id: CONVERSATION_ID }),
  JSON.stringify({
    type: 'conversation_detail_metadata',
    banner_info: null,
    model_limits: [],
    default_model_slug: 'auto',
    ...metadata,
  }),
  '[DONE]',
];

const assistant = (id: string) =>
  add(
    {
      id,
      author: { role: 'assistant', name: null },
      content: { content_type: 'text', parts: [''] },
      status: 'in_progress',
      metadata: {},
    },
    2,
  );

/** Python-style ISO with microseconds, as the backend sends it. */
export function backendIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

export const QUOTA_TEXT =
  "You've hit the Plus plan limit for image generations requests. You can create more images when " +
  'the limit resets in 4 hours and 59 minutes.';

/** The user's own words, echoed by the stream before the turn: never to be stored. */
export const USER_PROMPT = 'draw a red fox reading on the moon';

export function quotaStream(resetsAtMs: number): string {
  return sse(
    JSON.stringify({
      type: 'resume_conversation_token',
      token: 'eyJhbGciOiJFUzI1NiJ9.secret',
      conversation_id: CONVERSATION_ID,
    }),
    JSON.stringify({
      type: 'input_message',
      input_message: {
        id: 'user-1',
        author: { role: 'user' },
        content: { content_type: 'text', parts: [USER_PROMPT] },
      },
      conversation_id: CONVERSATION_ID,
    }),
    add(
      {
        id: 'tool-quota-1',
        author: { role: 'tool', name: IMAGE_TOOL, metadata: {} },
        content: {
          content_type: 'system_error',
          name: 'ChatGPTAgentToolRateLimitException',
          text:
            `Before doing anything else, explicitly explain to the user that you were unable to invoke the ` +
            `image_gen.text2im tool right now. Make sure to begin your response with "${QUOTA_TEXT}". DO NOT ` +
            `UNDER ANY CIRCUMSTANCES retry using this tool until the next user message.`,
        },
        status: 'finished_successfully',
        metadata: {},
      },
      1,
    ),
    assistant('asst-quota-1'),
    append("You've hit the Plus plan limit"),
    bare(
      ' for image generations requests. You can create more images when the limit resets in 4 hours and 59 minutes.',
    ),
    ...done({
      blocked_features: [
        { name: 'image_gen', resets_after: backendIso(resetsAtMs), resets_after_text: 'in 5 hours', limit: 50.0 },
      ],
      limits_progress: null,
    }),
  );
}

export const COOLDOWN_TEXT =
  "You're generating images too quickly. To ensure the best experience for everyone, we have rate " +
  'limits in place. Please wait for an hour before generating more images.';

export function cooldownStream(): string {
  return sse(
    add(
      {
        id: 'tool-cool-1',
        author: { role: 'tool', name: IMAGE_TOOL, metadata: {} },
        content: { content_type: 'text', parts: [''] },
        status: 'in_progress',
        metadata: { is_error: true },
      },
      1,
    ),
    append(COOLDOWN_TEXT.slice(0, 40)),
    bare(
      `${COOLDOWN_TEXT.slice(40)} Before doing anything else, please explicitly explain to the user ` +
        `that you were unable to generate images because of this.`,
    ),
    assistant('asst-cool-1'),
    append(
      "I couldn't create the image: you're generating images too quickly. Please wait for an hour before trying again.",
    ),
    ...done({
      blocked_features: [],
      limits_progress: [{ feature_name: 'image_gen', remaining: 12, reset_after: backendIso(Date.now() + 86_400_000) }],
    }),
  );
}

export const POLICY_TEXT = 'This image generation request did not follow our content policy.';

export function moderationStream(): string {
  return sse(
    JSON.stringify({
      type: 'moderation',
      moderation_response: { blocked: true, flagged: true },
      conversation_id: CONVERSATION_ID,
    }),
    assistant('asst-policy-1'),
    append(POLICY_TEXT),
    ...done({ blocked_features: [], limits_progress: null }),
  );
}

export function successfulImageStream(): string {
  return sse(
    add(
      {
        id: 'asst-code-1',
        author: { role: 'assistant', name: null },
        content: { content_type: 'code', language: 'python3', text: '{"skipped_mainline":true}' },
        status: 'in_progress',
        recipient: IMAGE_TOOL,
        metadata: {},
      },
      0,
    ),
    add(
      {
        id: 'tool-card-1',
        author: { role: 'tool', name: IMAGE_TOOL, metadata: {} },
        content: {
          content_type: 'text',
          parts: ['Processing image\n\nLots of people are creating images right now, so this might take a bit.'],
        },
        status: 'finished_successfully',
        metadata: { ui_card: true, ui_card_title: 'Processing image', image_gen_task_id: 'chatimagegen-us-prod.abc' },
      },
      1,
    ),
    add(
      {
        id: 'tool-image-1',
        author: { role: 'tool', name: IMAGE_TOOL, metadata: {} },
        content: {
          content_type: 'multimodal_text',
          parts: [
            { content_type: 'image_asset_pointer', asset_pointer: 'sediment://file_abc', width: 1024, height: 1024 },
          ],
        },
        status: 'finished_successfully',
        metadata: { async_task_type: 'image_gen', image_gen_async: true },
      },
      2,
    ),
    ...done({
      blocked_features: [],
      limits_progress: [
        { feature_name: 'image_gen', remaining: 117, reset_after: backendIso(Date.now() + 86_400_000) },
      ],
    }),
  );
}

/** A long ordinary answer: thousands of streamed tokens, no stop. */
export function longAnswerStream(tokens: number): string {
  const frames: unknown[] = [assistant('asst-long-1'), append('Here')];
  for (let i = 0; i < tokens; i++) frames.push(bare(` word${i % 97}`));
  return sse(...frames, ...done({ blocked_features: [], limits_progress: null }));
}

// ---------------------------------------------------------------------------------------------------------------
// The same turns over chatgpt.com's WebSocket (docs/chatgpt-protocol.md §2): each SSE event of a body becomes one
// `conversation-turn-stream` item on topic `conversation-turn-<turn_id>`, its `encoded_item` holding the event's
// text exactly as the fetch body would carry it. A frame is a JSON array of items (sometimes several).

/** The socket URL the page doubles open (the path is opaque to the extension: it matches the host). */
export const SOCKET_URL = 'wss://ws.chatgpt.com/p24/ws/user/test?verify=x';
/** The turn id the page doubles use when a test does not choose one. */
export const TURN_ID = 'turn-7c1e2d3f';

export const turnTopic = (turnId: string) => `conversation-turn-${turnId}`;

/** An SSE body split back into its events, each with its blank line: one socket stream item per event. */
export function sseEvents(body: string): string[] {
  return body
    .split('\n\n')
    .filter((e) => e.length > 0)
    .map((e) => `${e}\n\n`);
}

/** A server → client message on a topic; `payload` is the topic's own message. */
export interface SocketMessage {
  type: 'message';
  topic_id: string;
  payload: { type: string; payload?: unknown; [key: string]: unknown };
  offset: string;
}

export interface StreamItemPayload {
  type: 'stream-item';
  conversation_id: string;
  turn_id: string;
  encoded_item: string;
  stream_item_id: string;
  parent_stream_item_id: string;
  server_timestamp_ms: number;
}

export interface SocketItemOptions {
  conversationId?: string;
  /** server_timestamp_ms of the first item (one ms more per item); also the ms part of the offsets. */
  startMs?: number;
  /** End the turn with the socket's own final `{"type":"done"}` item after `[DONE]` (default true). */
  done?: boolean;
}

/** One stream item per SSE event of `sseBody` (a body string or its events), chained by parent_stream_item_id. */
export function socketItems(
  turnId: string,
  sseBody: string | readonly string[],
  opts: SocketItemOptions = {},
): SocketMessage[] {
  const conversationId = opts.conversationId ?? CONVERSATION_ID;
  const t0 = opts.startMs ?? Date.now();
  const events = typeof sseBody === 'string' ? sseEvents(sseBody) : [...sseBody];
  if (opts.done ?? true)
    events.push(`data: ${JSON.stringify({ type: 'done', conversation_id: conversationId, turn_id: turnId })}\n\n`);
  return events.map((encoded, i) => ({
    type: 'message',
    topic_id: turnTopic(turnId),
    payload: {
      type: 'conversation-turn-stream',
      payload: {
        type: 'stream-item',
        conversation_id: conversationId,
        turn_id: turnId,
        encoded_item: encoded,
        stream_item_id: `${turnId}-item-${i}`,
        parent_stream_item_id: i === 0 ? '' : `${turnId}-item-${i - 1}`,
        server_timestamp_ms: t0 + i,
      } satisfies StreamItemPayload,
    },
    offset: `${t0}-${i}`,
  }));
}

/** The server's reply to the page's subscribe command for a turn, replaying `catchupItems` (already sent live). */
export function subscribeReply(turnId: string, catchupItems: readonly SocketMessage[], id = 1) {
  return {
    id,
    type: 'reply',
    reply: {
      type: 'subscribe',
      topic_id: turnTopic(turnId),
      last_offset: catchupItems.at(-1)?.offset ?? '0',
      recovered: true,
      catchups: [...catchupItems],
    },
  };
}

/** After the turn, on topic `conversations`. */
export function turnComplete(conversationId: string = CONVERSATION_ID): SocketMessage {
  return {
    type: 'message',
    topic_id: 'conversations',
    payload: { type: 'conversation-turn-complete', payload: { conversation_id: conversationId } },
    offset: `${Date.now()}-0`,
  };
}

/** A queued (async) task's result, on topic `conversations`; `message` is a conversation message as in a delta `add`. */
export function asyncTaskUpdate(conversationId: string, message: object, asyncTaskId = 'task-1'): SocketMessage {
  return {
    type: 'message',
    topic_id: 'conversations',
    payload: {
      type: 'conversation-update',
      payload: {
        conversation_id: conversationId,
        update_type: 'async-task-update-message',
        update_content: { async_task_id: asyncTaskId, message },
      },
    },
    offset: `${Date.now()}-0`,
  };
}

/**
 * Items grouped into frames (JSON array text). `batch` is the number of items per frame, or a pattern of frame
 * sizes repeated over the items (e.g. [1, 1, 1, 4]: mostly single items, some frames batched).
 */
export function socketFrames(items: readonly unknown[], batch: number | readonly number[] = 1): string[] {
  const sizes = typeof batch === 'number' ? [batch] : batch;
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`bad batch ${JSON.stringify(batch)}`);
  const out: string[] = [];
  for (let i = 0, k = 0; i < items.length; k++) {
    const n = sizes[k % sizes.length]!;
    out.push(JSON.stringify(items.slice(i, i + n)));
    i += n;
  }
  return out;
}

/**
 * A fetch body that starts the turn and hands the rest to the socket: `stream_handoff` with a
 * `subscribe_ws_topic` option (docs/chatgpt-protocol.md §2). The event's exact fields are not in a public capture; the
 * page double subscribes to `options[].topic_id`, else to `conversation-turn-<turn_id>`.
 */
export function handoffStream(turnId: string, textBefore = 'Working on it'): string {
  return sse(
    assistant('asst-handoff-1'),
    append(textBefore),
    JSON.stringify({
      type: 'stream_handoff',
      conversation_id: CONVERSATION_ID,
      turn_id: turnId,
      options: [{ type: 'subscribe_ws_topic', topic_id: turnTopic(turnId) }],
    }),
  );
}
