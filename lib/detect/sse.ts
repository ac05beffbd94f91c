/**
 * Incremental Server-Sent Events parser (text in, events out). Fed with decoded text chunks of any size; lines
 * and events may be split anywhere between chunks, CR/LF/CRLF are all line ends (a CRLF split across two
 * chunks counts once). Each chunk is split once (no rescanning of earlier text), so the cost is linear.
 *
 * Follows the EventSource rules (`event:`/`data:` fields, one optional space after the colon, multi-line data
 * joined with "\n", blank line dispatches, `:` comments, other fields ignored), with two pragmatic deviations
 * for the streams ChatGPT sends and for captures of them:
 *
 * - When a `data:` line starts a JSON value (`{`, `[` or `"`) while the pending data already looks like a
 *   complete JSON value (`{…}`, `[…]`, `"…"`, `[DONE]`), the pending data is dispatched first: consecutive
 *   `data:` lines without blank separators are taken as one event each, as in captures that drop the blank
 *   lines. An `event:` line after complete-looking data does the same. A real multi-line JSON value does not
 *   end a line with `}`/`]`/`"` and start the next with `{`/`[`/`"` at the same time, so it stays together.
 * - Data still pending when the stream ends is dispatched (the spec would drop it), so a final `data: [DONE]`
 *   without a trailing blank line is seen.
 *
 * Memory is bounded: a line or an event longer than `maxLineChars` is dropped (counted in `stats.dropped`).
 */

export interface SseEvent {
  event?: string;
  data: string;
}

export interface SseParser {
  push(chunk: string): void;
  end(): void;
  stats: { events: number; dropped: number; runs: number };
}

export interface SseOptions {
  maxLineChars?: number;
  /**
   * Asked before a run of answer-token events (`data: {"v": "…"}`, each standing alone as one event, up to the
   * next event of another kind) is cut out of the chunk: true drops the run unread (`stats.runs`). The turn
   * filter answers "the inherited channel is not tracked", so a long answer is searched once per chunk, never
   * sliced, decoded into events or parsed. A run may also take along events whose data is not a JSON object
   * (`"v1"`, a number), never `[DONE]`: the turn filter reads nothing else of those.
   */
  skipBareToken?: () => boolean;
}

const LINE_END = /\r\n?/g;
/**
 * What only a frame that is not a bare answer token holds: a `"p"`, `"o"` or `"c"` key, a top-level `"type"`, an
 * `"error"`, a `"message"`, or the end marker. A token's own text is JSON-escaped, so it never holds these quoted
 * keys. Each alternative starts with `"` or `[`, so the search stops only there: one that also looked for `data:`
 * lines that are not objects (the turn filter ignores them) stopped at every `d` too, and cost about half as much
 * again over every answer (docs/chatgpt-protocol.md §6). Global, so a search starts where it is told.
 */
const SIGNAL = /"(?:p|o|c|type|error|message)"|\[DONE\]/g;

export function createSseParser(onEvent: (ev: SseEvent) => void, opts: SseOptions = {}): SseParser {
  const max = opts.maxLineChars ?? 1 << 20;
  const skipBare = opts.skipBareToken;
  const stats = { events: 0, dropped: 0, runs: 0 };
  /** The unfinished last line. */
  let rest = '';
  /** That line grew past `max`: it is being dropped. */
  let drop = false;
  /** The previous chunk ended with CR: a LF starting this one belongs to it. */
  let cr = false;
  let event: string | undefined;
  let data: string | undefined;

  function dispatch(): void {
    if (data !== undefined) {
      const ev: SseEvent = event === undefined ? { data } : { event, data };
      data = event = undefined;
      stats.events++;
      onEvent(ev);
    } else event = undefined;
  }

  function line(l: string): void {
    if (!l) return dispatch();
    const colon = l.indexOf(':');
    if (!colon) return; // comment
    const name = colon < 0 ? l : l.slice(0, colon);
    const value = colon < 0 ? '' : l.slice(l.charCodeAt(colon + 1) === 32 ? colon + 2 : colon + 1);
    if (name === 'data') {
      if (data !== undefined && complete(data) && opens(value)) dispatch();
      if (data === undefined) data = value;
      else if (data.length + value.length < max) data += '\n' + value;
      else {
        data = undefined;
        stats.dropped++;
      }
    } else if (name === 'event') {
      if (data !== undefined && complete(data)) dispatch();
      event = value;
    }
  }

  /**
   * Splits `s` into lines with one indexOf per line, and drops the lines of answer tokens the caller does not
   * need without cutting them out (one sticky-regex test each).
   */
  function scan(s: string): void {
    let from = 0;
    /** Where the next event that is not an answer token may start (see SIGNAL); -1 before it is looked for. */
    let signal = -1;
    for (let nl = s.indexOf('\n'); nl >= 0; from = nl + 1, nl = s.indexOf('\n', from)) {
      if (drop) {
        drop = false;
        stats.dropped++;
      } else {
        if (skipBare && rest === '' && data === undefined && skipBare()) {
          // Whole events up to the one holding the next key a non-token frame needs are tokens: dropped at once.
          if (signal < from) {
            SIGNAL.lastIndex = from;
            signal = SIGNAL.test(s) ? SIGNAL.lastIndex : s.length;
          }
          const run = s.lastIndexOf('\n\n', signal - 1);
          if (run >= from) {
            stats.runs++;
            event = undefined;
            nl = run + 1;
            continue;
          }
        }
        line(rest + s.slice(from, nl));
      }
      rest = '';
    }
    if (drop) return;
    rest += s.slice(from);
    if (rest.length > max) {
      rest = '';
      drop = true;
    }
  }

  return {
    stats,
    push(s: string): void {
      if (cr && s.charCodeAt(0) === 10) s = s.slice(1);
      cr = s.charCodeAt(s.length - 1) === 13;
      // CR and CRLF line ends become LF (a CRLF split across chunks counts once, through `cr`).
      scan(s.includes('\r') ? s.replace(LINE_END, '\n') : s);
    },
    end(): void {
      if (rest && !drop) line(rest);
      rest = '';
      drop = false;
      dispatch();
    },
  };
}

/** The pending data looks like one whole JSON value (cheap: first and last character only). */
function complete(d: string): boolean {
  const a = d.charCodeAt(0);
  const z = d.charCodeAt(d.length - 1);
  return d.length > 1 && ((a === 123 && z === 125) || (a === 91 && z === 93) || (a === 34 && z === 34));
}

/** The line starts a JSON value: `{`, `[` or `"`. */
function opens(v: string): boolean {
  const a = v.charCodeAt(0);
  return a === 123 || a === 91 || a === 34;
}
