/**
 * The store screenshots (`npm run screenshots`, scripts/screenshots.ts) are committed: each listing picture exists,
 * is a PNG at the 1280×800 the Chrome Web Store and Firefox Add-ons take, and the listings name the command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('docs/store/screenshots');
/** Each picture in English and Korean; each listing names its five (docs/store/listing-*.md). */
const EXPECTED = ['1-popup-chatgpt-stop', '2-history', '3-packet', '4-provider-sites']
  .flatMap((n) => [`${n}-en.png`, `${n}-ko.png`])
  .sort();

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store screenshots', () => {
  it('are the four pictures in both languages and nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual(EXPECTED);
  });

  it.each(EXPECTED)('%s is 1280×800', (name) => {
    expect(pngSize(path.join(DIR, name))).toEqual({ width: 1280, height: 800 });
  });

  it('the listings in both languages and the README name the command that makes them', () => {
    for (const doc of ['docs/store/listing-en.md', 'docs/store/listing-ko.md', 'README.md']) {
      expect(readFileSync(doc, 'utf8'), doc).toContain('npm run screenshots');
    }
  });

  it("each listing names five pictures that exist: its own language's four and the other language's popup", () => {
    for (const [lang, other] of [
      ['en', 'ko'],
      ['ko', 'en'],
    ] as const) {
      const named = [
        ...readFileSync(`docs/store/listing-${lang}.md`, 'utf8').matchAll(/`(\d-[a-z-]+-(?:en|ko)\.png)`/g),
      ].map((m) => m[1]);
      expect(named.sort(), lang).toEqual(
        [...EXPECTED.filter((n) => n.endsWith(`-${lang}.png`)), `1-popup-chatgpt-stop-${other}.png`].sort(),
      );
    }
  });
});
