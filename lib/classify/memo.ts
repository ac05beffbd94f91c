/**
 * A classifier for logs that repeat one error thousands of times: it keeps the analysis of recent inputs (a
 * bounded least-recently-used memo) and places only the resets in time for each line's own moment.
 *
 * Why the results are those of classify(), always: the memo holds analyzeInput's result, which is a function of
 * the normalized input alone (text, status, headers in their order, URL, route), and the key spells out every one
 * of those exactly. What varies from line to line outside the input — the time it was seen, the zone — goes to
 * finishAnalysis on every call, as in classify(). Varying parts inside the text (a request id, a stated wait) make
 * a different key: such a line is analyzed afresh, never given a neighbour's result.
 * test/unit/classify-memo.test.ts compares both paths on every fixture and on a generated log.
 */
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import {
  analyzeInput,
  classifierError,
  finishAnalysis,
  normalizeInput,
  type Analysis,
  type ClassifyOptions,
  type NormalInput,
} from './index.ts';

export interface MemoOptions {
  /** Inputs kept at most. */
  maxEntries?: number;
  /** Characters of texts kept at most (an analysis holds about as much again): bounds memory, not just count. */
  maxChars?: number;
  /** Inputs with more text than this are classified without the memo. */
  maxTextChars?: number;
}

export interface MemoStats {
  hits: number;
  misses: number;
  /** Inputs too large to keep. */
  passed: number;
  entries: number;
  chars: number;
}

/** Everything but the text, compared field by field (the text is the map's key): no key string is built. */
function sameRest(a: NormalInput, b: NormalInput): boolean {
  if (a.truncated !== b.truncated || a.status !== b.status || a.url !== b.url) return false;
  if (a.route?.family !== b.route?.family || a.route?.provider !== b.route?.provider) return false;
  if (!a.headers || !b.headers) return a.headers === b.headers;
  const an = Object.keys(a.headers);
  const bn = Object.keys(b.headers);
  if (an.length !== bn.length) return false;
  for (let i = 0; i < an.length; i++) {
    const name = an[i]!;
    // Same names in the same order (resets from headers are listed in it), same values.
    if (name !== bn[i] || a.headers[name] !== b.headers[name]) return false;
  }
  return true;
}

export class MemoClassifier {
  /** By text; the few inputs that share one text differ in status, URL or headers. Least recently used first. */
  private readonly entries = new Map<string, Analysis[]>();
  private count = 0;
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly maxTextChars: number;
  readonly stats = { hits: 0, misses: 0, passed: 0 };

  constructor(options: MemoOptions = {}) {
    this.maxEntries = options.maxEntries ?? 4096;
    this.maxChars = options.maxChars ?? 4 * 1024 * 1024;
    this.maxTextChars = options.maxTextChars ?? 16 * 1024;
  }

  /** Same as classify(input, options). */
  classify(raw: ClassifyInput, options: ClassifyOptions = {}): Classification {
    try {
      const input = normalizeInput(raw);
      if (input.text.length > this.maxTextChars) {
        this.stats.passed++;
        return finishAnalysis(analyzeInput(input), options);
      }
      const text = input.text;
      const same = this.entries.get(text);
      let analysis = same?.find((a) => sameRest(a.input, input));
      if (analysis) {
        this.stats.hits++;
        // Most recently used last: Map keeps insertion order, so the first text is the one to drop.
        this.entries.delete(text);
        this.entries.set(text, same!);
      } else {
        this.stats.misses++;
        analysis = analyzeInput(input);
        this.keep(text, same, analysis);
      }
      return finishAnalysis(analysis, options);
    } catch (error) {
      return classifierError(error);
    }
  }

  memoStats(): MemoStats {
    return { ...this.stats, entries: this.count, chars: this.chars };
  }

  private keep(text: string, same: Analysis[] | undefined, analysis: Analysis): void {
    if (same) {
      this.entries.delete(text);
      same.push(analysis);
    } else this.chars += text.length;
    this.entries.set(text, same ?? [analysis]);
    this.count++;
    while (this.count > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.entries.entries().next().value;
      if (!oldest) break;
      this.entries.delete(oldest[0]);
      this.count -= oldest[1].length;
      this.chars -= oldest[0].length;
    }
  }
}
