/**
 * Reads the frames of one ChatGPT WebSocket (`wss://ws.chatgpt.com/…`, docs/chatgpt-protocol.md §2) and feeds
 * the turn registry: stream items of `conversation-turn-<turn_id>` topics (each carrying one SSE event as
 * `encoded_item`), subscribe replies with their `catchups`, `conversation-turn-complete`, unsubscribe replies,
 * and `conversation-update` / `async-task-update-message` results of queued image tasks.
 *
 * Cost per frame, in order: binary frames are ignored without being read; a text frame that does not mention
 * `conversation-` is counted as an unknown envelope and dropped (one substring search); a frame holding one
 * stream item whose SSE event is an answer token (`data: {"v": "…"}`) of a message nobody tracks is dropped
 * after a sticky-regex look at the escaped item, without `JSON.parse`; anything else is parsed once. A frame
 * over {@link MAX_FRAME_CHARS} is dropped and counted.
 *
 * Untrusted input: the page's own script can feed these listeners forged frames. Nothing here throws, every
 * string taken is capped, and what a forged turn can produce is handed to the isolated script, which budgets it.
 */
import type { BridgeMessage, TurnContext } from './bridge.ts';
import { isObj } from './delta-v1.ts';
import { isImageTool, topicTurn } from './turn-filter.ts';
import type { Turn, TurnRegistry } from './turns.ts';
import type { J } from './page-value.ts';

export const MAX_FRAME_CHARS = 8 << 20;
/** One SSE event in an item; a longer one is dropped (real items are a few hundred bytes to a few KB). */
const MAX_ITEM_CHARS = 1 << 20;
const ENCODED = '"encoded_item":"';
/** The escaped text of an answer-token event: `event: delta\ndata: {"v": "` as it stands inside the frame's JSON. */
const BARE_TOKEN_ITEM = /(?:event: ?[\w-]{0,40}\\n)?data: ?\{\\"v\\": ?\\"/y;
/** A structural `"c"` key inside an escaped item (a token's own text would be escaped twice). */
const ESCAPED_CHANNEL_KEY = '\\"c\\"';
/** An answer-token event as an item carries it, unescaped. */
const BARE_TOKEN_EVENT = /^(?:event: ?[\w-]{0,40}\n)?data: ?\{"v": ?"/;

export interface SocketStats {
  binary: number;
  unknown: number;
  /** Of those, envelopes about conversations in a shape we do not know (the rest do not mention them). */
  strange: number;
  /** Token items dropped without parsing. */
  skipped: number;
  duplicates: number;
  oversize: number;
}

export interface SocketReader {
  onFrame(data: unknown): void;
  /** The socket closed: its turns end. */
  close(): void;
  stats: SocketStats;
}

export interface SocketReaderOptions {
  registry: TurnRegistry;
  emit: (msg: BridgeMessage) => void;
  now: () => number;
  /** What findings name as their endpoint: the socket's host, never its path (it holds the user id and a token). */
  endpoint: string;
}

/**
 * A string of its own for what is compared with every frame. A slice of a frame is a view into that frame (here an
 * external string owned by Blink): measured in Chromium, `startsWith` with such a view as the search string cost
 * 2–5 µs a frame against 0.3 µs with a flat one, and it kept the whole earlier frame alive.
 */
const ownCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

const str = (x: unknown, max = 200): string | undefined =>
  typeof x === 'string' && x && x.length <= max ? x : undefined;

export function createSocketReader(opts: SocketReaderOptions): SocketReader {
  const { registry, emit, now, endpoint } = opts;
  const stats: SocketStats = {
    binary: 0,
    unknown: 0,
    strange: 0,
    skipped: 0,
    duplicates: 0,
    oversize: 0,
  };
  /** Turns this socket fed, so its close ends them. */
  const mine = new Set<Turn>();
  /** The turn the last stream item went to, and the head of the last one-item frame (skipsAsToken). */
  let lastTurn: Turn | undefined;
  let headTurn: Turn | undefined;
  /** Where the item's event starts in such a frame. */
  let headAt = 0;
  let itemHead = '';
  let headEnd = '';
  /** The start of the last answer-token event seen (`event: delta\\ndata: {\\"v\\": \\"` as the frame has it). */
  let tokenStart = '';
  /** headEnd + tokenStart: a one-item token frame of the head's turn is recognised in one comparison. */
  let headToken = '';
  const ctx = (): TurnContext => ({ method: 'WS', status: 200, headers: {} });

  function onFrame(data: unknown): void {
    if (typeof data !== 'string') {
      stats.binary++;
      return;
    }
    if (data.length > MAX_FRAME_CHARS) {
      stats.oversize++;
      return;
    }
    if (skipsAsToken(data)) {
      stats.skipped++;
      return;
    }
    if (!data.includes('conversation-')) {
      stats.unknown++;
      return;
    }
    let parsed: J;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    lastTurn = undefined;
    for (const env of Array.isArray(parsed) ? parsed : [parsed]) walk(env, undefined, 0);
    // A one-item frame of a turn: its head serves the fast path for the turn's next token frames (a batched
    // frame leaves the head as it was).
    const at = data.indexOf(ENCODED) + ENCODED.length;
    if (lastTurn && at >= ENCODED.length && !data.includes(ENCODED, at)) {
      headTurn = lastTurn;
      const head = data.slice(0, at);
      headAt = at;
      itemHead = ownCopy(head.charCodeAt(0) === 91 ? head.slice(1) : head); // without a batch's opening `[`
      headEnd = ownCopy(head.slice(Math.max(0, head.lastIndexOf('"turn_id"'))));
      headToken = '';
    }
  }

  /**
   * A frame holding only answer tokens of a turn whose channel nobody tracks: nothing to learn from it. Token
   * items of a turn are the same text up to their SSE event (envelope, topic, ids), so the head of the last one
   * read and the event's start are compared in one go, then the rest of the frame is searched once for a channel
   * key and once for a further item: no parsing. Measured on the page, each string operation on a frame costs
   * about the same whatever its length (the page's own work between two frames leaves the caches cold), so the
   * one-item frame, by far the most common, takes three.
   */
  function skipsAsToken(data: string): boolean {
    const turn = headTurn;
    const at0 = headAt;
    if (!turn || data.includes(ESCAPED_CHANNEL_KEY, at0)) return false;
    for (let at = at0, first = true; ; first = false) {
      if (!(first && headToken && data.startsWith(headToken, at0 - headEnd.length))) {
        // The head's end names the turn and the item's event (a further item: its whole envelope head).
        if (!(first ? data.startsWith(headEnd, at - headEnd.length) : data.startsWith(itemHead, at - itemHead.length)))
          return false;
        // The event's start is the same text item after item: compared as text first, as a regex only when it
        // differs (a regex run cost 1–3 µs a frame in Chromium). The text is one the regex matched, and the regex
        // looks at nothing past what it matches, so both answer alike.
        if (!(tokenStart && data.startsWith(tokenStart, at))) {
          BARE_TOKEN_ITEM.lastIndex = at;
          const m = BARE_TOKEN_ITEM.exec(data);
          if (!m) return false;
          tokenStart = ownCopy(m[0]);
          headToken = '';
        }
        if (first && !headToken) headToken = ownCopy(headEnd + tokenStart);
      }
      // Anything after the event's start that opens a JSON object (`{"`) is structure, not the token's text (inside
      // the encoded event a quote is always escaped), and an item's tail holds none (ids, offsets and times are
      // strings and numbers): so a further item is found in one scan for a rare character, where a search for its
      // key stopped at every quote of the tail. Structure that is not an item of the same shape: read in full.
      const next = data.indexOf('{"', at + tokenStart.length);
      if (next < 0) break;
      if (!data.startsWith(itemHead, next)) return false;
      at = next + itemHead.length;
    }
    if (!turn.filter.skipsBareTokens()) return false;
    // The turn's idle clock needs no millisecond precision: one look at the clock every 64 frames.
    if (!(stats.skipped & 63)) turn.touch();
    return true;
  }

  /**
   * One envelope, whatever wraps it: `{type: "message", topic_id, payload: {type, payload}}`, a `reply` to a
   * (un)subscribe with its catch-ups, or a bare stream item. Unknown shapes are counted, never guessed at.
   */
  function walk(x: J, topic: string | undefined, depth: number): void {
    if (!isObj(x) || depth > 3) return strange();
    if (typeof x.encoded_item === 'string') return item(x, topic);
    const t = str(x.topic_id) ?? topic;
    const r = x.reply;
    if (isObj(r)) {
      const rt = str(r.topic_id);
      const turnId = topicTurn(rt);
      if (!turnId) return;
      if (r.type === 'subscribe') {
        // A turn's topic was subscribed: the turn is under way (its catch-ups replay what was already sent).
        const turn = registry.socketTurn(turnId, undefined, endpoint);
        if (turn) mine.add(turn);
        if (Array.isArray(r.catchups)) for (const c of r.catchups.slice(0, 100_000)) walk(c, rt, depth + 1);
      } else if (r.type === 'unsubscribe') {
        const turn = registry.liveSocketTurn(turnId);
        turn?.end(ctx(), !turn.filter.isTurnOver());
      }
    } else if (x.type === 'conversation-turn-complete') {
      const cid = str(x.payload?.conversation_id) ?? str(x.conversation_id);
      if (cid) registry.completeConversation(cid, ctx());
    } else if (x.type === 'conversation-update') update(isObj(x.payload) ? x.payload : x);
    else if (isObj(x.payload)) walk(x.payload, t, depth + 1);
    else strange();
  }

  /** An envelope about conversations in a shape we do not know: told to the health check at 1, 2, 4, 8… */
  function strange(): void {
    stats.unknown++;
    const n = ++stats.strange;
    if (!(n & (n - 1))) emit({ type: 'socket-stats', unknown: n });
  }

  /** A stream item: an object whose `encoded_item` is a string (walk checked). */
  function item(p: J, topic: string | undefined): void {
    if (p.encoded_item.length > MAX_ITEM_CHARS) {
      stats.oversize++;
      return;
    }
    const turnId = str(p.turn_id, 100) ?? topicTurn(topic);
    if (!turnId) return;
    const turn = registry.socketTurn(turnId, str(p.conversation_id, 100), endpoint);
    if (!turn) return; // already over: a late item or a replay
    mine.add(turn);
    lastTurn = turn;
    const e = p.encoded_item;
    // A token of an untracked channel changes nothing, whether or not it was seen before.
    if (BARE_TOKEN_EVENT.test(e) && !e.includes('"c"') && turn.filter.skipsBareTokens()) return void turn.touch();
    if (!turn.firstSight(str(p.stream_item_id))) {
      stats.duplicates++;
      return;
    }
    const data = sseData(e);
    if (data !== undefined) turn.feed(data);
    if (turn.filter.isTurnOver()) {
      turn.end(ctx(), false);
      mine.delete(turn);
    }
  }

  /** A queued image task reporting back: the isolated script decides whether it refused or failed. */
  function update(u: J): void {
    const m = u.update_content?.message;
    if (u.update_type !== 'async-task-update-message' || !isImageTool(m)) return;
    const cid = str(u.conversation_id, 100);
    emit({
      type: 'messages',
      endpoint,
      ...ctx(),
      conversationId: cid,
      messages: [m],
      recentOnly: false,
      at: now(),
    });
  }

  return {
    onFrame(data) {
      try {
        onFrame(data);
      } catch {
        // Nothing of ours reaches the page.
      }
    },
    close() {
      try {
        registry.endAll(mine, ctx());
      } catch {
        // Nothing of ours reaches the page.
      }
      mine.clear();
    },
    stats,
  };
}

/** The `data` of one SSE event given as text (`event: …` / `data: …` lines; several data lines join with "\n"). */
export function sseData(text: string): string | undefined {
  let data: string | undefined;
  for (let at = text.indexOf('data:'); at >= 0; at = text.indexOf('\ndata:', at) + 1 || -1) {
    if (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) continue;
    const from = at + (text.charCodeAt(at + 5) === 32 ? 6 : 5);
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const v = text.slice(from, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    data = data === undefined ? v : data + '\n' + v;
    at = end;
  }
  return data;
}
