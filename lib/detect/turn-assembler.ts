/**
 * The isolated script's half of turn reading: it rebuilds each turn from the events the MAIN world let through
 * (`frame` bridge messages, keyed by turn) with the delta-v1 turn tracker (chatgpt-stream.ts), and at the turn's
 * end turns what it saw into a finding, or an allowance report. Image-tool messages read outside a stream
 * (a conversation re-read, a queued task reporting back) become findings here too, each message once.
 *
 * Input is untrusted (the page can forge bridge events): at most {@link MAX_TURNS} turns are assembled at once
 * (the oldest is dropped), at most {@link MAX_FRAMES_PER_TURN} events each, and the turn's own caps hold
 * (evidence 16 K characters). Findings are budgeted by the coordinator after this.
 */
import type { BridgeMessage, NetworkFinding } from './bridge.ts';
import {
  createTurnTracker,
  imageOutcome,
  imageToolSignal,
  messageLine,
  type ImageOutcome,
  type TurnTracker,
} from './chatgpt-stream.ts';
import { isObj, peekDelta } from './delta-v1.ts';
import { blocksImages, imageLimits } from './gate.ts';
import { cap, EVIDENCE_MAX, sseEvidence } from './net-caps.ts';
import { isImageTool } from './turn-filter.ts';
import type { Tally } from '../health/counters.ts';

import type { J } from './page-value.ts';

export const MAX_TURNS = 16;
export const MAX_FRAMES_PER_TURN = 20_000;
/** How recent an image-tool message in a re-read conversation must be to count. */
export const RECENT_MS = 15 * 60_000;

export interface TurnAssembler {
  /** One bridge message in; what the coordinator acts on out (turn-start, finding, progress, turn-end). */
  accept(msg: BridgeMessage): BridgeMessage[];
  /** Turns being assembled now. */
  open(): number;
}

interface Assembly {
  tracker: TurnTracker;
  frames: number;
  /** What the last finding of this turn said (a resumed turn reports again only when it changed). */
  emitted: string;
  /** A frame in a stream format we know was handed over (the health counters). */
  known: boolean;
  /** The turn called the image tool: said once, as soon as its message arrived. */
  imageTool?: boolean;
}

export interface TurnAssemblerOptions {
  now?: () => number;
  recentMs?: number;
  tally?: Tally;
  /**
   * A turn under way called the image tool (its message arrived; how it ends is not known yet): once per turn.
   * A stop may follow within seconds, so the content script wakes the background now (entrypoints/chatgpt.content.ts).
   */
  onImageTool?: () => void;
}

export function createTurnAssembler(opts: TurnAssemblerOptions = {}): TurnAssembler {
  const now = opts.now ?? Date.now;
  const tally = opts.tally;
  const recentMs = opts.recentMs ?? RECENT_MS;
  const turns = new Map<string, Assembly>();
  /** Message ids already reported, so the same refusal seen by the stream, the socket and a re-read is one. */
  const reported = new Set<string>();
  /** The last closed gate reported, so a page re-reading init reports it once. */
  let lastGate = '';

  /** `conversation/init`: a gate naming image_gen is a finding (once), an open one an allowance report. */
  function gate(msg: Extract<BridgeMessage, { type: 'gate' }>): BridgeMessage[] {
    if (typeof msg.evidence !== 'string') return [];
    const body = JSON.parse(msg.evidence) as J;
    if (tally && isObj(body)) countMetadata(tally, body);
    const limits = imageLimits(body?.limits_progress);
    if (!blocksImages(body?.blocked_features)) {
      return limits.length ? [{ type: 'progress', endpoint: msg.endpoint, progress: limits, at: now() }] : [];
    }
    if (msg.evidence === lastGate) return [];
    lastGate = msg.evidence;
    const ctx = msg.context ?? { method: 'POST', status: 200, headers: {} };
    return [
      {
        type: 'finding',
        finding: {
          kinds: ['image-gate'],
          endpoint: msg.endpoint,
          ...ctx,
          messageIds: [],
          evidence: cap(msg.evidence, EVIDENCE_MAX),
          truncated: msg.evidence.length > EVIDENCE_MAX,
          seenAt: now(),
          ...(limits.length ? { limitsProgress: limits } : {}),
        },
      },
    ];
  }

  function assembly(key: string, fresh: boolean): Assembly {
    let a = turns.get(key);
    if (!a) {
      a = { tracker: createTurnTracker(), frames: 0, emitted: '', known: false };
      turns.set(key, a);
      if (turns.size > MAX_TURNS) turns.delete(turns.keys().next().value as string);
    } else if (fresh) {
      // A resumed turn keeps its place as the newest.
      turns.delete(key);
      turns.set(key, a);
    }
    return a;
  }

  function end(msg: Extract<BridgeMessage, { type: 'turn-end' }>): BridgeMessage[] {
    const a = msg.turn ? turns.get(msg.turn) : undefined;
    if (tally) countTurn(tally, msg, a);
    if (!a || !msg.turn) return [msg];
    // An interrupted turn may be resumed under the same key: kept until it ends well or is pushed out.
    if (!msg.aborted) turns.delete(msg.turn);
    const ctx = msg.context ?? { method: 'POST', status: 200, headers: {} };
    const f = a.tracker.result({ endpoint: msg.endpoint, ...ctx, seenAt: now() });
    const out: BridgeMessage[] = [];
    if (f) {
      const finding: NetworkFinding = {
        ...f,
        ...(msg.turnId ? { turnId: msg.turnId } : {}),
        ...(!f.conversationId && msg.conversationId ? { conversationId: msg.conversationId } : {}),
      };
      const sig = `${finding.kinds.join()}|${finding.messageIds.join()}|${finding.evidence.length}`;
      if (sig !== a.emitted) {
        a.emitted = sig;
        for (const id of finding.messageIds) reported.add(id);
        out.push({ type: 'finding', finding });
      }
    } else if (a.tracker.limitsProgress().length) {
      out.push({ type: 'progress', endpoint: msg.endpoint, progress: a.tracker.limitsProgress(), at: now() });
    }
    out.push(msg);
    return out;
  }

  /** The refusals among image-tool messages read outside a stream, each message once. */
  function messages(msg: Extract<BridgeMessage, { type: 'messages' }>): BridgeMessage[] {
    if (!Array.isArray(msg.messages)) return [];
    if (tally) {
      tally.add(msg.recentOnly ? 'turn.reread' : 'turn.async-update');
      for (const m of msg.messages.slice(0, 8)) if (isImageTool(m)) countOutcome(tally, imageOutcome(m));
    }
    const cutoff = now() - recentMs;
    const kinds = new Set<NetworkFinding['kinds'][number]>();
    const ids: string[] = [];
    const lines: string[] = [];
    let fresh = false;
    for (const m of msg.messages.slice(0, 8)) {
      if (!isObj(m)) continue;
      const k = imageToolSignal(m);
      if (!k || (msg.recentOnly && !(Number(m.create_time) * 1000 >= cutoff))) continue;
      kinds.add(k);
      const id = typeof m.id === 'string' ? m.id.slice(0, 100) : undefined;
      if (id) {
        fresh ||= !reported.has(id);
        reported.add(id);
        ids.push(id);
      } else fresh = true;
      if (typeof m.next_assistant_id === 'string') ids.push(m.next_assistant_id.slice(0, 100));
      const { next_assistant_id: _, ...message } = m as J;
      lines.push(messageLine(message));
    }
    if (!fresh) return [];
    const { evidence, truncated } = sseEvidence(lines);
    return [
      {
        type: 'finding',
        finding: {
          kinds: [...kinds],
          endpoint: msg.endpoint,
          method: msg.method,
          status: msg.status,
          ...(msg.conversationId ? { conversationId: msg.conversationId } : {}),
          messageIds: ids,
          evidence,
          truncated,
          headers: {},
          seenAt: now(),
        },
      },
    ];
  }

  return {
    accept(msg) {
      try {
        if (msg.type === 'frame') {
          const a = typeof msg.turn === 'string' ? turns.get(msg.turn) : undefined;
          if (a && typeof msg.data === 'string' && Array.isArray(msg.cursor) && a.frames++ < MAX_FRAMES_PER_TURN) {
            const [c, p, o] = msg.cursor;
            if (tally) countFrame(tally, a, msg.data, o);
            a.tracker.pushData(msg.data, {
              c: String(c),
              p: typeof p === 'string' ? p : undefined,
              o: typeof o === 'string' ? o : undefined,
            });
            if (opts.onImageTool && !a.imageTool && a.tracker.imageOutcomes().length) {
              a.imageTool = true;
              opts.onImageTool();
            }
          }
          return [];
        }
        if (msg.type === 'turn-start') {
          if (typeof msg.turn === 'string') assembly(msg.turn, true);
          return [msg];
        }
        if (msg.type === 'turn-end') return end(msg);
        if (msg.type === 'messages') return messages(msg);
        if (msg.type === 'gate') return gate(msg);
        if (msg.type === 'socket-stats') {
          // Reported at 1, 2, 4, 8…: what each report adds since the one before.
          const n = msg.unknown;
          if (tally && n > 0 && n < 1e9 && !(n & (n - 1))) tally.add('socket.unknown', n === 1 ? 1 : n / 2);
        }
        return [msg];
      } catch {
        return [];
      }
    },
    open: () => turns.size,
  };
}

/**
 * Health counters (lib/health/counters.ts) of one handed-over event: its encoding, event type or delta op. A turn
 * is in a format we know when a message frame in delta v1 or the legacy encoding came (every real turn has one:
 * the reply arrives as a message); top-level events alone do not make it so.
 */
function countFrame(tally: Tally, a: Assembly, data: string, inheritedOp: unknown): void {
  const head = peekDelta(data);
  let obj: J = head;
  if (!head) {
    try {
      obj = JSON.parse(data); // at most 48 K (turns.ts hands over no longer event)
    } catch {
      // counted as unknown below
    }
  }
  if (!isObj(obj)) tally.add('encoding.unknown');
  else if (typeof obj.type === 'string') {
    tally.name('event', obj.type);
    if (obj.type === 'conversation_detail_metadata') countMetadata(tally, obj);
  } else if ('p' in obj || 'o' in obj || 'v' in obj) {
    a.known = true;
    tally.add('encoding.delta-v1');
    const op = obj.o ?? inheritedOp;
    if (typeof op === 'string') tally.name('op', op);
  } else if (isObj(obj.message)) {
    a.known = true;
    tally.add('encoding.legacy');
  } else tally.add('encoding.unknown');
}

function countMetadata(tally: Tally, obj: J): void {
  if (Array.isArray(obj.blocked_features)) {
    tally.add('meta.blocked');
    if (blocksImages(obj.blocked_features)) tally.add('meta.blocked.image_gen');
  }
  if (Array.isArray(obj.limits_progress)) {
    tally.add('meta.progress');
    if (imageLimits(obj.limits_progress).length) tally.add('meta.progress.image_gen');
  }
}

function countOutcome(tally: Tally, outcome: ImageOutcome): void {
  tally.add('image.message');
  tally.add(`image.${outcome}`);
}

/** The turn's path, and whether what it handed over was in a format we know. */
function countTurn(tally: Tally, msg: Extract<BridgeMessage, { type: 'turn-end' }>, a: Assembly | undefined): void {
  const socket = /^wss:/.test(msg.endpoint);
  tally.add(
    socket
      ? 'turn.socket'
      : /\/resume$/.test(msg.endpoint)
        ? 'turn.resume'
        : msg.turnId
          ? 'turn.handoff'
          : 'turn.fetch',
  );
  if (!a) return;
  if (a.frames) tally.add(a.known ? 'format.known' : 'format.unknown');
  // A POST answered with a stream of which nothing was handed over is in a format we do not know; one answered
  // without a stream (JSON naming a socket turn) is not a stream at all.
  else if (!socket && !msg.aborted)
    tally.add(
      /event-stream/.test(`${msg.context?.headers?.['content-type']}`) ? 'format.unknown' : 'turn.not-streamed',
    );
  // Counted when the turn is over (an interrupted one may still be resumed).
  if (!msg.aborted) for (const o of a.tracker.imageOutcomes()) countOutcome(tally, o);
}
