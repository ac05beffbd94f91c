import type { Classification, ClassifyInput } from '@/lib/domain/labels.ts';
import type { LimitLensDb } from '@/lib/storage/db.ts';

/** What a stop's evidence typically says: a refusal with a stated wait, in the words the classifier reads. */
const SAMPLE_STOP = {
  text: "You've hit the image generation limit for now. It resets in 2 hours and 15 minutes, at 4:30 PM. Try again after that.",
  url: 'https://chatgpt.com/',
  status: 429,
};

/**
 * Readies the capture path when a page says an image turn is under way (`imageTurn`), so the stop that may follow
 * is stored as fast as with a worker that never slept: the database connection is opened, and the classifier is run
 * once on a sample, which compiles its patterns (on a fresh worker the first classification costs ~100 ms; the
 * next ones ~1 ms). Nothing is stored; done once per worker.
 */
export function createCapturePathWarmer(deps: {
  db: LimitLensDb;
  classify: (input: ClassifyInput, options: { now: Date }) => Classification;
}): () => void {
  let warmed = false;
  return () => {
    if (warmed) return;
    warmed = true;
    void deps.db.open().catch(() => {});
    // After this message is answered, so the page's own signal is not held up.
    setTimeout(() => deps.classify(SAMPLE_STOP, { now: new Date() }), 0);
  };
}
