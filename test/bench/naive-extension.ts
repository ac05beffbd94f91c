/**
 * Condition C, the naive-observer control: a tiny unpacked MV3 extension written to a temp dir at bench time.
 * It does what many page-watching extensions do: one MutationObserver on the whole document at document_start,
 * with subtree, childList and characterData, and per callback a regex test of `document.body.innerText`.
 * It shows what Limit Lens's design (observer disconnected while the network layer reports a turn, the page read
 * once after the turn) avoids. It answers the bench page's `bench-naive:stats` event with its callback count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CONTENT_SCRIPT = `(() => {
  const STOP = /(hit|reached) (the|your|our) [\\w ]{0,40}limit|too many requests|rate limit|try again later/i;
  let callbacks = 0;
  let hits = 0;
  new MutationObserver(() => {
    callbacks++;
    const body = document.body;
    if (body && STOP.test(body.innerText)) hits++;
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  document.addEventListener('bench-naive:stats', () => {
    document.documentElement.setAttribute('data-naive-callbacks', String(callbacks));
  });
})();
`;

export function writeNaiveExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify(
      {
        manifest_version: 3,
        name: 'Naive observer (bench control)',
        version: '1.0.0',
        content_scripts: [{ matches: ['https://chatgpt.com/*'], run_at: 'document_start', js: ['content.js'] }],
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(dir, 'content.js'), CONTENT_SCRIPT);
  return dir;
}
