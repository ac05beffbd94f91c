/**
 * ChatGPT's "delta encoding v1" applied the way the page's own decoder applies it (docs/chatgpt-protocol.md §3):
 *
 * - a frame is `{c, p, o, v}`: channel, JSON Pointer path, op, value; one tree per channel;
 * - a missing `c`, `p` or `o` is copied from the previous top-level frame (never `v`);
 * - `o: "patch"` carries a list of `{p, o, v}` elements applied in order to the same channel; the elements do
 *   not change what later frames inherit. A frame that inherits `patch` but carries a non-list value continues
 *   the last element of the previous patch list: its op, and its path unless the frame names one (the older
 *   captures of §3.2 rely on this);
 * - ops `add`, `remove`, `replace`, `append` (string concatenation, list push, object merge), `truncate` (a string
 *   or list cut to a length) and `patch`; an empty path addresses the channel's root; `~1` and `~0` are the
 *   JSON Pointer escapes of `/` and `~`; numeric segments index lists.
 *
 * Cost: the decoder only builds the channels it is asked to keep (`keep` decides when a channel's root is
 * replaced). Frames of other channels change nothing but the inherited fields, so the caller can drop them
 * unparsed after {@link peekDelta} (the turn tracker does; answer tokens are never parsed).
 */

// Parsed JSON of unknown shape: every access below is guarded.
import type { J } from './page-value.ts';

/** What later frames inherit. */
export interface DeltaCursor {
  c: string;
  p: string | undefined;
  o: string | undefined;
}

export interface DeltaDecoder {
  /** One parsed top-level frame. */
  apply(frame: J): void;
  /** Inherited fields after a frame the caller dropped unparsed (only its explicit fields are given). */
  inherit(explicit: { c?: string; p?: string; o?: string }): void;
  /** The inherited fields as they stood upstream, before a frame handed over after others were dropped. */
  setCursor(cursor: DeltaCursor): void;
  cursor(): Readonly<DeltaCursor>;
  /** The tree of a kept channel, or undefined. */
  tree(channel: string): J;
  /** Channels being kept now. */
  kept(): ReadonlySet<string>;
}

export interface DeltaOptions {
  /** Called when a channel's root is replaced by `value`: keep building this channel? Default: keep all. */
  keep?: (value: J, channel: string) => boolean;
  /** Longest string an `append` grows (default 16 K characters); appends past it are dropped. */
  maxString?: number;
}

const UNSAFE_KEY = /^(?:__proto__|constructor|prototype)$/;

export function isObj(x: unknown): x is Record<string, J> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** JSON Pointer segments of `path` ("" → []), unescaped; undefined for a path that is not a pointer. */
export function pointer(path: unknown): string[] | undefined {
  if (path === '') return [];
  if (typeof path !== 'string' || path.charCodeAt(0) !== 47) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((s) => (s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s));
}

function channelOf(c: unknown): string | undefined {
  return typeof c === 'number' || typeof c === 'string' ? String(c) : undefined;
}

export function createDeltaDecoder(opts: DeltaOptions = {}): DeltaDecoder {
  const keep = opts.keep ?? (() => true);
  const maxString = opts.maxString ?? 16_384;
  const trees = new Map<string, J>();
  const keptSet = new Set<string>();
  // Before any frame the path is the root: the first frame of a turn may be a bare `{"o":"add","v":{message}}`.
  let cur: DeltaCursor = { c: '0', p: '', o: undefined };
  /** The last element of the last patch list, continued by a later frame that inherits `patch`. */
  let lastPatch: { p: unknown; o: unknown } | undefined;

  function setRoot(channel: string, value: J): void {
    if (keep(value, channel)) {
      trees.set(channel, value);
      keptSet.add(channel);
    } else {
      trees.delete(channel);
      keptSet.delete(channel);
    }
  }

  /** One op on one channel. */
  function op(channel: string, path: unknown, o: unknown, v: J): void {
    const keys = pointer(path);
    if (!keys) return;
    if (keys.length === 0) {
      if (o === 'remove') setRoot(channel, undefined);
      else if (o === 'add' || o === 'replace') setRoot(channel, v);
      else if (keptSet.has(channel)) trees.set(channel, combine(trees.get(channel), o, v));
      return;
    }
    if (!keptSet.has(channel)) return;
    let node = trees.get(channel);
    if (typeof node !== 'object' || node === null) return;
    const last = keys.pop() as string;
    for (const k of keys) {
      if (UNSAFE_KEY.test(k)) return;
      const next = node[Array.isArray(node) ? index(k, node.length) : k];
      if (typeof next === 'object' && next !== null) node = next;
      else if (Array.isArray(node)) return;
      else node = node[k] = {};
    }
    if (UNSAFE_KEY.test(last)) return;
    if (Array.isArray(node)) {
      const i = last === '-' ? node.length : index(last, node.length + 1);
      if (i < 0) return;
      if (o === 'remove') node.splice(i, 1);
      else if (o === 'add') node.splice(i, 0, v);
      else node[i] = combine(node[i], o, v);
    } else if (o === 'remove') delete node[last];
    else node[last] = combine(node[last], o, v);
  }

  /** The new value of a slot holding `old` after op `o` with value `v`. */
  function combine(old: J, o: unknown, v: J): J {
    switch (o) {
      case 'append':
        if (typeof old === 'string') return old.length >= maxString ? old : (old + v).slice(0, maxString);
        if (Array.isArray(old)) return old.concat([v]);
        if (isObj(old) && isObj(v)) return { ...old, ...v };
        return v;
      case 'add':
        // An object added onto an object merges into it (a /message/metadata add keeps the other keys).
        return isObj(old) && isObj(v) ? { ...old, ...v } : v;
      case 'truncate':
        return typeof v === 'number' && (typeof old === 'string' || Array.isArray(old)) ? old.slice(0, v) : old;
      case 'replace':
        return v;
      default:
        return old;
    }
  }

  return {
    apply(frame: J): void {
      if (!isObj(frame)) return;
      const c = 'c' in frame ? (channelOf(frame.c) ?? cur.c) : cur.c;
      const p = 'p' in frame ? frame.p : cur.p;
      const o = 'o' in frame ? frame.o : cur.o;
      cur = { c, p, o };
      const v = frame.v;
      if (o === 'patch') {
        if (!('v' in frame)) return;
        if (Array.isArray(v)) {
          for (const el of v) {
            if (!isObj(el)) continue;
            op(c, el.p, el.o, el.v);
            lastPatch = { p: el.p, o: el.o };
          }
        } else if (lastPatch) op(c, 'p' in frame ? frame.p : lastPatch.p, lastPatch.o, v);
        return;
      }
      if ('o' in frame) lastPatch = undefined;
      // A frame without a value changes only what later frames inherit (`remove` needs none).
      if ('v' in frame || o === 'remove') op(c, p, o, v);
    },
    inherit(explicit): void {
      cur = {
        c: explicit.c ?? cur.c,
        p: explicit.p ?? cur.p,
        o: explicit.o ?? cur.o,
      };
      if (explicit.o !== undefined && explicit.o !== 'patch') lastPatch = undefined;
    },
    setCursor(c): void {
      if (c.o !== 'patch') lastPatch = undefined;
      cur = { c: c.c, p: c.p, o: c.o };
    },
    cursor: () => cur,
    tree: (channel) => trees.get(channel),
    kept: () => keptSet,
  };
}

function index(k: string, length: number): number {
  if (!/^(?:0|[1-9]\d{0,8})$/.test(k)) return -1;
  const i = Number(k);
  return i < length ? i : -1;
}

/**
 * The head of a delta frame without parsing it: `{"p": "…", "o": "…", "v":` with `p` and `o` optional, keys in
 * the order ChatGPT sends them, and the channel from a trailing `"c": N}`. Undefined when the text does not
 * start that way (the caller then parses it). Reads only the first and last few bytes.
 */
const HEAD = /^\{\s*(?:"p"\s*:\s*"([^"\\]*)"\s*,\s*)?(?:"o"\s*:\s*"(\w*)"\s*,\s*)?"v"\s*:\s*(\{)?/;
const TAIL_CHANNEL = /,\s*"c"\s*:\s*(\d{1,6})\s*\}\s*$/;

export interface DeltaHead {
  p?: string;
  o?: string;
  c?: string;
  /** The value is an object (only an object can be a new message). */
  object: boolean;
}

export function peekDelta(data: string): DeltaHead | undefined {
  const m = HEAD.exec(data);
  if (!m) return undefined;
  const head: DeltaHead = { object: m[3] !== undefined };
  if (m[1] !== undefined) head.p = m[1];
  if (m[2] !== undefined) head.o = m[2];
  const tail = TAIL_CHANNEL.exec(data.length > 40 ? data.slice(-40) : data);
  if (tail) head.c = tail[1];
  return head;
}
