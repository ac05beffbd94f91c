/**
 * Conversation streams in ChatGPT's delta-encoding v1, shaped after captures of the live site (research notes
 * §3.2–3.4): the image tool's quota refusal, its cooldown, a moderation block, and a successful image turn.
 * Reset times are made relative to the test's clock so countdowns are live.
 */

export const CONVERSATION_ID = '6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const IMAGE_TOOL = 't2uay3k.sj1i4kz';

const sse = (...events: unknown[]) =>
  ['event: delta_encoding\ndata: "v1"\n\n', ...events.map((e) => (typeof e === 'string' ? `data: ${e}\n\n` : `event: delta\ndata: ${JSON.stringify(e)}\n\n`))].join('');

const add = (message: object, c: number) => ({ p: '', o: 'add', v: { message, conversation_id: CONVERSATION_ID, error: null }, c });
const append = (text: string) => ({ o: 'patch', v: [{ p: '/message/content/parts/0', o: 'append', v: text }] });
const bare = (text: string) => ({ v: text });
const done = (metadata: object) =>
  [
    JSON.stringify({ type: 'message_stream_complete', conversation_id: CONVERSATION_ID }),
    JSON.stringify({ type: 'conversation_detail_metadata', banner_info: null, model_limits: [], default_model_slug: 'auto', ...metadata }),
    '[DONE]',
  ];

const assistant = (id: string) =>
  add({ id, author: { role: 'assistant', name: null }, content: { content_type: 'text', parts: [''] }, status: 'in_progress', metadata: {} }, 2);

/** Python-style ISO with microseconds, as the backend sends it. */
export function backendIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

export const QUOTA_TEXT =
  "You've hit the Plus plan limit for image generations requests. You can create more images when the limit resets in 4 hours and 59 minutes.";

/** The user's own words, echoed by the stream before the turn: never to be stored. */
export const USER_PROMPT = 'draw a red fox reading on the moon';

export function quotaStream(resetsAtMs: number): string {
  return sse(
    JSON.stringify({ type: 'resume_conversation_token', token: 'eyJhbGciOiJFUzI1NiJ9.secret', conversation_id: CONVERSATION_ID }),
    JSON.stringify({
      type: 'input_message',
      input_message: { id: 'user-1', author: { role: 'user' }, content: { content_type: 'text', parts: [USER_PROMPT] } },
      conversation_id: CONVERSATION_ID,
    }),
    add(
      {
        id: 'tool-quota-1',
        author: { role: 'tool', name: IMAGE_TOOL, metadata: {} },
        content: {
          content_type: 'system_error',
          name: 'ChatGPTAgentToolRateLimitException',
          text: `Before doing anything else, explicitly explain to the user that you were unable to invoke the image_gen.text2im tool right now. Make sure to begin your response with "${QUOTA_TEXT}". DO NOT UNDER ANY CIRCUMSTANCES retry using this tool until the next user message.`,
        },
        status: 'finished_successfully',
        metadata: {},
      },
      1,
    ),
    assistant('asst-quota-1'),
    append("You've hit the Plus plan limit"),
    bare(' for image generations requests. You can create more images when the limit resets in 4 hours and 59 minutes.'),
    ...done({
      blocked_features: [{ name: 'image_gen', resets_after: backendIso(resetsAtMs), resets_after_text: 'in 5 hours', limit: 50.0 }],
      limits_progress: null,
    }),
  );
}

export const COOLDOWN_TEXT =
  "You're generating images too quickly. To ensure the best experience for everyone, we have rate limits in place. Please wait for an hour before generating more images.";

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
    bare(`${COOLDOWN_TEXT.slice(40)} Before doing anything else, please explicitly explain to the user that you were unable to generate images because of this.`),
    assistant('asst-cool-1'),
    append("I couldn't create the image: you're generating images too quickly. Please wait for an hour before trying again."),
    ...done({ blocked_features: [], limits_progress: [{ feature_name: 'image_gen', remaining: 12, reset_after: backendIso(Date.now() + 86_400_000) }] }),
  );
}

export const POLICY_TEXT = 'This image generation request did not follow our content policy.';

export function moderationStream(): string {
  return sse(
    JSON.stringify({ type: 'moderation', moderation_response: { blocked: true, flagged: true }, conversation_id: CONVERSATION_ID }),
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
        content: { content_type: 'text', parts: ['Processing image\n\nLots of people are creating images right now, so this might take a bit.'] },
        status: 'finished_successfully',
        metadata: { ui_card: true, ui_card_title: 'Processing image', image_gen_task_id: 'chatimagegen-us-prod.abc' },
      },
      1,
    ),
    add(
      {
        id: 'tool-image-1',
        author: { role: 'tool', name: IMAGE_TOOL, metadata: {} },
        content: { content_type: 'multimodal_text', parts: [{ content_type: 'image_asset_pointer', asset_pointer: 'sediment://file_abc', width: 1024, height: 1024 }] },
        status: 'finished_successfully',
        metadata: { async_task_type: 'image_gen', image_gen_async: true },
      },
      2,
    ),
    ...done({ blocked_features: [], limits_progress: [{ feature_name: 'image_gen', remaining: 117, reset_after: backendIso(Date.now() + 86_400_000) }] }),
  );
}

/** A long ordinary answer: thousands of streamed tokens, no stop. */
export function longAnswerStream(tokens: number): string {
  const frames: unknown[] = [assistant('asst-long-1'), append('Here')];
  for (let i = 0; i < tokens; i++) frames.push(bare(` word${i % 97}`));
  return sse(...frames, ...done({ blocked_features: [], limits_progress: null }));
}
