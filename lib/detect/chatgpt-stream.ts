/**
 * Per-turn reader of a ChatGPT conversation stream (`POST /backend-api/f/conversation`: delta encoding v1, and
 * the legacy whole-message frames). Fed with parsed SSE events; finds the structural signals of
 * docs/chatgpt-signals.md §3.4 and keeps only the lines that carry them, never the streamed answer.
 *
 * Cost: a turn streams thousands of token frames. Only frames that can carry a signal are JSON-parsed: `add`
 * frames (a new message, its author known), top-level `{"type":…}` events, frames while a tracked tool message
 * is current, legacy `{"message":…}` frames of a tool (and the first assistant frame after one), and any frame
 * with an `"error"` key. Token and patch frames of an untracked message (`{"v":…}`, `{"p":…,"o":…,"v":…}`,
 * `{"o":"patch",…}`) are recognised by an anchored prefix match and dropped unparsed (`stats.skipped`).
 *
 * Tracked: tool messages that may be the image tool (author.role "tool" with an image tool name or image
 * metadata, or without a name). Their content and metadata are rebuilt from the patches (`replace`, `append`
 * to strings and lists, `add`/`append` of an object into an object merging it, `truncate`, `remove`), strings
 * capped at 16 K characters.
 */
import type { FindingKind, LimitProgress, NetworkFinding } from './bridge.ts';
import { cap, LINE_MAX, sseEvidence } from './net-caps.ts';
import type { SseEvent } from './sse.ts';

// Parsed JSON of unknown shape: every access below is guarded.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

/** What a finding needs besides the stream: the request and response it came from. */
export type FindingContext = Pick<NetworkFinding, 'endpoint' | 'method' | 'status' | 'headers' | 'seenAt'>;

export interface TurnTracker {
  push(ev: SseEvent): void;
  /** `[DONE]` seen, or `conversation_detail_metadata` after `message_stream_complete`: cancel the copy. */
  isTurnOver(): boolean;
  conversationId(): string | undefined;
  /** image_gen entries of limits_progress seen in this turn (reported on successful turns too). */
  limitsProgress(): LimitProgress[];
  /** The finding of the turn so far, or undefined when the turn carried no signal. */
  result(ctx: FindingContext): NetworkFinding | undefined;
  /** events seen; frames JSON-parsed; frames dropped unparsed. */
  stats: { events: number; parsed: number; skipped: number };
}

const IMAGE_GEN = 'image_gen';
const TOOL_ERROR: FindingKind = 'image-tool-error';
const COOLDOWN_KIND: FindingKind = 'image-cooldown';
/** Longest string a tracked message field grows to through `append` patches. */
const TRACKED_STRING_MAX = 16_384;
/** The image tool's names: `t2uay3k.sj1i4kz` (image_gen.text2im), `dalle.text2im`. */
export const IMAGE_TOOL = /t2uay3k|image_gen|dalle/i;
const COOLDOWN = /^\s*you(?:'|’| a)re generating images too quickly/i;
const POLICY = /content polic/i;
const FAILED_TEXT =
  /error (?:when|while) generating|failed to generate|generation failed|high demand|生成图片时遇到错误|图片生成失败/i;
const FAILED_STATUS = /fail|error/i;
const UNSAFE_KEY = /^(?:__proto__|constructor|prototype)$/;
/**
 * The head of a delta frame, keys in the order ChatGPT sends them: `{"p": "…", "o": "…", "v":` with `p` and
 * `o` optional (a bare `{"v":` reuses the previous path and op). Anchored: it reads only the first bytes.
 */
const HEAD = /^\{\s*(?:"p"\s*:\s*"([^"\\]*)"\s*,\s*)?(?:"o"\s*:\s*"(\w*)"\s*,\s*)?"v"\s*:/;
/** Legacy frame head: the author role in `{"message": {"id": …, "author": {"role": …`. */
const LEGACY_ROLE = /^\{\s*"message"\s*:\s*\{[^{]{0,200}"author"\s*:\s*\{\s*"role"\s*:\s*"(\w+)"/;
/** Legacy frames end with `"error": null}`. */
const NULL_ERROR_END = /"error"\s*:\s*null\s*\}\s*$/;

export function isImageTool(m: J): boolean {
  const md = m?.metadata ?? {};
  return (
    m?.author?.role === 'tool' &&
    (IMAGE_TOOL.test(String(m.author.name)) ||
      md.async_task_type === IMAGE_GEN ||
      !!md.image_gen_async ||
      !!md.image_gen_task_id)
  );
}

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
  const text = [c.text].concat(c.parts).filter((p) => typeof p === 'string').join('\n');
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

/** The image_gen entries of a `limits_progress` list. */
export function imageLimits(list: J): LimitProgress[] {
  return (Array.isArray(list) ? list : [])
    .filter((e) => e?.feature_name === IMAGE_GEN)
    .map((e) => ({
      feature_name: IMAGE_GEN,
      ...(typeof e.remaining === 'number' ? { remaining: e.remaining } : {}),
      ...(typeof e.reset_after === 'string' ? { reset_after: e.reset_after.slice(0, 64) } : {}),
    }));
}

/** `blocked_features` names image_gen. */
export function blocksImages(list: J): boolean {
  return Array.isArray(list) && list.some((f) => f?.name === IMAGE_GEN);
}

/** `{"message": …}` as one evidence line. */
export function messageLine(m: J): string {
  return '{"message":' + JSON.stringify(m) + '}';
}

function isObj(x: unknown): x is Record<string, J> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function createTurnTracker(): TurnTracker {
  const stats = { events: 0, parsed: 0, skipped: 0 };
  /** Tracked tool messages by id, in arrival order. */
  const tracked = new Map<unknown, J>();
  const kinds = new Set<FindingKind>();
  /** Retained moderation and error lines. */
  const lines: string[] = [];
  const ids: string[] = [];
  /** The message the next patches apply to, when it is tracked. */
  let cur: J;
  let lastPath: J;
  let lastOp: J;
  let wantAssistant = false;
  let assistantId: string | undefined;
  let cid: string | undefined;
  let complete = false;
  let over = false;
  let meta: string | undefined;
  let limits: LimitProgress[] = [];

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

  function push(ev: SseEvent): void {
    stats.events++;
    const d = ev.data;
    if (over) return;
    if (d.charCodeAt(0) !== 123) {
      if (d === '[DONE]') over = true;
      stats.skipped++;
      return; // "v1", stray text
    }
    const clean = !d.includes('"error"');
    const head = HEAD.exec(d);
    if (
      !cur &&
      (head
        ? clean && !(head[2] === 'add' && !head[1])
        : !wantAssistant &&
          (clean || NULL_ERROR_END.test(d.slice(-40))) &&
          (LEGACY_ROLE.exec(d)?.[1] ?? 'tool') !== 'tool')
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
    const { type, p, o, v } = obj;
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
    } else if (type !== undefined) {
      // Other events (server_ste_metadata, title_generation, …) carry no signal.
    } else if (p === undefined && o === undefined && v === undefined) {
      onMessage(obj.message); // legacy whole-message frame
    } else {
      const bare = p === undefined && o === undefined;
      const path = bare ? lastPath : p;
      const op = bare ? lastOp : o;
      lastPath = path;
      lastOp = op;
      if (op === 'add' && !path) {
        if (isObj(v)) {
          setCid(v.conversation_id);
          error(v.error, d);
          onMessage(v.message);
        }
      } else if (op === 'patch' && Array.isArray(v)) {
        for (const x of v) {
          if (!isObj(x)) continue;
          apply(x.p, x.o, x.v);
          lastPath = x.p;
          lastOp = x.o;
        }
      } else apply(path, op, v);
    }
  }

  function onMessage(m: J): void {
    if (!isObj(m)) return;
    const a = m.author;
    if (a?.role === 'tool' && (!a.name || isImageTool(m))) {
      tracked.set(m.id ?? tracked.size, m);
      cur = m;
      wantAssistant = true;
      assistantId = undefined;
    } else {
      cur = undefined;
      if (wantAssistant && a?.role === 'assistant' && typeof m.id === 'string') {
        assistantId = m.id;
        wantAssistant = false;
      }
    }
  }

  /** One JSON-patch-like op on the current tracked message; paths look like /message/content/parts/0. */
  function apply(path: J, op: J, val: J): void {
    if (!cur || typeof path !== 'string' || !path.startsWith('/message/')) return;
    const keys = path.slice(9).split('/');
    const last = keys.pop() as string;
    let o: J = cur;
    for (const k of keys) {
      if (UNSAFE_KEY.test(k)) return;
      o = o[k] && typeof o[k] === 'object' ? o[k] : (o[k] = {});
    }
    if (UNSAFE_KEY.test(last)) return;
    const old = o[last];
    if (op === 'remove') delete o[last];
    else
      o[last] =
        op !== 'replace' && isObj(old) && isObj(val)
          ? { ...old, ...val } // `add`/`append` to an object (e.g. /message/metadata) merge into it
          : op === 'append'
            ? typeof old === 'string'
              ? (old + val).slice(0, TRACKED_STRING_MAX)
              : Array.isArray(old)
                ? old.concat([val])
                : val
            : op === 'truncate'
              ? typeof val === 'number' && old?.slice
                ? old.slice(0, val)
                : old
              : val;
  }

  return {
    push(ev) {
      try {
        push(ev);
      } catch {
        // A frame of a shape nobody foresaw: ignore it, keep reading.
      }
    },
    isTurnOver: () => over,
    conversationId: () => cid,
    limitsProgress: () => limits,
    stats,
    result(ctx) {
      const found = new Set(kinds);
      const messageIds = ids.slice();
      const tools: string[] = [];
      for (const m of tracked.values()) {
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
