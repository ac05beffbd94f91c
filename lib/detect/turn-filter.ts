/**
 * The MAIN world's gate on a turn's stream (docs/chatgpt-protocol.md §3): it decides, per SSE event, whether the
 * isolated script needs it, at the cost of a prefix check for the answer's tokens. It follows exactly as much of
 * delta v1 as that decision needs: the inherited channel, path and op, and which channels hold a message that
 * may be the image tool. Events it lets through are handed over as they are, with the inherited fields they were
 * read with, and the isolated script's turn tracker (chatgpt-stream.ts) decodes them; the answer's tokens never
 * leave this file, and are never parsed.
 *
 * Let through: every event it had to parse (new messages, top-level `{"type":…}` events, frames of a channel that
 * holds a candidate tool message, frames with an `"error"` key, and the legacy (2023–24) whole-message frames,
 * which carry no tokens to skip). Dropped unread: token and patch frames of other channels.
 */
import { isObj, peekDelta, type DeltaCursor } from './delta-v1.ts';

import type { J } from './page-value.ts';

/** A fetch stream that ends by handing the rest of the turn to the socket. */
export interface StreamHandoff {
  topic?: string;
  turnId?: string;
}

export interface TurnFilter {
  /** One SSE event's data: the inherited fields to hand over with it, or undefined when it is not needed. */
  push(data: string): DeltaCursor | undefined;
  /** A bare `{"v": "…"}` token frame now would be dropped: callers may skip it without cutting it out. */
  skipsBareTokens(): boolean;
  /** `[DONE]`, `{"type":"done"}`, or `conversation_detail_metadata` after `message_stream_complete`. */
  isTurnOver(): boolean;
  handoff(): StreamHandoff | undefined;
  conversationId(): string | undefined;
}

/** The image tool's names: `t2uay3k.sj1i4kz` (image_gen.text2im), `dalle.text2im`, `image_gen.text2im`. */
export { IMAGE_TOOL } from '../domain/chatgpt.ts';
import { IMAGE_TOOL } from '../domain/chatgpt.ts';
/** Socket topic of a turn's stream items. */
export const TURN_TOPIC = 'conversation-turn-';

/** The turn id a `conversation-turn-<turn_id>` topic names, if it is one. */
export const topicTurn = (topic: string | undefined): string | undefined =>
  topic?.startsWith(TURN_TOPIC) ? topic.slice(TURN_TOPIC.length) : undefined;

/** A tool message that may be the image tool: structure only (its role, name or image metadata). */
export function isImageTool(m: J): boolean {
  const md = m?.metadata ?? {};
  return (
    m?.author?.role === 'tool' &&
    (IMAGE_TOOL.test(String(m.author.name)) ||
      md.async_task_type === 'image_gen' ||
      !!md.image_gen_async ||
      !!md.image_gen_task_id)
  );
}

/** A new message worth following: a tool message without a name, or one that may be the image tool. */
export const isCandidate = (m: J): boolean => m?.author?.role === 'tool' && (!m.author.name || isImageTool(m));

/** A non-empty string of at most `max` characters, else undefined: ids and topics taken from page traffic. */
export const cappedId = (x: unknown, max = 200): string | undefined =>
  typeof x === 'string' && x && x.length <= max ? x : undefined;

export function createTurnFilter(): TurnFilter {
  const kept = new Set<string>();
  // Before any frame the path is the root: the first frame of a turn may be a bare `{"o":"add","v":{message}}`.
  let cur: DeltaCursor = { c: '0', p: '', o: undefined };
  let complete = false;
  let over = false;
  let handoff: StreamHandoff | undefined;
  let cid: string | undefined;
  const rootAdd = (p: unknown, o: unknown): boolean => p === '' && (o === 'add' || o === 'replace');

  function push(d: string): DeltaCursor | undefined {
    if (over || d.charCodeAt(0) !== 123) {
      if (d === '[DONE]') over = true;
      return;
    }
    const before = cur;
    const clean = !d.includes('"error"');
    const head = peekDelta(d);
    if (head) {
      const c = head.c ?? cur.c;
      if (clean && !(head.object && rootAdd(head.p ?? cur.p, head.o ?? cur.o)) && !kept.has(c)) {
        cur = { c, p: head.p ?? cur.p, o: head.o ?? cur.o };
        return;
      }
    }
    let obj: J;
    try {
      obj = JSON.parse(d);
    } catch {
      return;
    }
    if (!isObj(obj)) return;
    if (typeof obj.conversation_id === 'string') cid = cappedId(obj.conversation_id);
    const { type } = obj;
    if (type === 'message_stream_complete') complete = true;
    else if (type === 'conversation_detail_metadata') over ||= complete;
    else if (type === 'done') over = true;
    else if (type === 'stream_handoff') {
      const topic = [obj, ...[obj.options].flat()].map((o: J) => cappedId(o?.topic_id)).find(Boolean);
      handoff = {
        topic,
        turnId: cappedId(obj.turn_id) ?? topicTurn(topic),
      };
    } else if (type === undefined) {
      if ('p' in obj || 'o' in obj || 'v' in obj) {
        const c = 'c' in obj && (typeof obj.c === 'number' || typeof obj.c === 'string') ? String(obj.c) : cur.c;
        const p = 'p' in obj ? obj.p : cur.p;
        const o = 'o' in obj ? obj.o : cur.o;
        cur = { c, p, o };
        if (rootAdd(p, o)) {
          const v = obj.v;
          if (isObj(v) && typeof v.conversation_id === 'string') cid = cappedId(v.conversation_id);
          if (isCandidate(isObj(v) ? v.message : undefined)) kept.add(c);
          else kept.delete(c);
        }
      }
    }
    return before;
  }

  return {
    push(d) {
      try {
        return push(d);
      } catch {
        return undefined; // a frame of a shape nobody foresaw
      }
    },
    skipsBareTokens: () => !over && !kept.has(cur.c),
    isTurnOver: () => over,
    handoff: () => handoff,
    conversationId: () => cid,
  };
}
