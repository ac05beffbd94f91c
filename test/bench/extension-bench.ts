/**
 * The figures that need the built extension's own pages: detection latency (stop in the page → record in the
 * extension's IndexedDB → card in the popup), popup first render with 10,000 stored stops, and the background's
 * heap. Everything runs in one Chromium with Limit Lens, driven from an extension page (popup.html), which has
 * the extension's origin and so can read its IndexedDB directly.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { CONVERSATION_ID } from '../e2e/support/chatgpt-streams.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { BLANK_WORKER_FILE, BLANK_WORKER_PAGE } from './blank-worker.ts';
import { launchBench, type BenchBrowser } from './browser.ts';
import { generateRecords } from './seed.ts';

/** `chrome` as seen from an extension page (the bench does not pull in @types/chrome). */
interface ExtGlobal {
  chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
}

export interface ExtensionSession {
  b: BenchBrowser;
  id: string;
  /** An extension page (popup.html) used to drive the extension's storage. */
  control: Page;
  /** The blank-worker floor extension (test/bench/blank-worker.ts), when loaded beside Limit Lens: its id and page. */
  blank?: { id: string; control: Page };
  close: () => Promise<void>;
}

const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** The host (extension id) of the first running service worker whose script is `file`, waiting up to 15 s. */
async function workerHost(b: BenchBrowser, file: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const w = b.context.serviceWorkers().find((x) => new URL(x.url()).pathname === `/${file}`);
    if (w) return new URL(w.url()).host;
    if (Date.now() > deadline) throw new Error(`harness check failed: no service worker ${file} started`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function openExtensionSession(
  port: number,
  extensionDir: string,
  blankWorkerDir?: string,
): Promise<ExtensionSession> {
  const b = await launchBench({
    port,
    extensions: blankWorkerDir ? [extensionDir, blankWorkerDir] : [extensionDir],
    waitForWorker: true,
  });
  try {
    // With two extensions loaded, the first worker to start may be either: ours is the one running background.js.
    const id = blankWorkerDir ? await workerHost(b, 'background.js') : b.extensionId!;
    // tsx (esbuild keepNames) wraps named functions in __name(...); functions handed to page.evaluate carry
    // those calls into the browser. Only these extension-side pages get the shim; page-cost runs need none.
    await b.context.addInitScript({ content: NAME_SHIM });
    const control = b.context.pages()[0] ?? (await b.context.newPage());
    await control.goto(`chrome-extension://${id}/popup.html`);
    // The background opens (and creates) the database on its first query; raw IndexedDB access comes after.
    await control.evaluate(() =>
      (globalThis as unknown as ExtGlobal).chrome.runtime.sendMessage({ type: 'listStops', payload: { limit: 1 } }),
    );
    let blank: ExtensionSession['blank'];
    if (blankWorkerDir) {
      const blankId = await workerHost(b, BLANK_WORKER_FILE);
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${blankId}/${BLANK_WORKER_PAGE}`);
      blank = { id: blankId, control: page };
    }
    return { b, id, control, ...(blank ? { blank } : {}), close: () => b.close() };
  } catch (error) {
    await b.close();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Detection latency

export interface DetectionSample {
  /** Page-side epoch ms when the page parsed the turn's end ([DONE]): the reference point. */
  done: number;
  /** ms from the tool message (the refusal) to the end of the turn, as the fixture streams it. */
  toolToDone: number;
  /** ms after `done`: the MAIN-world observer's turn-end event, which hands the turn over (page-side). */
  finding: number;
  /** ms after `done`: the record exists in the extension's IndexedDB. */
  stored: number;
  /** ms after `done`: a popup opened as soon as the record existed shows its card. */
  card: number;
  /** ms after `done`: a popup already open during the turn shows the card (NaN: none open (cold), or it never refreshed). */
  live: number;
  /** ms after `done`: the record carries the text the user saw (the isolated script reads it after settleMs). */
  visibleText: number;
  /** Whether the background service worker had been stopped before the turn (cold start). */
  cold: boolean;
}

interface PollResult {
  stored: number;
  card: number;
  live: number;
  seen: number;
}

/** Runs in the extension page: a popup left open before the turn (it refreshes itself when stops change). */
async function openLivePopup(popupUrl: string): Promise<void> {
  document.getElementById('bench-live')?.remove();
  const frame = document.createElement('iframe');
  frame.id = 'bench-live';
  frame.style.cssText = 'width:420px;height:640px;border:0';
  frame.src = popupUrl;
  document.body.append(frame);
  const until = performance.now() + 10_000;
  while (!frame.contentDocument?.querySelector('main') && performance.now() < until)
    await new Promise((r) => setTimeout(r, 5));
}

/**
 * Runs in the extension page: polls IndexedDB for the record; as soon as it exists, opens a second popup and
 * times its card; meanwhile watches the popup left open before the turn for the same card.
 */
async function pollForRecord(args: {
  key: string;
  resetAt: number;
  timeoutMs: number;
  popupUrl: string;
}): Promise<PollResult> {
  const now = () => performance.timeOrigin + performance.now();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const deadline = now() + args.timeoutMs;
  const hasCard = (doc: Document | null | undefined) => {
    for (const c of Array.from(doc?.querySelectorAll('.stop-card[data-reset-at]') ?? [])) {
      if (Math.abs(Date.parse(c.getAttribute('data-reset-at') ?? '') - args.resetAt) < 1000) return true;
    }
    return false;
  };
  const live = document.getElementById('bench-live') as HTMLIFrameElement | null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('limit-lens');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  db.onversionchange = () => db.close();
  const get = () =>
    new Promise<{ visibleText?: string } | undefined>((resolve, reject) => {
      const q = db.transaction('stops', 'readonly').objectStore('stops').index('occurrenceKeys').get(args.key);
      q.onsuccess = () => resolve(q.result as { visibleText?: string } | undefined);
      q.onerror = () => reject(q.error);
    });
  const cardShown = async (): Promise<number> => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:420px;height:640px;border:0';
    frame.src = args.popupUrl;
    document.body.append(frame);
    try {
      while (now() < deadline) {
        if (hasCard(frame.contentDocument)) return now();
        await sleep(1);
      }
      return NaN;
    } finally {
      frame.remove();
    }
  };
  let stored = NaN;
  let seen = NaN;
  let liveAt = NaN;
  let card: Promise<number> | undefined;
  try {
    // Until the record carries the visible text and the open popup showed it (or gave up 2 s later).
    while (now() < deadline && !(seen > 0 && (liveAt > 0 || !live || now() > seen + 2000))) {
      const r = await get();
      if (r && !(stored > 0)) {
        stored = now();
        card = cardShown();
      }
      if (r?.visibleText && !(seen > 0)) seen = now();
      if (live && !(liveAt > 0) && hasCard(live.contentDocument)) liveAt = now();
      await sleep(1);
    }
    return { stored, seen, live: liveAt, card: card ? await card : NaN };
  } finally {
    db.close();
    live?.remove();
  }
}

/** A CDP session to the extension's service worker (Playwright only opens sessions to pages, so this relays). */
async function withWorker<T>(
  s: ExtensionSession,
  fn: (call: (method: string, params?: object) => Promise<unknown>) => Promise<T>,
): Promise<T> {
  const cdp: CDPSession = await s.b.context.newCDPSession(s.control);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.id}/`));
    if (!sw) throw new Error('the extension service worker is not running');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as {
      sessionId: string;
    };
    let next = 0;
    const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (ev: { sessionId?: string; message: string }) => {
      if (ev.sessionId !== sessionId) return;
      const m = JSON.parse(ev.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id !== undefined) waiting.get(m.id)?.(m);
    });
    const call = (method: string, params: object = {}) =>
      new Promise<unknown>((resolve, reject) => {
        const id = ++next;
        waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
        cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch(reject);
      });
    try {
      return await fn(call);
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Stops the background service worker (of Limit Lens, or of the extension `id`), as Chromium does after 30 s idle;
 * the next message starts it again.
 */
export async function stopWorker(s: ExtensionSession, id = s.id): Promise<void> {
  const cdp = await s.b.context.newCDPSession(s.control);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`));
    if (sw) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function measureDetection(s: ExtensionSession, rep: number, cold: boolean): Promise<DetectionSample> {
  const tag = `r${rep}${cold ? 'c' : 'w'}`;
  // Distinct reset windows, so each repetition makes its own record instead of counting as a repeat.
  const resetAt = Math.floor(Date.now() / 1000) * 1000 + (2 + rep * 2 + (cold ? 1 : 0)) * 3600_000;
  const page = await s.b.context.newPage();
  try {
    await page.goto(`https://chatgpt.com/c/${CONVERSATION_ID}`);
    await page.waitForFunction(
      () => (window as unknown as { __bench?: { ready: boolean } }).__bench?.ready === true,
      undefined,
      {
        timeout: 10_000,
      },
    );
    if (cold) {
      await stopWorker(s);
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(300);
    // The cold case keeps no popup open during the turn, as before the popup stopped asking the worker (its
    // figures stay comparable with earlier runs).
    if (!cold) await s.control.evaluate(openLivePopup, `chrome-extension://${s.id}/popup.html`);
    const poll = s.control.evaluate(pollForRecord, {
      key: `msg:tool-quota-${tag}`,
      resetAt,
      timeoutMs: 10_000,
      popupUrl: `chrome-extension://${s.id}/popup.html`,
    });
    await s.control.waitForTimeout(50);
    const t = await page.evaluate(
      (o) =>
        (
          window as unknown as { __bench: { turn: (o: unknown) => Promise<{ doneEpoch: number; toolEpoch: number }> } }
        ).__bench.turn(o),
      { scenario: 'quota', tag, resetsAt: resetAt },
    );
    const p = await poll;
    // The MAIN world hands the turn over at its end; the isolated script assembles the finding from it.
    const findingEpoch = await page.evaluate(
      () => (window as unknown as { __bench: { bridge: { turnEndEpoch: number } } }).__bench.bridge.turnEndEpoch,
    );
    const sample: DetectionSample = {
      done: t.doneEpoch,
      toolToDone: t.doneEpoch - t.toolEpoch,
      finding: findingEpoch ? findingEpoch - t.doneEpoch : NaN,
      stored: p.stored - t.doneEpoch,
      card: p.card - t.doneEpoch,
      live: p.live - t.doneEpoch,
      visibleText: p.seen - t.doneEpoch,
      cold,
    };
    if (!Number.isFinite(sample.stored) || !Number.isFinite(sample.card) || !Number.isFinite(sample.visibleText)) {
      throw new Error(
        `harness check failed: the quota stop of repetition ${rep} was not stored and shown within 10 s (${JSON.stringify(sample)})`,
      );
    }
    return sample;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Message → stored, Limit Lens's worker beside a blank one (the floor)

/** ms from an extension page's `capture` message to its worker's answer, given once the record was written. */
export interface MessageStoredSample {
  worker: 'ours' | 'blank';
  cold: boolean;
  ms: number;
}

/**
 * Sends one `capture` (a ChatGPT image-quota refusal with this repetition's own occurrence key) from the
 * extension's own page to its worker and times the answer, which both workers give after the write committed.
 * The same message, sender and timing for Limit Lens and for the blank worker: cold − warm of the blank one is
 * what Chromium costs to start a worker, the rest of ours is our start-up.
 */
export async function measureMessageStored(
  s: ExtensionSession,
  worker: 'ours' | 'blank',
  cold: boolean,
  rep: number,
): Promise<MessageStoredSample> {
  const target = worker === 'ours' ? { id: s.id, control: s.control } : s.blank;
  if (!target) throw new Error('harness check failed: the blank worker extension is not loaded');
  // Warm: a real request first, so the worker is running (the blank one answers nothing but captures).
  if (cold) await stopWorker(s, target.id);
  else await sendCapture(target.control, rep, 'warm-up');
  await target.control.waitForTimeout(300);
  const r = await sendCapture(target.control, rep, cold ? 'cold' : 'warm');
  if (!r.ok) throw new Error(`harness check failed: the ${worker} worker did not store the capture (${r.message})`);
  return { worker, cold, ms: r.ms };
}

async function sendCapture(
  page: Page,
  rep: number,
  tag: string,
): Promise<{ ok: boolean; ms: number; message?: string }> {
  return page.evaluate(
    async ({ rep, tag }) => {
      const seenAt = Date.now();
      const payload = {
        // A site of its own: these records never group with (or absorb) the detection runs' ChatGPT stops.
        site: 'bench.example',
        url: 'https://bench.example/c/message-stored',
        layer: 'network',
        kinds: ['image-tool-error'],
        evidence: `You've hit the image generation limit for now. It resets in ${2 + (rep % 20)} hours. [${tag} ${rep} ${seenAt}]`,
        evidenceTruncated: false,
        occurrenceKeys: [`msg:bench-message-stored-${tag}-${rep}-${seenAt}`],
        seenAt,
      };
      const t0 = performance.now();
      const r = (await (globalThis as unknown as ExtGlobal).chrome.runtime.sendMessage({ type: 'capture', payload })) as
        | { ok: boolean; message?: string }
        | undefined;
      return { ok: r?.ok === true, ms: performance.now() - t0, message: r?.message };
    },
    { rep, tag },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Popup first render, background heap

/** ms from the popup's navigation start to the first stop card in the DOM, and to the next frame after it. */
export interface PopupSample {
  firstCard: number;
  firstCardFrame: number;
  cards: number;
}

/** The page the popup is compared with: an extension page with nothing to read, which shows one empty card at once. */
export const BLANK_PAGE = 'bench-blank.html';

/**
 * Writes the floor page into the bench's private copy of the extension: one module script that puts an empty
 * `.stop-card` in the page, so it is timed exactly as the popup is (same tab, same observer, same frame).
 */
export function writeBlankPage(extensionDir: string): void {
  writeFileSync(
    path.join(extensionDir, BLANK_PAGE),
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title>' +
      '<script type="module" src="/bench-blank.js"></script></head><body><div id="app"></div></body></html>\n',
  );
  writeFileSync(
    path.join(extensionDir, 'bench-blank.js'),
    "const card = document.createElement('div');\ncard.className = 'stop-card';\ndocument.getElementById('app').append(card);\n",
  );
}

/**
 * Opens `page` (the popup unless told) in a tab and times its first card. `worker`: 'warm' wakes the background
 * first (a real request), 'cold' stops it first as Chrome does after 30 s idle, 'as-is' leaves it as it is.
 */
export async function measurePopup(
  s: ExtensionSession,
  opts: { page?: string; worker?: 'warm' | 'cold' | 'as-is' } = {},
): Promise<PopupSample> {
  const worker = opts.worker ?? 'as-is';
  if (worker === 'warm') await storedTotal(s);
  if (worker === 'cold') {
    await stopWorker(s);
    await s.control.waitForTimeout(300);
  }
  const page = await s.b.context.newPage();
  try {
    await page.setViewportSize({ width: 420, height: 640 });
    await page.addInitScript(() => {
      const w = window as unknown as { __firstCard?: number; __firstCardFrame?: number };
      new MutationObserver((_, obs) => {
        if (w.__firstCard === undefined && document.querySelector('.stop-card')) {
          w.__firstCard = performance.now();
          obs.disconnect();
          requestAnimationFrame(() => (w.__firstCardFrame = performance.now()));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${s.id}/${opts.page ?? 'popup.html'}`);
    await page.waitForFunction(
      () => (window as unknown as { __firstCardFrame?: number }).__firstCardFrame !== undefined,
      undefined,
      {
        timeout: 15_000,
      },
    );
    return await page.evaluate(() => {
      const w = window as unknown as { __firstCard: number; __firstCardFrame: number };
      return {
        firstCard: w.__firstCard,
        firstCardFrame: w.__firstCardFrame,
        cards: document.querySelectorAll('.stop-card').length,
      };
    });
  } finally {
    await page.close();
  }
}

/** Bulk-puts records straight into the extension's IndexedDB from its own page (the capture path would merge them). */
export async function seedRecords(s: ExtensionSession, records: StopRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    await s.control.evaluate(
      async (batch) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('limit-lens');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        try {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('stops', 'readwrite');
            const store = tx.objectStore('stops');
            for (const r of batch) store.put(r);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        } finally {
          db.close();
        }
      },
      records.slice(i, i + 500),
    );
  }
}

export async function storedTotal(s: ExtensionSession): Promise<number> {
  const r = (await s.control.evaluate(() =>
    (globalThis as unknown as ExtGlobal).chrome.runtime.sendMessage({ type: 'listStops', payload: { limit: 1 } }),
  )) as { total: number };
  return r.total;
}

export interface HeapSample {
  /** bytes of the worker's JS heap in use, as found and after a forced garbage collection. */
  used: number;
  usedAfterGc: number;
  total: number;
}

export async function workerHeap(s: ExtensionSession): Promise<HeapSample> {
  // Wake the worker (it may have been stopped after 30 s idle) with a real request first.
  await storedTotal(s);
  return withWorker(s, async (call) => {
    const before = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await call('HeapProfiler.collectGarbage');
    const after = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return { used: before.usedSize, usedAfterGc: after.usedSize, total: after.totalSize };
  });
}

export { generateRecords };
