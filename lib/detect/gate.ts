/**
 * ChatGPT's own word on the image allowance (docs/chatgpt-protocol.md §5): `blocked_features` naming `image_gen`
 * (the gate is closed, with its reset) and the `image_gen` entries of `limits_progress` (how many are left). Read
 * from `conversation/init` in the MAIN world and from a turn's `conversation_detail_metadata` in the isolated one.
 */
import type { LimitProgress } from './bridge.ts';
import type { J } from './page-value.ts';

const IMAGE_GEN = 'image_gen';

/** The image_gen entries of a `limits_progress` list (note its `reset_after`, not `resets_after`). */
export function imageLimits(list: J): LimitProgress[] {
  return (Array.isArray(list) ? list : [])
    .filter((e) => e?.feature_name === IMAGE_GEN)
    .map((e) => ({
      feature_name: IMAGE_GEN,
      ...(typeof e.remaining === 'number' ? { remaining: e.remaining } : {}),
      ...(typeof e.reset_after === 'string' ? { reset_after: e.reset_after.slice(0, 64) } : {}),
    }));
}

/** `blocked_features` names image_gen. */
export function blocksImages(list: J): boolean {
  return Array.isArray(list) && list.some((f) => f?.name === IMAGE_GEN);
}
