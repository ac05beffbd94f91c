/**
 * Per-turn reader of a ChatGPT conversation stream (delta encoding v1, and the legacy whole-message frames), run
 * in the isolated script on the events the MAIN world's filter hands over (turn-filter.ts), and in tests and the
 * command line on whole streams. Fed with parsed SSE events; finds the structural signals of
 * docs/chatgpt-protocol.md §5 and keeps only the lines that carry them, never the streamed answer.
 *
 * Cost: a turn streams thousands of token frames. Only frames that can carry a signal are JSON-parsed: `add`
 * frames (a new message, its author known), top-level `{"type":…}` events, frames while a tracked tool message
 * is current, legacy `{"message":…}` frames of a tool (and the first assistant frame after one), and any frame
 * with an `"error"` key. Token and patch frames of an untracked message (`{"v":…}`, `{"p":…,"o":…,"v":…}`,
 * `{"o":"patch",…}`) are recognised by an anchored prefix match and dropped unparsed (`stats.skipped`).
 *
 * Tracked: tool messages that may be the image tool (author.role "tool" with an image tool name or image
 * metadata, or without a name). Their channel is rebuilt by the delta-v1 decoder (delta-v1.ts: channels,
 * inherited fields, all six ops), strings capped at 16 K characters; every other channel is only followed
 * for what later frames inherit. The same tracker reads a turn whatever carries it: the fetch body, socket
 * stream items, or both (a fetch stream handed off to the socket; docs/chatgpt-protocol.md).
 */
import type { FindingKind, LimitProgress, NetworkFinding } from './bridge.ts';
import { createDeltaDecoder, isObj, peekDelta, type DeltaCursor } from './delta-v1.ts';
import { blocksImages, imageLimits } from './gate.ts';
import { isImageTool } from './turn-filter.ts';
import { cap, LINE_MAX, sseEvidence } from './net-caps.ts';
import type { SseEvent } from './sse.ts';
import type { J } from './page-value.ts';

/** What a finding needs besides the stream: the request and response it came from. */
export type FindingContext = Pick<NetworkFinding, 'endpoint' | 'method' | 'status' | 'headers' | 'seenAt'>;

export interface TurnTracker {
  push(ev: SseEvent): void;
  /**
   * The data of one SSE event (a socket stream item carries exactly one), with the delta-v1 fields it inherits
   * when the events before it were dropped upstream (the MAIN world's filter hands over only what it let through).
   */
  pushData(data: string, cursor?: DeltaCursor): void;
  /** A bare `{"v": …}` frame now would change nothing (its channel is not tracked): callers may drop it unread. */
  skipsBareTokens(): boolean;
  /** `[DONE]`, `{"type":"done"}`, or `conversation_detail_metadata` after `message_stream_complete`. */
  isTurnOver(): boolean;
  conversationId(): string | undefined;
  /** image_gen entries of limits_progress seen in this turn (reported on successful turns too). */
  limitsProgress(): LimitProgress[];
  /** The finding of the turn so far, or undefined when the turn carried no signal. */
  result(ctx: FindingContext): NetworkFinding | undefined;
  /** How each image-tool message of the turn ended, for the health counters (lib/health/). */
  imageOutcomes(): ImageOutcome[];
  /** events seen; frames JSON-parsed; frames dropped unparsed. */
  stats: { events: number; parsed: number; skipped: number };
}

const TOOL_ERROR: FindingKind = 'image-tool-error';
const COOLDOWN_KIND: FindingKind = 'image-cooldown';
/** Longest string a tracked message field grows to through `append` patches. */
const TRACKED_STRING_MAX = 16_384;
const COOLDOWN = /^\s*you(?:'|’| a)re generating images too quickly/i;
const POLICY = /content polic/i;
const FAILED_TEXT =
  /error (?:when|while) generating|failed to generate|generation failed|high demand|生成图片时遇到错误|图片生成失败/i;
const FAILED_STATUS = /fail|error/i;
/** Legacy frame head: the author role in `{"message": {"id": …, "author": {"role": …`. */
const LEGACY_ROLE = /^\{\s*"message"\s*:\s*\{[^{]{0,200}"author"\s*:\s*\{\s*"role"\s*:\s*"(\w+)"/;
/** Legacy frames end with `"error": null}`. */
const NULL_ERROR_END = /"error"\s*:\s*null\s*\}\s*$/;

/**
 * The signal of one message when it is an image tool message that refused or failed. A success
 * (`multimodal_text` with an image) or the queued "high demand" card (`metadata.ui_card`) has none.
 * A `metadata.is_error` text that is neither the English pacing text nor a plain failure still counts as a
 * cooldown: the pacing refusal is the documented is_error text, and it may be localized.
 */
export function imageToolSignal(m: J): FindingKind | undefined {
  if (!isImageTool(m)) return;
  const c = m.content ?? {};
  const md = m.metadata ?? {};
  const text = [c.text]
    .concat(c.parts)
    .filter((p) => typeof p === 'string')
    .join('\n');
  const notCard = !md.ui_card;
  return c.content_type === 'system_error'
    ? c.name === 'ChatGPTAgentToolRateLimitException'
      ? 'image-quota'
      : TOOL_ERROR
    : COOLDOWN.test(text)
      ? COOLDOWN_KIND
      : notCard && POLICY.test(text)
        ? 'moderation'
        : notCard && FAILED_TEXT.test(text)
          ? TOOL_ERROR
          : md.is_error === true
            ? text
              ? COOLDOWN_KIND
              : TOOL_ERROR
            : FAILED_STATUS.test(`${m.status} ${md.status} ${md.finish_details?.type}`)
              ? TOOL_ERROR
              : undefined;
}

export type ImageOutcome = 'image' | 'refusal' | 'cooldown' | 'error' | 'pending';

const OUTCOMES: Partial<Record<FindingKind, ImageOutcome>> = {
  'image-quota': 'refusal',
  moderation: 'refusal',
  'image-cooldown': 'cooldown',
};

/** How an image-tool message ended: an image, a refusal (quota or policy), the cooldown, an error, or not yet. */
export function imageOutcome(m: J): ImageOutcome {
  const k = imageToolSignal(m);
  return k
    ? (OUTCOMES[k] ?? 'error')
    : JSON.stringify(m?.content ?? '').includes('"asset_pointer"')
      ? 'image'
      : 'pending';
}

/** `{"message": …}` as one evidence line. */
export function messageLine(m: J): string {
  return '{"message":' + JSON.stringify(m) + '}';
}

export function createTurnTracker(): TurnTracker {
  const stats = { events: 0, parsed: 0, skipped: 0 };
  /** Roots (`{message, …}`) of tracked tool messages by message id, in arrival order. */
  const tracked = new Map<unknown, J>();
  const kinds = new Set<FindingKind>();
  /** Retained moderation and error lines. */
  const lines: string[] = [];
  const ids: string[] = [];
  let wantAssistant = false;
  let assistantId: string | undefined;
  let cid: string | undefined;
  let complete = false;
  let over = false;
  let meta: string | undefined;
  let limits: LimitProgress[] = [];
  /** Only channels whose root is a tracked tool message are built; answers are never decoded. */
  const delta = createDeltaDecoder({
    keep: (root) => isObj(root) && onMessage(root.message, root),
    maxString: TRACKED_STRING_MAX,
  });

  const retain = (d: string): void => {
    if (lines.length < 4) lines.push(cap(d, LINE_MAX));
  };
  const error = (x: unknown, d: string): void => {
    if (x != null) {
      kinds.add('stream-error');
      retain(d);
    }
  };
  const setCid = (x: unknown): void => {
    if (typeof x === 'string' && x) cid = x.slice(0, 100);
  };
  /** The frame replaces a channel's root (a new message): it must be read. */
  const replacesRoot = (p: unknown, o: unknown): boolean => p === '' && (o === 'add' || o === 'replace');

  function push(d: string): void {
    stats.events++;
    if (over) return;
    if (d.charCodeAt(0) !== 123) {
      if (d === '[DONE]') over = true;
      stats.skipped++;
      return; // "v1", stray text
    }
    const clean = !d.includes('"error"');
    const head = peekDelta(d);
    if (head) {
      if (clean) {
        const cur = delta.cursor();
        const c = head.c ?? cur.c;
        if (!(head.object && replacesRoot(head.p ?? cur.p, head.o ?? cur.o)) && !delta.kept().has(c)) {
          // A frame of a message nobody tracks (answer tokens): only what later frames inherit changes.
          delta.inherit(head);
          stats.skipped++;
          return;
        }
      }
    } else if (
      !wantAssistant &&
      (clean || NULL_ERROR_END.test(d.slice(-40))) &&
      (LEGACY_ROLE.exec(d)?.[1] ?? 'tool') !== 'tool'
    ) {
      stats.skipped++;
      return;
    }
    stats.parsed++;
    let obj: J;
    try {
      obj = JSON.parse(d);
    } catch {
      return;
    }
    if (isObj(obj)) handle(obj, d);
  }

  function handle(obj: J, d: string): void {
    error(obj.error, d);
    setCid(obj.conversation_id);
    const { type } = obj;
    if (type === 'message_stream_complete') complete = true;
    else if (type === 'conversation_detail_metadata') {
      meta = cap(d, LINE_MAX);
      if (blocksImages(obj.blocked_features)) kinds.add('image-gate');
      limits = imageLimits(obj.limits_progress);
      if (complete) over = true;
    } else if (type === 'moderation') {
      if (obj.moderation_response?.blocked === true) {
        kinds.add('moderation');
        retain(d);
        if (typeof obj.message_id === 'string') ids.push(obj.message_id);
      }
    } else if (type === 'done') {
      over = true;
    } else if (type !== undefined) {
      // Other events (server_ste_metadata, title_generation, …) carry no signal.
    } else if (!('p' in obj) && !('o' in obj) && !('v' in obj)) {
      onMessage(obj.message, obj); // legacy whole-message frame
    } else {
      const cur = delta.cursor();
      if (replacesRoot('p' in obj ? obj.p : cur.p, 'o' in obj ? obj.o : cur.o) && isObj(obj.v)) {
        setCid(obj.v.conversation_id);
        error(obj.v.error, d);
      }
      delta.apply(obj);
    }
  }

  /** A new message: track it when it may be the image tool. */
  function onMessage(m: J, root: J): boolean {
    if (!isObj(m)) return false;
    const a = m.author;
    if (a?.role === 'tool' && (!a.name || isImageTool(m))) {
      tracked.set(m.id ?? tracked.size, root);
      wantAssistant = true;
      assistantId = undefined;
      return true;
    }
    if (wantAssistant && a?.role === 'assistant' && typeof m.id === 'string') {
      assistantId = m.id;
      wantAssistant = false;
    }
    return false;
  }

  const pushData = (d: string, cursor?: DeltaCursor): void => {
    try {
      if (cursor) delta.setCursor(cursor);
      push(d);
    } catch {
      // A frame of a shape nobody foresaw: ignore it, keep reading.
    }
  };
  return {
    push: (ev) => pushData(ev.data),
    pushData,
    skipsBareTokens: () => {
      return !over && !delta.kept().has(delta.cursor().c);
    },
    isTurnOver: () => over,
    conversationId: () => cid,
    limitsProgress: () => limits,
    stats,
    imageOutcomes: () =>
      [...tracked.values()].filter((r) => isImageTool(r?.message)).map((r) => imageOutcome(r.message)),
    result(ctx) {
      const found = new Set(kinds);
      const messageIds = ids.slice();
      const tools: string[] = [];
      for (const root of tracked.values()) {
        const m = root?.message;
        const k = imageToolSignal(m);
        if (!k) continue;
        found.add(k);
        if (typeof m.id === 'string') messageIds.push(m.id);
        tools.push(messageLine(m));
      }
      if (!found.size) return;
      if (assistantId && tools.length) messageIds.push(assistantId);
      const { evidence, truncated } = sseEvidence(tools.concat(meta ?? [], lines));
      return {
        kinds: [...found],
        ...ctx,
        ...(cid ? { conversationId: cid } : {}),
        messageIds,
        evidence,
        truncated,
        ...(limits.length ? { limitsProgress: limits } : {}),
      };
    },
  };
}
