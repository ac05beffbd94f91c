/**
 * Regex source assembled from the word tables (patterns.ts, clock-words.ts): word boundaries, and alternations of
 * many words written so the engine compiles them cheaply. text-regexes.ts builds its regexes with these.
 */

/** A space as messages write it between words and numbers. */
export const SP = '[ \\t\\u00a0]';
export const LATIN = /\p{Script=Latin}/u;
/** Neither a letter nor a digit may touch a Latin word: the boundary, as a character class. */
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Boundaries {
  left?: boolean;
  right?: boolean;
}

/**
 * `shared`: for a regex tried at one position or on a short text (anchored, sticky): all left-bounded (Latin)
 * words in one block behind a single lookbehind, `(?<![\p{L}\p{N}])(?:w1|w2…)`, instead of one per first letter,
 * and one right boundary after the alternation (SHARED_RIGHT). The same match (see wordsSource), with two copies of
 * the letter class instead of one or two per letter: a fresh worker's first classification compiles far less. A
 * scanning regex keeps the per-letter form, which lets the engine reject most positions on their first character.
 */
type SourceOptions = Boundaries & { shared?: boolean };

/**
 * A table word as regex source: spaces match any run of spaces, Latin words get letter boundaries.
 *
 * The left boundary is written after the word's first letter, as a lookbehind over two characters: the same match as
 * `(?<![\p{L}\p{N}])word`, but a source that starts with a literal lets the regex engine reject most positions on
 * their first character, where a leading lookbehind made it try every alternative at every position it scanned
 * (the component and clock regexes of text.ts and text-clocks.ts). `boundaryFirst` builds the plain form, for the
 * test that proves them equal.
 */
export function wordSource(word: string, opts: Boundaries & { boundaryFirst?: boolean } = {}): string {
  const { body, first, right, left } = wordParts(word, opts);
  if (!left) return `${body}${right}`;
  if (opts.boundaryFirst) return `(?<!${LETTER_OR_DIGIT})${body}${right}`;
  return `${first}(?<!${LETTER_OR_DIGIT}.)${body.slice(1)}${right}`;
}

function wordParts(word: string, opts: Boundaries) {
  const body = word.split(' ').map(escapeRe).join(`${SP}+`);
  const first = word[0] ?? '';
  const last = word[word.length - 1] ?? '';
  return {
    body,
    first,
    // A Latin letter is one UTF-16 unit that escapeRe leaves alone, so body[0] is the first letter.
    left: opts.left !== false && LATIN.test(first),
    right: opts.right !== false && LATIN.test(last) ? `(?!${LETTER_OR_DIGIT})` : '',
  };
}

/** A Korean number word not inside a longer Hangul word, the boundary after its first syllable as in wordSource. */
export const hangulWordSource = (w: string): string => `${w[0]}(?<![\\uAC00-\\uD7A3].)${wordSource(w.slice(1))}`;

/** One alternative of {@link wordsSource}: a table word (with its boundaries) and what must follow it, or raw source. */
export type WordAlternative = { word: string; suffix?: string } | { source: string };

/**
 * Alternatives in the order given, for a case-insensitive regex: the same match as `wordSource(w1)…|wordSource(w2)…`,
 * written with few copies of the letter class. Every copy of `[\p{L}\p{N}]` is a large Unicode set the engine
 * compiles (and, case-insensitively, closes over case) on the regex's first use: written per word it made a fresh
 * worker's first classification ~20 times slower. So Latin words are grouped by their first letter, which carries
 * the group's one left boundary, and alternatives in a row that end alike share one right boundary.
 *
 * The order of the alternatives that can match at one position is kept: two words match at the same position only if
 * they start with the same letter (the regex ignores case), and within a group, and within a row, the order is the
 * given one; `(?:a|b)x` tries `ax` then `bx`, as `ax|bx` does.
 */
export function wordsSource(alternatives: readonly WordAlternative[], opts: SourceOptions = {}): string {
  type Part = { core: string; suffix: string } | { group: string; members: { core: string; suffix: string }[] };
  const parts: Part[] = [];
  const groups = new Map<string, Extract<Part, { group: string }>>();
  let sharedRight = false;
  for (const alt of alternatives) {
    if ('source' in alt) {
      parts.push({ core: alt.source, suffix: '' });
      continue;
    }
    const { body, first, left, right } = wordParts(alt.word, opts);
    // Shared: the right boundary is checked once after the whole alternation (SHARED_RIGHT).
    const suffix = (opts.shared ? '' : right) + (alt.suffix ?? '');
    if (opts.shared && right) sharedRight = true;
    if (!left) {
      parts.push({ core: body, suffix });
      continue;
    }
    // Shared: one block (key '') whose members keep their first letter, in the order given.
    const key = opts.shared ? '' : first.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { group: opts.shared ? '' : first, members: [] };
      groups.set(key, group);
      parts.push(group);
    }
    group.members.push({ core: opts.shared ? body : body.slice(1), suffix });
  }
  const runs = (items: readonly { core: string; suffix: string }[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < items.length; ) {
      let j = i;
      while (j < items.length && items[j]!.suffix === items[i]!.suffix) j++;
      const cores = items.slice(i, j).map((x) => x.core);
      const suffix = items[i]!.suffix;
      out.push(suffix ? `(?:${cores.join('|')})${suffix}` : cores.join('|'));
      i = j;
    }
    return out;
  };
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const part = parts[i]!;
    if ('group' in part) {
      const guard = opts.shared ? `(?<!${LETTER_OR_DIGIT})` : `${part.group}(?<!${LETTER_OR_DIGIT}.)`;
      out.push(`${guard}(?:${runs(part.members).join('|')})`);
      i++;
      continue;
    }
    let j = i;
    while (j < parts.length && !('group' in parts[j]!)) j++;
    out.push(...runs(parts.slice(i, j) as { core: string; suffix: string }[]));
    i = j;
  }
  return sharedRight ? `(?:${out.join('|')})${SHARED_RIGHT}` : out.join('|');
}

/**
 * The right boundary of every word at once, after an alternation: a match that ends in a Latin letter is not
 * followed by a letter or digit. Where one word's check fails, the engine backtracks into the alternation and tries
 * the next word, as it does when the check follows each word.
 */
const SHARED_RIGHT = `(?:(?<!\\p{Script=Latin})|(?!${LETTER_OR_DIGIT}))`;

/** Longest first, so "分钟" wins over "分" and "minutes" over "min". */
export function alternation(words: readonly string[], opts?: SourceOptions): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return wordsSource(
    unique.map((word) => ({ word })),
    opts,
  );
}

/** How far around a match the context checks look. */
export const LOOK_BEHIND = 48;
export const LOOK_AHEAD = 32;

/** Words at the end of the text before a match ("resets in"), or at the start of the text after it ("later"). */
export const endAnchored = (alt: string, tail = `${SP}*`): RegExp => new RegExp(`(?:${alt})${tail}$`, 'iu');
export const startAnchored = (alt: string, head = `${SP}*`): RegExp => new RegExp(`^${head}(?:${alt})`, 'iu');
