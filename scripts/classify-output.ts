/**
 * The command line's rows to stdout (scripts/classify.ts), buffered: one write per ~64 KB, and a promise to wait on
 * when the pipe is full. Each row is encoded into the buffer as it comes, so its string dies young instead of living
 * (and being copied by the collector) until a flush.
 */
export class Out {
  private static readonly SIZE = 64 * 1024;
  private buf = Buffer.allocUnsafeSlow(Out.SIZE);
  private size = 0;
  private drained: Promise<void> | undefined;

  line(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; +1 for the newline.
    const most = s.length * 3 + 1;
    if (this.size + most > Out.SIZE) this.flush();
    if (most > Out.SIZE) {
      this.write(Buffer.from(`${s}\n`));
      return;
    }
    this.size += this.buf.write(s, this.size, 'utf8');
    this.buf[this.size++] = 0x0a;
  }

  /** Rows already joined, each ending in a newline. */
  text(s: string): void {
    if (this.size + s.length * 3 > Out.SIZE) this.flush();
    if (s.length * 3 > Out.SIZE) this.write(Buffer.from(s));
    else this.size += this.buf.write(s, this.size, 'utf8');
  }

  flush(): void {
    if (this.size === 0) return;
    const full = this.buf.subarray(0, this.size);
    // The stream may hold on to what it was given: the next rows go to a fresh buffer.
    this.buf = Buffer.allocUnsafeSlow(Out.SIZE);
    this.size = 0;
    this.write(full);
  }

  private write(bytes: Buffer): void {
    const ok = process.stdout.write(bytes);
    if (!ok && !this.drained)
      this.drained = new Promise((r) => process.stdout.once('drain', () => ((this.drained = undefined), r())));
  }

  get waiting(): Promise<void> | undefined {
    return this.drained;
  }
}
