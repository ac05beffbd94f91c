/**
 * Line-oriented input (JSON Lines, plain logs, `curl -i` / `curl -v` output) read chunk by chunk with flat memory:
 * LineSplitter cuts text into lines and caps each one, so a 50 MB line costs its first MAX_LINE_CHARS only;
 * BlockGrouper keeps each HTTP response block (status line, headers, body) together as one unit, so one error is
 * one row, and passes every other line on by itself.
 */

export const MAX_LINE_CHARS = 1024 * 1024;
/** An HTTP block longer than this many lines or characters is closed there. */
const BLOCK_MAX_LINES = 400;
const BLOCK_MAX_CHARS = 256 * 1024;

export interface Line {
  text: string;
  /** From 1. */
  number: number;
  /** Characters dropped past MAX_LINE_CHARS. */
  cutChars: number;
}

/** Splits text chunks into lines (LF or CRLF), each capped at `maxChars`. */
export class LineSplitter {
  private pending: string[] = [];
  private pendingChars = 0;
  private cut = 0;
  private number = 0;

  constructor(
    private readonly onLine: (line: Line) => void,
    private readonly maxChars = MAX_LINE_CHARS,
  ) {}

  push(chunk: string): void {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', from);
      if (nl === -1) {
        this.keep(chunk, from, chunk.length);
        return;
      }
      this.keep(chunk, from, nl);
      this.emit();
      from = nl + 1;
    }
  }

  end(): void {
    if (this.pendingChars > 0 || this.cut > 0) this.emit();
  }

  private keep(chunk: string, from: number, to: number): void {
    if (to <= from) return;
    const room = this.maxChars - this.pendingChars;
    if (room <= 0) {
      this.cut += to - from;
      return;
    }
    const end = Math.min(to, from + room);
    this.pending.push(from === 0 && end === chunk.length ? chunk : chunk.slice(from, end));
    this.pendingChars += end - from;
    this.cut += to - end;
  }

  private emit(): void {
    let text = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    this.number++;
    this.onLine({ text, number: this.number, cutChars: this.cut });
    this.pending = [];
    this.pendingChars = 0;
    this.cut = 0;
  }
}

/** A unit for the classifier: one line, or an HTTP response block read together. */
export interface LineUnit {
  kind: 'line' | 'block';
  text: string;
  /** First line of the unit. */
  number: number;
  cutChars: number;
}

const STATUS_LINE = /^\s*(?:<\s*)?HTTP\/\d(?:\.\d)?\s+\d{3}\b/;
const CURL_VERBOSE = new RegExp(
  String.raw`^\s*(?:\*\s+(?:Trying|Connected|Host|ALPN|SSL|TLS|Server certificate|using HTTP|Request completely sent|Connection #)` +
    String.raw`|>\s+(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s)`,
);

/**
 * Groups lines into units. An HTTP block starts at a status line (`HTTP/1.1 429 …`, `< HTTP/2 429`) or at curl -v's
 * own notes and request lines; it runs through the headers and a body, and ends at the next block, at a blank
 * line after the body, or once a JSON body's braces close.
 */
export class BlockGrouper {
  private block: string[] = [];
  private blockChars = 0;
  private blockStart = 0;
  private blockCut = 0;
  private sawStatus = false;
  private inBody = false;
  private bodyDepth = 0;
  private bodyStarted = false;
  private jsonBody = false;

  constructor(private readonly onUnit: (unit: LineUnit) => void) {}

  push(line: Line): void {
    const t = line.text;
    const startsBlock = STATUS_LINE.test(t) || CURL_VERBOSE.test(t);
    if (this.block.length > 0) {
      // curl -i with a redirect or 100-continue: a second status line belongs to the same block.
      const continues =
        startsBlock &&
        (!this.sawStatus || (STATUS_LINE.test(t) && !this.bodyStarted) || (!this.bodyStarted && /^\s*[<>*]/.test(t)));
      if (startsBlock && !continues) this.close();
      else if (!startsBlock && this.inBody && this.bodyStarted && t.trim() === '' && this.bodyDepth <= 0) {
        this.close();
        return;
      } else {
        this.add(line);
        if (STATUS_LINE.test(t)) this.sawStatus = true;
        this.track(t);
        if (this.block.length >= BLOCK_MAX_LINES || this.blockChars >= BLOCK_MAX_CHARS) this.close();
        else if (this.jsonBody && this.bodyDepth <= 0) this.close();
        return;
      }
    }
    if (startsBlock) {
      this.blockStart = line.number;
      this.add(line);
      this.sawStatus = STATUS_LINE.test(t);
      this.inBody = false;
      this.bodyStarted = false;
      this.jsonBody = false;
      this.bodyDepth = 0;
      return;
    }
    if (t.trim() === '') return;
    this.onUnit({ kind: 'line', text: t, number: line.number, cutChars: line.cutChars });
  }

  end(): void {
    if (this.block.length > 0) this.close();
  }

  private add(line: Line): void {
    this.block.push(line.text);
    this.blockChars += line.text.length + 1;
    this.blockCut += line.cutChars;
  }

  /** Where the headers end (a blank line, or curl -v's lone `<`) and how deep a JSON body's braces are. */
  private track(t: string): void {
    if (!this.inBody) {
      if (this.sawStatus && (t.trim() === '' || /^\s*<\s*$/.test(t))) this.inBody = true;
      return;
    }
    if (!this.bodyStarted && t.trim() === '') return;
    if (!this.bodyStarted && /^\s*[*{}]\s/.test(t) && !/^\s*[{[]\s*"/.test(t)) return; // curl -v notes after the headers
    if (!this.bodyStarted) this.jsonBody = /^\s*[{[]/.test(t);
    this.bodyStarted = true;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x7b || c === 0x5b) this.bodyDepth++;
      else if (c === 0x7d || c === 0x5d) this.bodyDepth--;
      else if (c === 0x22) {
        // Skip a string: braces inside it do not count.
        i++;
        while (i < t.length && t.charCodeAt(i) !== 0x22) i += t.charCodeAt(i) === 0x5c ? 2 : 1;
      }
    }
  }

  private close(): void {
    this.onUnit({ kind: 'block', text: this.block.join('\n'), number: this.blockStart, cutChars: this.blockCut });
    this.block = [];
    this.blockChars = 0;
    this.blockCut = 0;
    this.sawStatus = false;
    this.inBody = false;
    this.bodyStarted = false;
    this.jsonBody = false;
    this.bodyDepth = 0;
  }
}
