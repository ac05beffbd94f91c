/** The latest image allowance each site reported; an older report never replaces a newer one. */
import type { ProgressReport } from '../domain/shapes.ts';
import type { LimitLensDb } from './db.ts';
import type { AllowanceSnapshot } from '../domain/shapes.ts';

/** One snapshot per site and feature: a newer report replaces the older one under the same key. */
export function allowanceKey(site: string, feature: string): string {
  return `${site}|${feature}`;
}

export async function saveProgress(db: LimitLensDb, report: ProgressReport): Promise<number> {
  const snapshots: AllowanceSnapshot[] = report.progress.map((p) => ({
    key: allowanceKey(report.site, p.feature_name),
    site: report.site,
    feature: p.feature_name,
    ...(p.remaining !== undefined ? { remaining: p.remaining } : {}),
    ...(p.reset_after ? { resetAfter: p.reset_after } : {}),
    source: 'limits_progress',
    endpoint: report.endpoint,
    seenAt: report.seenAt,
  }));
  return db.transaction('rw', db.allowances, async () => {
    let saved = 0;
    for (const s of snapshots) {
      const existing = await db.allowances.get(s.key);
      if (existing && existing.seenAt > s.seenAt) continue;
      await db.allowances.put(s);
      saved++;
    }
    return saved;
  });
}

export function listAllowances(db: LimitLensDb, site: string): Promise<AllowanceSnapshot[]> {
  return db.allowances.where('site').equals(site).toArray();
}
