import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import { MANUAL_SELECTION_KIND, pageOf, saveSelection, selectionCapture } from '../../lib/evidence/manual-capture.ts';
import { CAPTURE_LIMITS } from '../../lib/domain/shapes.ts';
import { capturePayloadSchema } from '../../lib/messages/schemas.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();

const SEEN = Date.parse('2026-11-27T10:00:00Z');
const QUOTA =
  "You've hit the Plus plan limit for image generations requests. You can create more images when the limit resets in 3 hours.";
const IPM =
  'Rate limit reached for gpt-image-1 in organization org-abc on images per minute (IPM): Limit 5, ' +
  'Used 5, Requested 1. Please try again in 12s.';

describe('selectionCapture', () => {
  it('makes a manual capture of the selection on the page it was chosen on (no query kept)', () => {
    const made = selectionCapture({
      selectionText: `  ${IPM}\n`,
      pageUrl: 'https://github.com/org/repo/issues/1?token=secret#x',
      seenAt: SEEN,
    });
    expect(made?.capture).toMatchObject({
      site: 'github.com',
      url: 'https://github.com/org/repo/issues/1',
      layer: 'manual',
      kinds: [MANUAL_SELECTION_KIND],
      evidence: IPM,
      visibleText: IPM,
      evidenceTruncated: false,
      seenAt: SEEN,
    });
    expect(made?.capture.occurrenceKeys[0]).toMatch(/^sel:/);
    expect(made?.input).toEqual({ text: IPM, url: 'https://github.com/org/repo/issues/1' });
  });

  it('caps the evidence and the seen text like a page capture, without splitting a character', () => {
    const long = `${'a'.repeat(CAPTURE_LIMITS.evidenceChars - 1)}😀${'b'.repeat(100)}`;
    const made = selectionCapture({ selectionText: long, pageUrl: 'https://example.com/', seenAt: SEEN })!;
    expect(made.capture.evidence.length).toBe(CAPTURE_LIMITS.evidenceChars - 1);
    expect(made.capture.evidenceTruncated).toBe(true);
    expect(made.capture.visibleText!.length).toBe(CAPTURE_LIMITS.visibleTextChars);
  });

  it('nothing but white space is not a capture', () => {
    expect(selectionCapture({ selectionText: ' \n\t', pageUrl: 'https://example.com/', seenAt: SEEN })).toBeUndefined();
    expect(selectionCapture({ pageUrl: 'https://example.com/', seenAt: SEEN })).toBeUndefined();
  });

  it('a ChatGPT conversation page gives its conversation id; odd pages get the manual site', () => {
    expect(pageOf('https://chatgpt.com/c/6A0F1111-2222-3333-4444-555555550C11')).toMatchObject({
      site: 'chatgpt.com',
      conversationId: '6a0f1111-2222-3333-4444-555555550c11',
    });
    expect(pageOf('file:///home/me/log.txt')).toEqual({ site: 'manual', url: 'file:///home/me/log.txt' });
    expect(pageOf('not a url')).toEqual({ site: 'manual', url: 'manual:selection' });
    expect(pageOf(undefined)).toEqual({ site: 'manual', url: 'manual:selection' });
    expect(pageOf('http://[::1]:8080/x').site).toBe('manual');
  });

  it('the same selection on the same page is the same occurrence; elsewhere it is another', () => {
    const key = (text: string, url: string) =>
      selectionCapture({ selectionText: text, pageUrl: url, seenAt: SEEN })!.capture.occurrenceKeys[0];
    expect(key(QUOTA, 'https://chatgpt.com/c/x')).toBe(key(` ${QUOTA} `, 'https://chatgpt.com/c/x?y=1'));
    expect(key(QUOTA, 'https://chatgpt.com/c/x')).not.toBe(key(QUOTA, 'https://chatgpt.com/c/y'));
  });

  it('fits what the stored record expects (the capture schema, apart from the manual layer)', () => {
    const { capture } = selectionCapture({ selectionText: QUOTA, pageUrl: 'https://chatgpt.com/c/x', seenAt: SEEN })!;
    expect(capturePayloadSchema.safeParse({ ...capture, layer: 'dom' }).success).toBe(true);
  });
});

describe('saveSelection', () => {
  it('classifies with the page as the origin: a ChatGPT cap selected on chatgpt.com', async () => {
    const db = openDb();
    const r = await saveSelection(
      { db, classify },
      { selectionText: QUOTA, pageUrl: 'https://chatgpt.com/c/x', seenAt: SEEN },
    );
    expect(r).toMatchObject({ ok: true, outcome: 'created' });
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({
      owner: 'chatgpt-app',
      action: 'wait',
      site: 'chatgpt.com',
      evidence: { layer: 'manual' },
    });
  });

  it('an API rate limit selected in an issue thread', async () => {
    const db = openDb();
    await saveSelection(
      { db, classify },
      { selectionText: IPM, pageUrl: 'https://github.com/o/r/issues/1', seenAt: SEEN },
    );
    expect(await db.stops.toArray()).toMatchObject([{ owner: 'openai-api', bucket: 'api-images-per-minute' }]);
  });

  it('text the classifier cannot place is still saved, as unknown, with the classifier’s reasons', async () => {
    const db = openDb();
    const r = await saveSelection(
      { db, classify },
      { selectionText: 'Something went wrong, sorry.', pageUrl: 'https://example.com/app', seenAt: SEEN },
    );
    expect(r).toMatchObject({ ok: true, outcome: 'created' });
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({ owner: 'unknown', visibleText: 'Something went wrong, sorry.' });
    expect(stop!.classification.reasons.length).toBeGreaterThan(0);
  });

  it('saving the same selection again finds the stored stop instead of adding one', async () => {
    const db = openDb();
    const click = { selectionText: QUOTA, pageUrl: 'https://chatgpt.com/c/x', seenAt: SEEN };
    const first = await saveSelection({ db, classify }, click);
    const again = await saveSelection({ db, classify }, { ...click, seenAt: SEEN + 60_000 });
    expect(again).toMatchObject({ ok: true, outcome: 'merged', id: (first as { id: number }).id });
    const stops = await db.stops.toArray();
    expect(stops).toHaveLength(1);
    expect(stops[0]!.lastSeenAt).toBe(SEEN + 60_000);
  });

  it('an empty selection saves nothing', async () => {
    const db = openDb();
    expect(
      await saveSelection({ db, classify }, { selectionText: '   ', pageUrl: 'https://example.com/', seenAt: SEEN }),
    ).toMatchObject({ ok: false, reason: 'empty' });
    expect(await db.stops.count()).toBe(0);
  });
});
