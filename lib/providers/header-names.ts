/**
 * Which response headers are evidence of a limit, for the page's own view (provider content script) and the
 * extension's view (webRequest in the background). Names are compared lower-cased. Shipped in a content script:
 * no zod, no dexie.
 */

/** Rate-limit and retry headers, request ids for a support ticket, and the ids that say whose project it was. */
export const LIMIT_HEADER = new RegExp(
  `^(?:${[
    'retry-after(?:-ms)?',
    String.raw`x-ratelimit-[\w-]+`,
    String.raw`ratelimit(?:-[\w-]+)?`,
    String.raw`x-ms-ratelimit-[\w-]+`,
    'openai-organization',
    'openai-project',
    'openai-processing-ms',
    'openai-model',
    'x-request-id',
    'request-id',
    'apim-request-id',
    'x-ms-region',
    'x-ms-deployment-name',
    String.raw`x-openrouter-[\w-]+`,
    'cf-ray',
    'cf-mitigated',
    'content-type',
    'date',
  ].join('|')})$`,
);

/** Never kept, whatever else matches: they carry credentials. */
export const SECRET_HEADER = /^(?:set-cookie|cookie|authorization|proxy-authorization|x-api-key|api-key)$/;

/** The same caps the capture schema enforces (lib/messages/protocol.ts CAPTURE_LIMITS). */
export const HEADER_LIMITS = { count: 40, nameChars: 64, valueChars: 512 } as const;

/** Keeps the limit-relevant headers of a list of name/value pairs, lower-cased, capped. */
export function keepLimitHeaders(pairs: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const [rawName, rawValue] of pairs) {
    const name = rawName.trim().toLowerCase();
    if (name.length > HEADER_LIMITS.nameChars || !LIMIT_HEADER.test(name) || SECRET_HEADER.test(name)) continue;
    const value = String(rawValue).slice(0, HEADER_LIMITS.valueChars);
    if (name in out) {
      out[name] = `${out[name]}, ${value}`.slice(0, HEADER_LIMITS.valueChars);
      continue;
    }
    if (n++ >= HEADER_LIMITS.count) break;
    out[name] = value;
  }
  return out;
}
