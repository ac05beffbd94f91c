/**
 * Reads the entries of a HAR file (`{"log": {"entries": [ … ]}}`) one at a time from text chunks, so a 2 GB file
 * never sits in memory: only the entry being read is kept, and inside it every string is cut to a cap (a HAR's
 * size is response bodies, images as base64, which we never need whole). Pure: no Node or browser APIs; the caller
 * feeds decoded text (fs stream, File.stream() through a TextDecoder).
 *
 * Why our own: a general streaming JSON parser builds every value it meets (the 500 MB base64 body included) or
 * hands out tokens we would then reassemble; this one knows the one path it wants, skips everything else at the
 * speed of a character search, and keeps the cut strings valid JSON so each entry is then read by JSON.parse.
 */

export const HAR_LIMITS = {
  /** Characters kept of any one string inside an entry (a body, a header value); the rest is dropped. */
  stringChars: 64 * 1024,
  /** Characters of one entry's JSON as kept (after strings are cut); past this the entry is skipped. */
  entryChars: 2 * 1024 * 1024,
  /** Characters read of a key on the way to log.entries. */
  keyChars: 64,
} as const;

export type HarReadProblem =
  | 'not-json' // the input does not start with a JSON object
  | 'not-har' // a JSON document without log.entries
  | 'truncated' // the input ended inside the document (a cut download, a partial copy)
  | 'malformed'; // a character where JSON allows none

export interface HarReadStats {
  entries: number;
  /** Entries left out: too large even with strings cut, not an object, or not valid JSON. */
  skipped: number;
  /** Strings cut to HAR_LIMITS.stringChars. */
  cutStrings: number;
  chars: number;
}

const OBJ = 1;
const ARR = 2;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);
const STRING_STOP = /["\\]/g;

/** Where we are inside the document, as the keys leading here (only the first two levels matter). */
export class HarEntryReader {
  readonly stats: HarReadStats = { entries: 0, skipped: 0, cutStrings: 0, chars: 0 };
  private problem: HarReadProblem | undefined;
  private stack: number[] = [];
  /** Per open object: whether the next string is a key. */
  private expectKey: boolean[] = [];
  /** The last key read in the root object and in `log` (depth 1 and 2). */
  private keys: string[] = [];
  private inString = false;
  private escape = false;
  private stringIsKey = false;
  private keyBuf = '';
  private sawEntries = false;
  private started = false;
  /** Capture of the current entry: the pieces kept, their length, and where the current piece starts. */
  private capturing = false;
  private pieces: string[] = [];
  private captured = 0;
  private captureDepth = 0;
  private tooBig = false;
  /** Characters of the current string kept so far (inside a capture), and whether it was cut. */
  private stringKept = 0;
  private stringCut = false;
  private hexLeft = 0;

  constructor(
    private readonly onEntry: (entry: unknown, index: number) => void,
    private readonly limits: { stringChars: number; entryChars: number } = HAR_LIMITS,
  ) {}

  get error(): HarReadProblem | undefined {
    return this.problem;
  }

  /** Feeds the next piece of text. Returns false once the input is known not to be a readable HAR. */
  push(chunk: string): boolean {
    if (this.problem && this.problem !== 'truncated') return false;
    this.stats.chars += chunk.length;
    let pieceStart = this.capturing && !(this.inString && this.stringCut) ? 0 : -1;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          if (this.stringIsKey) this.keyBuf += chunk[i];
          // A \uXXXX escape: its four hex digits must not be cut apart.
          if (chunk.charCodeAt(i) === 0x75) this.hexLeft = 4;
          i++;
          this.stringKept++;
          continue;
        }
        STRING_STOP.lastIndex = i;
        const m = STRING_STOP.exec(chunk);
        const stop = m ? m.index : n;
        if (this.stringIsKey && this.keyBuf.length < HAR_LIMITS.keyChars)
          this.keyBuf += chunk.slice(i, Math.min(stop, i + HAR_LIMITS.keyChars));
        if (this.capturing && !this.stringCut) {
          const room = Math.max(this.limits.stringChars - this.stringKept, this.hexLeft);
          if (stop - i > room) {
            // Cut here, never inside an escape (the run up to `stop` has none), and drop the rest of the string.
            const keepTo = i + Math.max(0, room);
            this.flushPiece(chunk, pieceStart, keepTo);
            pieceStart = -1;
            this.stringCut = true;
            this.stats.cutStrings++;
          }
        }
        this.stringKept += stop - i;
        this.hexLeft = Math.max(0, this.hexLeft - (stop - i));
        if (!m) {
          i = n;
          break;
        }
        i = stop;
        if (chunk.charCodeAt(i) === 0x5c) {
          this.escape = true;
          if (this.stringCut || this.stringKept + 2 > this.limits.stringChars) {
            if (!this.stringCut && this.capturing) {
              this.flushPiece(chunk, pieceStart, i);
              pieceStart = -1;
              this.stringCut = true;
              this.stats.cutStrings++;
            }
          }
          i++;
          continue;
        }
        // The closing quote.
        this.inString = false;
        if (this.capturing && this.stringCut) {
          this.addPiece('"');
          pieceStart = i + 1;
          this.stringCut = false;
        }
        if (this.stringIsKey) this.keys[this.stack.length - 1] = this.keyBuf;
        i++;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (WS.has(c)) {
        i++;
        continue;
      }
      if (!this.started) {
        if (c !== 0x7b) return this.fail('not-json');
        this.started = true;
      }
      const depth = this.stack.length;
      const atEntries =
        !this.capturing && depth === 3 && this.stack[2] === ARR && this.keys[0] === 'log' && this.keys[1] === 'entries';
      if (atEntries && c !== 0x2c && c !== 0x5d) {
        if (c !== 0x7b) {
          // An entry that is not an object: read over it, counted.
          this.stats.skipped++;
        } else {
          this.capturing = true;
          this.captureDepth = depth;
          this.pieces = [];
          this.captured = 0;
          this.tooBig = false;
          pieceStart = i;
        }
      }
      if (c === 0x22) {
        this.inString = true;
        this.escape = false;
        this.stringKept = 0;
        this.stringCut = false;
        this.hexLeft = 0;
        const top = this.stack.length - 1;
        this.stringIsKey =
          !this.capturing && top >= 0 && top < 2 && this.stack[top] === OBJ && this.expectKey[top] === true;
        this.keyBuf = '';
        i++;
        continue;
      }
      switch (c) {
        case 0x7b: // {
          this.stack.push(OBJ);
          this.expectKey.push(true);
          break;
        case 0x5b: // [
          this.stack.push(ARR);
          this.expectKey.push(false);
          if (this.stack.length === 3 && this.keys[0] === 'log' && this.keys[1] === 'entries') this.sawEntries = true;
          break;
        case 0x7d: // }
        case 0x5d: {
          // ]
          const open = this.stack.pop();
          this.expectKey.pop();
          if (open !== (c === 0x7d ? OBJ : ARR)) return this.fail('malformed');
          if (this.stack.length < 2) this.keys.length = this.stack.length;
          if (this.capturing && this.stack.length === this.captureDepth) {
            this.flushPiece(chunk, pieceStart, i + 1);
            pieceStart = -1;
            this.finishEntry();
          }
          break;
        }
        case 0x3a: // :
          if (this.stack.length) this.expectKey[this.stack.length - 1] = false;
          break;
        case 0x2c: // ,
          if (this.stack.length && this.stack[this.stack.length - 1] === OBJ)
            this.expectKey[this.stack.length - 1] = true;
          break;
        default:
          // Numbers, true, false, null: their characters need no state.
          if (this.stack.length === 0) return this.fail('malformed');
      }
      i++;
    }
    if (this.capturing && pieceStart >= 0) this.flushPiece(chunk, pieceStart, n);
    return true;
  }

  /** The input ended. Sets `error` when it was not a complete HAR. */
  end(): HarReadProblem | undefined {
    if (this.problem) return this.problem;
    if (!this.started) {
      this.fail('not-json');
      return this.problem;
    }
    if (this.stack.length > 0 || this.inString) {
      this.problem = this.sawEntries ? 'truncated' : 'not-har';
      return this.problem;
    }
    if (!this.sawEntries) this.problem = 'not-har';
    return this.problem;
  }

  private fail(problem: HarReadProblem): false {
    this.problem = problem;
    this.capturing = false;
    this.pieces = [];
    return false;
  }

  private addPiece(piece: string): void {
    if (this.tooBig) return;
    this.captured += piece.length;
    if (this.captured > this.limits.entryChars) {
      this.tooBig = true;
      this.pieces = [];
      return;
    }
    this.pieces.push(piece);
  }

  private flushPiece(chunk: string, from: number, to: number): void {
    if (from >= 0 && to > from) this.addPiece(chunk.slice(from, to));
  }

  private finishEntry(): void {
    this.capturing = false;
    const index = this.stats.entries + this.stats.skipped;
    if (this.tooBig) {
      this.stats.skipped++;
      return;
    }
    const text = this.pieces.join('');
    this.pieces = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.stats.skipped++;
      return;
    }
    this.stats.entries++;
    this.onEntry(value, index);
  }
}

/** Whether text starting a file looks like a HAR (a JSON object whose first key is `log`). */
export function looksLikeHar(start: string): boolean {
  return /^\uFEFF?\s*\{\s*"log"\s*:/.test(start);
}
