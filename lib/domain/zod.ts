/**
 * The one Zod every schema uses (lib/messages/schemas.ts, lib/export/exported-stop.ts, lib/export/json.ts): zod/mini,
 * whose functions a bundle keeps only when used (the classic API's methods bring all of Zod along, JSON Schema
 * included: ~60 KB more in the service worker, which loads its bundle at every wake-up). Configured once here:
 * - English messages, as the classic API has by default (mini has none: a refusal would only say "Invalid input");
 * - jitless: extension pages forbid eval, so Zod must not even try to compile validators with new Function.
 * Background and extension pages only: zod must never be bundled into a content script.
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
z.config({ jitless: true });

export { z };

/** A string of at most `max` characters, with any further checks. */
export const shortText = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(z.maxLength(max), ...checks);

/** A whole number from `min` to `max` (a safe integer, never NaN or Infinity). */
export const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
