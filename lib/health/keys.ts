/**
 * The allow-list of health counter keys. The background reads every content script's flush through
 * {@link allowListed}: a fixed counter, an event or op we know (by the hash of its name), `event.unknown.<hash>` /
 * `op.unknown.<hash>` with `len.<hash>` for names we do not know, or a selector entry by group and index. Anything
 * else is dropped, so nothing a page sends can become a stored key, and the diagnostics are built from stored keys
 * only. Kept out of counters.ts so the content script does not carry the lists.
 */
import { ASSISTANT_UNIT, OBSERVE_ROOT, STOP_SURFACES, type SelectorEntry } from '../detect/selectors.ts';
import { nameHash, type Counters, type SelectorGroup } from './counters.ts';

export const SELECTOR_GROUPS: Record<SelectorGroup, readonly SelectorEntry[]> = {
  assistant: ASSISTANT_UNIT,
  root: OBSERVE_ROOT,
  surface: STOP_SURFACES,
};

/** Top-level stream events docs/chatgpt-protocol.md §3 names. */
export const KNOWN_EVENTS: readonly string[] = [
  'resume_conversation_token',
  'input_message',
  'message_marker',
  'server_ste_metadata',
  'title_generation',
  'message_stream_complete',
  'conversation_detail_metadata',
  'conversation_async_status',
  'moderation',
  'stream_handoff',
  'done',
];
/** Delta-v1 ops (docs/chatgpt-protocol.md §3). */
export const KNOWN_OPS: readonly string[] = ['add', 'remove', 'replace', 'append', 'truncate', 'patch'];

/** Every fixed counter name, with what it counts. */
export const COUNTERS = [
  // Turns seen per path: the fetch body, a resume POST, the socket, a fetch turn handed to the socket, a
  // conversation re-read (GET), a queued image task reporting back over the socket.
  'turn.fetch',
  'turn.resume',
  'turn.socket',
  'turn.handoff',
  'turn.reread',
  'turn.async-update',
  // A POST answered without a stream (the turn then comes over the socket).
  'turn.not-streamed',
  // Turns that handed events over, in a message encoding we know (delta v1, legacy whole messages) or in none.
  'format.known',
  'format.unknown',
  // Events handed over per encoding.
  'encoding.delta-v1',
  'encoding.legacy',
  'encoding.unknown',
  // Socket envelopes about conversations in a shape we do not know (reported at powers of two by the MAIN world).
  'socket.unknown',
  // Image-tool messages and how they ended.
  'image.message',
  'image.image',
  'image.refusal',
  'image.cooldown',
  'image.error',
  'image.pending',
  // blocked_features / limits_progress reported (stream metadata, conversation/init), and with image_gen in them.
  'meta.blocked',
  'meta.blocked.image_gen',
  'meta.progress',
  'meta.progress.image_gen',
  // After a turn with a reply, once the page settled: checks made, and those where an assistant selector matched.
  'check.turns',
  'check.assistant',
  'dom.capture',
  'reject.bridge',
] as const;

const FIXED = new Set<string>(COUNTERS);
const NAMED = new RegExp(
  `^(?:event\\.(?:${KNOWN_EVENTS.join('|')})|op\\.(?:${KNOWN_OPS.join('|')})|(?:event|op)\\.unknown\\.[0-9a-f]{8}|len\\.[0-9a-f]{8})$`,
);
const SELECTOR = /^sel\.(assistant|root|surface)\.(\d{1,2})\.(?:consulted|matched)$/;
/** Counts are whole numbers; a flush or a day never claims more than this of anything. */
export const COUNT_MAX = 1e9;

/** A stored key is one of ours, by construction, or it is refused. */
export function isCounterKey(key: string): boolean {
  if (FIXED.has(key) || NAMED.test(key)) return true;
  const m = SELECTOR.exec(key);
  return !!m && Number(m[2]) < SELECTOR_GROUPS[m[1] as SelectorGroup].length;
}

/** Length keys hold the longest length seen (merged by maximum), every other key a count (summed). */
const isLength = (key: string): boolean => key.startsWith('len.');

/** Our event and op names by the hash the content script files them under. */
const KNOWN_BY_HASH = new Map<string, string>([
  ...KNOWN_EVENTS.map((n) => [`event:${nameHash(n)}`, `event.${n}`] as const),
  ...KNOWN_OPS.map((n) => [`op:${nameHash(n)}`, `op.${n}`] as const),
]);

/**
 * A content script's flush as allow-listed keys: `event:<hash>` / `op:<hash>` become our names or a
 * hashed bucket with `len.<hash>`; other keys must be on the allow-list; counts must be whole, positive, bounded.
 */
export function allowListed(raw: Record<string, unknown>): Counters {
  const out: Counters = {};
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= COUNT_MAX;
  for (const [key, value] of Object.entries(raw).slice(0, 1000)) {
    if (!ok(value)) continue;
    const named = /^(event|op):([0-9a-f]{8})$/.exec(key);
    if (named) {
      const known = KNOWN_BY_HASH.get(key);
      if (known) add(out, known, value);
      else {
        add(out, `${named[1]}.unknown.${named[2]}`, value);
        const length = raw[`len:${named[2]}`];
        if (ok(length)) add(out, `len.${named[2]}`, length);
      }
    } else if (isCounterKey(key) && !isLength(key)) add(out, key, value);
  }
  return out;
}

function add(into: Counters, key: string, n: number): void {
  into[key] = isLength(key) ? Math.max(into[key] ?? 0, n) : Math.min(COUNT_MAX, (into[key] ?? 0) + n);
}

/** Adds `more` into `into` (lengths by maximum, counts capped). */
export function mergeCounters(into: Counters, more: Counters): Counters {
  for (const [k, v] of Object.entries(more)) add(into, k, v);
  return into;
}
