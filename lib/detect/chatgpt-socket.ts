/**
 * Reads the frames of one ChatGPT WebSocket (`wss://ws.chatgpt.com/…`, docs/chatgpt-protocol.md §2) and feeds
 * the turn registry: stream items of `conversation-turn-<turn_id>` topics (each carrying one SSE event as
 * `encoded_item`), subscribe replies with their `catchups`, `conversation-turn-complete`, unsubscribe replies,
 * and `conversation-update` / `async-task-update-message` results of queued image tasks.
 *
 * Cost per frame, in order: binary frames are ignored without being read; a frame whose stream items (one or a
 * batch) all carry an answer token (`data: {"v": "…"}`) of a message nobody tracks is dropped by
 * {@link skipsQuickToken} (per item one comparison, one short search, a few character reads) without
 * `JSON.parse`; a text frame that does not mention `conversation-` is counted as an unknown envelope and dropped
 * (one substring search); anything else is parsed once. A frame over {@link MAX_FRAME_CHARS} is dropped and counted.
 *
 * Untrusted input: the page's own script can feed these listeners forged frames. Nothing here throws, every
 * string taken is capped, and what a forged turn can produce is handed to the isolated script, which budgets it.
 */
import type { BridgeMessage, TurnContext } from './bridge.ts';
import { isObj } from './delta-v1.ts';
import { isImageTool, cappedId, topicTurn } from './turn-filter.ts';
import { endContext, type Turn, type TurnRegistry } from './turns.ts';
import type { J } from './page-value.ts';

export const MAX_FRAME_CHARS = 8 << 20;
/** One SSE event in an item; a longer one is dropped (real items are a few hundred bytes to a few KB). */
const MAX_ITEM_CHARS = 1 << 20;
const ENCODED = '"encoded_item":"';
/** The escaped text of an answer-token event: `event: delta\ndata: {"v": "` as it stands inside the frame's JSON. */
const BARE_TOKEN_ITEM = /(?:event: ?[\w-]{0,40}\\n)?data: ?\{\\"v\\": ?\\"/y;
/** An answer-token event as an item carries it, unescaped. */
const BARE_TOKEN_EVENT = /^(?:event: ?[\w-]{0,40}\n)?data: ?\{"v": ?"/;

export interface SocketStats {
  binary: number;
  unknown: number;
  /** Of those, envelopes about conversations in a shape we do not know (the rest do not mention them). */
  strange: number;
  /** Answer-token items dropped without their event being parsed. */
  skipped: number;
  duplicates: number;
  oversize: number;
}

export interface SocketReader {
  onFrame(data: unknown): void;
  /** What tells this socket's next answer-token frames without a call into the reader (socket-observer.ts). */
  quick: QuickTokens;
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
 * The last parsed frame of a turn whose first item was an answer token, as what the next ones must repeat: the frame
 * text from that item's `"turn_id"` through the event's start (`event: delta\ndata: {\"v\": \"` as the frame
 * escapes it) and where it stood. Token frames of a turn differ only in their text and the items' ids, so a frame
 * that repeats this head where it stood opens with an item of that turn (and each further item of a batch repeats
 * it at the same distance from its own start), and {@link skipsQuickToken} tells whether their events are bare
 * tokens.
 */
export interface QuickTokens {
  head: string;
  from: number;
  /** Characters after the encoded item in the last such frame (its ids, offset and the envelope's close). */
  tail: number;
  /** The turn's current channel is one nobody tracks: its bare tokens change nothing. */
  on: boolean;
  stats: SocketStats;
  /** Called every 64 skipped items: the turn's idle clock, and `on` read again. */
  refresh: () => void;
}

/**
 * A frame that is only answer tokens of the turn `q` describes (one item, or a batch of them), counted as skipped.
 * Kept to one comparison, one search over each token's text and a few character reads, in a function of its own
 * that the page's `data` getter calls directly: on the live page each further search over a fresh frame and each
 * call through the reader's layers cost about as much as the comparison (docs/chatgpt-protocol.md §6).
 *
 * Inside the frame the event is escaped once and the token's text twice, so a quote of the event's structure is
 * `\"` after a run of backslashes whose length is a multiple of 4, and a quote of the token's text is not: the
 * first such quote ends the token's text, and a bare token event (`data: {"v": "…"}` and nothing more) closes
 * right there (`}`), followed only by line ends and the encoded item's own closing quote.
 */
export function skipsQuickToken(frame: string, q: QuickTokens): boolean {
  if (!q.on || !frame.startsWith(q.head, q.from)) return false;
  let at = q.from + q.head.length - 2;
  for (let n = 1; ; n++) {
    for (let run = 2; run & 3; ) {
      at = frame.indexOf('\\"', at + 2);
      if (at < 0) return false;
      for (run = 0; frame.charCodeAt(at - 1 - run) === 92; ) run++;
    }
    at += 2;
    if (frame.charCodeAt(at++) !== 125) return false;
    // Then line ends (`\n`, `\r` as the frame escapes them). Any other run of backslashes, `n` and `r` there would
    // make the event's data no JSON the page could read either, and a further line would hold other characters.
    for (let c; (c = frame.charCodeAt(at)) === 92 || c === 110 || c === 114; ) at++;
    if (frame.charCodeAt(at++) !== 34) return false;
    // The tail (the item's ids, its offset, the envelope's close) is as long as the last one's nearly always. When it
    // is not, the first object opened after it (`{"`: an item's own fields hold none, and inside the encoded item
    // every quote is escaped) must be the next item of a batch: the same head (the same turn, a token event next)
    // at the same distance from the item's start as in the frame it was learnt from (`[` then the item). Anything else
    // batched with tokens (a turn's end, a reply, another turn's item) has no such head there and is read in full.
    if (frame.length - at !== q.tail) {
      const next = frame.indexOf('{"', at) + q.from - 1;
      if (next >= q.from) {
        if (!frame.startsWith(q.head, next)) return false;
        at = next + q.head.length - 2;
        continue;
      }
      q.tail = frame.length - at;
    }
    // Every 64th skipped item: the turn's idle clock, and whether its tokens are still untracked.
    if (q.stats.skipped >> 6 !== (q.stats.skipped += n) >> 6) q.refresh();
    return true;
  }
}

/**
 * A string of its own for what is compared with every frame. A slice of a frame is a view into that frame (here an
 * external string owned by Blink): measured in Chromium, `startsWith` with such a view as the search string cost
 * 2–5 µs a frame against 0.3 µs with a flat one, and it kept the whole earlier frame alive.
 */
const ownCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

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
  /**
   * The turn the frame's first stream item went to (none when that item was refused), and the one whose token
   * frames `quick` tells.
   */
  let firstTurn: Turn | undefined;
  let quickTurn: Turn | undefined;
  let itemsInFrame = 0;
  const quick: QuickTokens = {
    head: '',
    from: 0,
    tail: -1,
    on: false,
    stats,
    refresh() {
      try {
        quickTurn?.touch();
        quick.on = !!quickTurn?.filter.skipsBareTokens();
      } catch {
        quick.on = false; // called from the page's own read of a frame: nothing of ours reaches it
      }
    },
  };
  const ctx = (): TurnContext => endContext(true);

  function onFrame(data: unknown): void {
    if (typeof data !== 'string') {
      stats.binary++;
      return;
    }
    if (data.length > MAX_FRAME_CHARS) {
      stats.oversize++;
      return;
    }
    if (skipsQuickToken(data, quick)) return;
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
    firstTurn = undefined;
    itemsInFrame = 0;
    for (const env of Array.isArray(parsed) ? parsed : [parsed]) walk(env, undefined, 0);
    // A frame whose first item's event is an answer token: that item's head tells the turn's next token frames,
    // one item each or batched (a frame opening with another event leaves the head as it was).
    const at = data.indexOf(ENCODED) + ENCODED.length;
    BARE_TOKEN_ITEM.lastIndex = at;
    const token = firstTurn && at >= ENCODED.length && BARE_TOKEN_ITEM.exec(data);
    if (token) {
      const from = Math.max(0, data.lastIndexOf('"turn_id"', at));
      quickTurn = firstTurn;
      quick.head = ownCopy(data.slice(from, at) + token[0]);
      quick.from = from;
      quick.tail = -1;
    }
    // What this frame fed may have changed the turn's channel; its idle clock is the turn's own frames' to keep.
    quick.on = !!quickTurn?.filter.skipsBareTokens();
  }

  /**
   * One envelope, whatever wraps it: `{type: "message", topic_id, payload: {type, payload}}`, a `reply` to a
   * (un)subscribe with its catch-ups, or a bare stream item. Unknown shapes are counted, never guessed at.
   */
  function walk(x: J, topic: string | undefined, depth: number): void {
    if (!isObj(x) || depth > 3) return strange();
    if (typeof x.encoded_item === 'string') return item(x, topic);
    const t = cappedId(x.topic_id) ?? topic;
    const r = x.reply;
    if (isObj(r)) {
      const rt = cappedId(r.topic_id);
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
      const cid = cappedId(x.payload?.conversation_id) ?? cappedId(x.conversation_id);
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
    const first = !itemsInFrame++;
    if (p.encoded_item.length > MAX_ITEM_CHARS) {
      stats.oversize++;
      return;
    }
    const turnId = cappedId(p.turn_id, 100) ?? topicTurn(topic);
    if (!turnId) return;
    const turn = registry.socketTurn(turnId, cappedId(p.conversation_id, 100), endpoint);
    if (!turn) return; // already over: a late item or a replay
    mine.add(turn);
    if (first) firstTurn = turn;
    const e = p.encoded_item;
    // A token of an untracked channel changes nothing, whether or not it was seen before.
    if (BARE_TOKEN_EVENT.test(e) && !e.includes('"c"') && turn.filter.skipsBareTokens()) {
      stats.skipped++;
      return void turn.touch();
    }
    if (!turn.firstSight(cappedId(p.stream_item_id))) {
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
    const cid = cappedId(u.conversation_id, 100);
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
    quick,
    close() {
      quick.on = false;
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
