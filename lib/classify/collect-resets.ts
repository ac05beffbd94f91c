/**
 * The resets of a classified stop, in the order they count: structured fields (blocked_features, limits_progress,
 * clears_in, a body's retry delay), then response headers, then the words. Reset parsing lives in lib/reset.
 */
import type { ResetInfo } from '../domain/labels.ts';
import * as reset from '../reset/index.ts';
import type { ResetContext, TextResetPlan } from '../reset/index.ts';
import type { Finding } from './findings.ts';
import { isImageFeature, type Structure } from './structure.ts';

/** What the analysis read from the words: the resets they state, not yet placed in time. */
export interface StatedResetPlans {
  textResets?: TextResetPlan;
  statedResets?: ReadonlyMap<string, TextResetPlan>;
}

/** Reset parsing lives in lib/reset; a failure there must never break classification. */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function collectResets(
  s: Structure,
  headers: Record<string, string> | undefined,
  ctx: ResetContext,
  finding: Finding,
  { textResets, statedResets }: StatedResetPlans,
): ResetInfo[] {
  const found: ResetInfo[] = [];
  const add = (r: ResetInfo | undefined) => {
    if (r) found.push(r);
  };

  const imageBlocked = s.blockedFeatures.length > 0 ? s.blockedFeatures.filter((b) => isImageFeature(b.name)) : [];
  const blocked = imageBlocked.length > 0 || finding.kind === 'image-quota' ? imageBlocked : s.blockedFeatures;
  for (const b of blocked) {
    // resets_after_text ("in 5 hours", "9小时 内") is the stated duration the user was told.
    const stated = b.resetsAfterText ?? b.resetsAfter ?? '';
    const iso = b.resetsAfter;
    if (iso)
      add(
        safely(
          () => reset.resetFromIso(iso, 'blocked_features.resets_after', stated, ctx, statedResets?.get(stated)),
          undefined,
        ),
      );
  }
  // limits_progress counts what is left; its reset matters only when the image quota is what ran out.
  for (const l of finding.kind === 'image-quota' ? s.limitsProgress : []) {
    const iso = l.resetAfter;
    if (!iso || !isImageFeature(l.feature)) continue;
    add(
      safely(() => reset.resetFromIso(iso, 'limits_progress.reset_after', iso, ctx, statedResets?.get(iso)), undefined),
    );
  }
  if (s.clearsIn) {
    const { seconds, stated } = s.clearsIn;
    add(safely(() => reset.resetFromSeconds(seconds, 'clears_in', stated, ctx), undefined));
  }
  for (const d of s.retryDelays) {
    add(safely(() => reset.resetFromSeconds(d.seconds, 'body:retry-delay', d.stated, ctx), undefined));
  }
  if (s.innerHeaders) for (const r of safely(() => reset.resetsFromHeaders(s.innerHeaders, ctx), [])) add(r);
  if (headers) for (const r of safely(() => reset.resetsFromHeaders(headers, ctx), [])) add(r);
  if (textResets) for (const r of safely(() => reset.resolveTextResets(textResets, ctx), [])) add(r);

  if (found.length === 0 || (found.length === 1 && typeof found[0] === 'object')) return found;
  const seen = new Set<string>();
  return found.filter((r) => {
    if (!r || typeof r !== 'object') return false;
    const key = `${r.source}|${r.at ?? ''}|${r.inSeconds ?? ''}|${r.stated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
