/**
 * Stops the extension's service worker the way Chrome stops an idle MV3 worker, and reports its running status
 * afterwards, through DevTools' ServiceWorker domain on a page of the same browser.
 */
import type { BrowserContext } from '@playwright/test';
import { expect } from './extension.ts';

export async function stopBackgroundWorker(context: BrowserContext): Promise<{ status: () => string[] }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) running.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...running.values()]).toContain('running');
  for (const versionId of running.keys()) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await expect.poll(() => [...running.values()]).toEqual(['stopped']);
  return { status: () => [...running.values()] };
}
