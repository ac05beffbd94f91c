/**
 * A classifier for logs that repeat one error thousands of times: it keeps the analysis of recent inputs (a
 * bounded least-recently-used memo) and, for each line, reads only what is that line's own: its response headers
 * (a request id, x-ratelimit-reset-*) and the moment it was seen.
 *
 * Why the results are those of classify(), always: classify() is finishAnalysis(analyzeInput(input)). The memo
 * keeps analyzeInput's result, a function of the normalized text, status, URL and route alone, and uses an entry
 * only when all four are equal. Headers, the moment seen and the zone go to finishAnalysis on every call, as in
 * classify(). A varying part inside the text (a request id, a stated wait "in 12.345s") makes a different text:
 * that line is analyzed afresh, never given a neighbour's result.
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

/** What the analysis read besides the text (the map's key), compared field by field: no key string is built. */
function sameRest(a: Analysis['input'], b: NormalInput): boolean {
  return (
    a.truncated === b.truncated &&
    a.status === b.status &&
    a.url === b.url &&
    a.route?.family === b.route?.family &&
    a.route?.provider === b.route?.provider
  );
}

/** The analyses kept for one text (the few inputs that share it differ in status, URL or route). */
interface Entry {
  analyses: Analysis[];
  /** Used since the eviction hand last passed it: it gets a second chance. */
  used: boolean;
}

export class MemoClassifier {
  /**
   * By text, in insertion order. Eviction is a second-chance clock over that order rather than a strict
   * least-recently-used list: a hit only sets a flag. Moving the entry to the end would store that line's own fresh
   * copy of the text as the key, so every hit would promote a young string into the old generation for the
   * collector to copy and sweep.
   */
  private readonly entries = new Map<string, Entry>();
  private count = 0;
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly maxTextChars: number;
  readonly stats = { hits: 0, misses: 0, passed: 0 };

  constructor(options: MemoOptions = {}) {
    this.maxEntries = options.maxEntries ?? 1024;
    this.maxChars = options.maxChars ?? 1024 * 1024;
    this.maxTextChars = options.maxTextChars ?? 16 * 1024;
  }

  /** Same as classify(input, options). */
  classify(raw: ClassifyInput, options: ClassifyOptions = {}): Classification {
    try {
      const input = normalizeInput(raw);
      if (input.text.length > this.maxTextChars) {
        this.stats.passed++;
        return finishAnalysis(analyzeInput(input), input.headers, options);
      }
      const text = input.text;
      const entry = this.entries.get(text);
      let analysis = entry?.analyses.find((a) => sameRest(a.input, input));
      if (analysis) {
        this.stats.hits++;
        entry!.used = true;
      } else {
        this.stats.misses++;
        analysis = analyzeInput(input);
        this.keep(text, entry, analysis);
      }
      return finishAnalysis(analysis, input.headers, options);
    } catch (error) {
      return classifierError(error);
    }
  }

  memoStats(): MemoStats {
    return { ...this.stats, entries: this.count, chars: this.chars };
  }

  private keep(text: string, entry: Entry | undefined, analysis: Analysis): void {
    if (entry) {
      entry.analyses.push(analysis);
      entry.used = true;
    } else {
      this.entries.set(text, { analyses: [analysis], used: false });
      this.chars += text.length;
    }
    this.count++;
    while (this.count > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.entries.entries().next().value;
      if (!oldest) break;
      const [key, e] = oldest;
      this.entries.delete(key);
      if (e.used) {
        // A second chance: to the end of the order, under the key it already had (no new string kept).
        e.used = false;
        this.entries.set(key, e);
        continue;
      }
      this.count -= e.analyses.length;
      this.chars -= key.length;
    }
  }
}
