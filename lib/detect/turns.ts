/**
 * One conversation turn, whatever carries it (MAIN world). ChatGPT streams a turn over the fetch body, over the
 * socket, or starts on fetch and hands the rest to the socket (`stream_handoff`); an interrupted fetch stream is
 * continued by `POST …/conversation/resume`. The registry gives each of these the same {@link Turn}, so one
 * filter (turn-filter.ts) sees the whole turn in order, and the isolated script learns of one turn-start, the
 * events it needs (`frame`, tagged with the turn's key), and one turn-end carrying what a finding needs.
 *
 * Bounded: at most {@link MAX_LIVE_TURNS} live turns (the oldest is ended when a new one would exceed it), each
 * counting at most {@link MAX_ITEM_IDS} socket item ids; a socket turn that hears nothing for
 * {@link IDLE_END_MS} ends as aborted; ended turns are dropped, except the last interrupted fetch turn of a
 * conversation, kept {@link RESUME_WINDOW_MS} for its resume.
 */
import type { BridgeMessage, TurnContext } from './bridge.ts';
import { createTurnFilter, type TurnFilter } from './turn-filter.ts';

export const MAX_LIVE_TURNS = 16;
export const MAX_ITEM_IDS = 50_000;
export const IDLE_END_MS = 90_000;
export const RESUME_WINDOW_MS = 120_000;
/** How long a fetch stream that ended in a handoff waits for the socket to continue it. */
export const HANDOFF_WAIT_MS = 60_000;
/** Ended turn ids remembered, so late items of a finished turn do not start a new one. */
const RECENTLY_ENDED = 64;
/** The longest event handed to the isolated script (the bridge refuses more); a longer one is dropped. */
export const MAX_FRAME_DATA = 48 * 1024;

export type TurnPath = 'fetch' | 'socket';

export interface Turn {
  readonly filter: TurnFilter;
  readonly path: TurnPath;
  /** What the bridge calls this turn. */
  readonly key: string;
  /** Socket turn id, when known. */
  turnId?: string;
  conversationId?: string;
  /** A socket item id seen for the first time (catch-ups replay items: each counts once). */
  firstSight(itemId: string | undefined): boolean;
  /** Feed one SSE event's data. */
  feed(data: string): void;
  /** Something of the turn arrived that needs no reading (keeps its idle clock honest). */
  touch(): void;
  /** The carrier of this part ended: `aborted` when it was cut before the turn was over. */
  end(ctx: TurnContext, aborted: boolean): void;
}

export interface TurnRegistryOptions {
  emit: (msg: BridgeMessage) => void;
  now: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export interface TurnRegistry {
  /** A POST that streams a turn: a new turn, or the interrupted one of that conversation when it resumes. */
  fetchTurn(endpoint: string, conversationId: string | undefined, resume: boolean): Turn;
  /**
   * The turn a socket item belongs to: the live one with that id, a handed-off fetch turn, or a new one;
   * undefined for a turn that already ended (late items and catch-up replays of it change nothing).
   */
  socketTurn(turnId: string, conversationId: string | undefined, endpoint: string): Turn | undefined;
  /** The live socket turn with that id, if any. */
  liveSocketTurn(turnId: string): Turn | undefined;
  /** `conversation-turn-complete`: every live socket turn of that conversation is over. */
  completeConversation(conversationId: string, ctx: TurnContext): void;
  /** A socket closed: its live turns end. */
  endAll(turns: Iterable<Turn>, ctx: TurnContext): void;
  live(): number;
}

/** What a turn ends with when no HTTP response ended it: its socket, or its fetch cut short. */
export const endContext = (socket: boolean): TurnContext => ({
  method: socket ? 'WS' : 'POST',
  status: 200,
  headers: {},
});

export function createTurnRegistry(opts: TurnRegistryOptions): TurnRegistry {
  const { emit, now } = opts;
  let counter = 0;
  // The timers as they were when we started: a page that wraps its own later does not see ours.
  const setTimer = opts.setTimer ?? setTimeout;
  const clearTimer = (opts.clearTimer ?? clearTimeout) as (t: unknown) => void;
  const live = new Set<TurnImpl>();
  /** The last interrupted fetch turn per conversation, for a resume. */
  const resumable = new Map<string, { turn: TurnImpl; at: number }>();
  /** A fetch turn handed to the socket, waiting for its items. */
  let handedOff: { turn: TurnImpl; at: number } | undefined;
  /** Ids of the last turns that ended, oldest first. */
  const endedIds: string[] = [];

  interface TurnImpl extends Turn {
    endpoint: string;
    lastAt: number;
    timer: unknown;
    done: boolean;
    ids: Set<string> | undefined;
    start(endpoint: string): void;
    finish(ctx: TurnContext, aborted: boolean): void;
  }

  function make(path: TurnPath, endpoint: string, conversationId: string | undefined): TurnImpl {
    const turn: TurnImpl = {
      filter: createTurnFilter(),
      path,
      key: `t${++counter}`,
      conversationId,
      endpoint,
      lastAt: now(),
      timer: undefined,
      done: false,
      ids: undefined,
      firstSight(itemId) {
        if (!itemId) return true;
        const ids = (turn.ids ??= new Set());
        if (ids.has(itemId)) return false;
        if (ids.size < MAX_ITEM_IDS) ids.add(itemId);
        return true;
      },
      touch() {
        turn.lastAt = now();
      },
      feed(data) {
        turn.touch();
        const cursor = turn.filter.push(data);
        if (cursor && data.length <= MAX_FRAME_DATA)
          emit({ type: 'frame', turn: turn.key, cursor: [cursor.c, cursor.p, cursor.o], data });
      },
      end(ctx, aborted) {
        const handoff = turn.filter.handoff();
        if (path === 'fetch' && !aborted && handoff && !turn.filter.isTurnOver()) {
          // The rest of this turn arrives on the socket: not over yet.
          turn.turnId ??= handoff.turnId;
          handedOff = { turn, at: now() };
          arm(turn, HANDOFF_WAIT_MS);
          return;
        }
        turn.finish(ctx, aborted && !turn.filter.isTurnOver());
      },
      start(ep) {
        turn.done = false;
        turn.endpoint = ep;
        turn.lastAt = now();
        live.add(turn);
        bound();
        // An absent id is left out in transit (the bridge sends JSON).
        emit({ type: 'turn-start', turn: turn.key, endpoint: ep, conversationId: turn.conversationId, at: now() });
        if (path === 'socket') arm(turn, IDLE_END_MS);
      },
      finish(ctx, aborted) {
        if (turn.done) return;
        turn.done = true;
        live.delete(turn);
        if (turn.timer !== undefined) clearTimer(turn.timer);
        turn.timer = undefined;
        if (handedOff?.turn === turn) handedOff = undefined;
        if (turn.turnId) {
          endedIds.push(turn.turnId);
          if (endedIds.length > RECENTLY_ENDED) endedIds.shift();
        }
        const cid = turn.filter.conversationId() ?? turn.conversationId;
        turn.conversationId = cid;
        if (aborted && path === 'fetch' && cid) resumable.set(cid, { turn, at: now() });
        else if (cid && resumable.get(cid)?.turn === turn) resumable.delete(cid);
        emit({
          type: 'turn-end',
          turn: turn.key,
          endpoint: turn.endpoint,
          conversationId: cid,
          turnId: turn.turnId,
          context: ctx,
          at: now(),
          aborted,
        });
      },
    };
    return turn;
  }

  /** An idle or abandoned turn ends by itself; one timer per turn, re-armed only when it fires. */
  function arm(turn: TurnImpl, ms: number): void {
    if (turn.timer !== undefined) clearTimer(turn.timer);
    turn.timer = setTimer(() => {
      turn.timer = undefined;
      if (turn.done) return;
      const idle = now() - turn.lastAt;
      if (idle < ms) return arm(turn, ms - idle);
      turn.finish(contextOf(turn), true);
    }, ms);
  }

  const contextOf = (turn: TurnImpl): TurnContext => endContext(turn.path === 'socket');

  function bound(): void {
    while (live.size > MAX_LIVE_TURNS) {
      const oldest = live.values().next().value as TurnImpl;
      oldest.finish(contextOf(oldest), true);
    }
  }

  function pruneResumable(): void {
    const cutoff = now() - RESUME_WINDOW_MS;
    for (const [cid, r] of resumable) if (r.at < cutoff) resumable.delete(cid);
  }

  const liveSocket = (turnId: string): TurnImpl | undefined => {
    for (const t of live) if (t.turnId === turnId) return t;
    return undefined;
  };

  return {
    fetchTurn(endpoint, conversationId, resume) {
      pruneResumable();
      const r = resume ? (conversationId ? resumable.get(conversationId) : [...resumable.values()].pop()) : undefined;
      if (r && !r.turn.filter.isTurnOver()) {
        resumable.delete(r.turn.conversationId ?? '');
        r.turn.start(endpoint);
        return r.turn;
      }
      const turn = make('fetch', endpoint, conversationId);
      turn.start(endpoint);
      return turn;
    },
    socketTurn(turnId, conversationId, endpoint) {
      const existing = liveSocket(turnId);
      if (existing) return existing;
      if (endedIds.includes(turnId)) return undefined;
      const h = handedOff;
      if (h && !h.turn.done && now() - h.at < HANDOFF_WAIT_MS && (!h.turn.turnId || h.turn.turnId === turnId)) {
        handedOff = undefined;
        h.turn.turnId = turnId;
        h.turn.lastAt = now();
        arm(h.turn, IDLE_END_MS);
        return h.turn;
      }
      const turn = make('socket', endpoint, conversationId);
      turn.turnId = turnId;
      turn.start(endpoint);
      return turn;
    },
    liveSocketTurn: liveSocket,
    completeConversation(conversationId, ctx) {
      for (const t of [...live]) {
        if (t.path === 'socket' || t.turnId) {
          if ((t.filter.conversationId() ?? t.conversationId) === conversationId) t.finish(ctx, false);
        }
      }
    },
    endAll(turns, ctx) {
      for (const t of [...turns] as TurnImpl[]) if (!t.done) t.finish(ctx, !t.filter.isTurnOver());
    },
    live: () => live.size,
  };
}
