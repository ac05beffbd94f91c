/**
 * The shapes of the classifier's rule tables (lib/classify/rules/*), apart from the tables so that each family file
 * and lib/classify/patterns.ts import them without importing each other.
 */
import type { Bucket } from '../../domain/labels.ts';
import type { Family, Kind } from '../kinds.ts';

export type Lang =
  | 'en'
  | 'ko'
  | 'ja'
  | 'zh'
  | 'vi'
  | 'th'
  | 'es'
  | 'fr'
  | 'pt'
  | 'de'
  | 'it'
  | 'id'
  | 'ru'
  | 'tr'
  | 'pl'
  | 'hi'
  | 'ar'
  | 'nl';

export interface WordRule {
  id: string;
  kind: Kind;
  /** Any one of these matching is enough. */
  patterns: RegExp[];
  langs: Lang[];
  /** strong → medium confidence, weak → low. */
  strength: 'strong' | 'weak';
  /** Short, human-readable: shown in the classification's reasons. */
  reason: string;
  /** A bucket the words themselves name (the owner still comes from the origin). */
  bucket?: Bucket;
  /** Which message or page variant this serves. */
  note: string;
}

/**
 * Exact machine codes (error.code, error.type, status, detail.code, or `code: x` / `[code] => x` in pasted
 * bodies). Ordered like WORD_RULES; the first code present wins. An exact code is a high-confidence signal.
 */
export interface CodeRule {
  id: string;
  codes: RegExp;
  kind: Kind;
  bucket?: Bucket;
  reason: string;
  /** The code itself names whose service it is. */
  family?: Family;
  provider?: string;
  note: string;
}

/**
 * Whose service it is. `hosts` match the page's hostname (`path`, when given, its pathname); `words` match text that
 * names a service. The page decides first; then words. Ordered for words: gateways before the upstreams they relay,
 * third parties before OpenAI's own names (an OpenRouter error may quote an upstream OpenAI message).
 */
export interface OriginRule {
  id: string;
  family: Exclude<Family, 'none'>;
  provider?: string;
  hosts?: RegExp;
  path?: RegExp;
  words?: RegExp;
  /**
   * Words that, quoted on another family's page, still name this service (an API error pasted into ChatGPT).
   * Stricter than `words`: ChatGPT's own messages link help.openai.com, which names no API project.
   */
  quotedWords?: RegExp;
  note: string;
}
