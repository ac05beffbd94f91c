/**
 * Issue 11: custom site patterns whose wildcard covers sites of many owners (Chrome grants `*.com` as every .com
 * site) or ChatGPT itself are refused. The Public Suffix List comes from tldts.
 */
import { describe, expect, it } from 'vitest';
import { PROVIDER_PRESETS } from '../../lib/providers/presets.ts';
import { isPublicSuffix, wildcardCoversPublicSuffix } from '../../lib/providers/public-suffix.ts';
import { validateCustomProvider } from '../../lib/providers/settings.ts';
import { parsePattern } from '../../lib/providers/match-pattern.ts';

const entry = (pattern: string, field: 'pages' | 'apiHosts' = 'pages') =>
  validateCustomProvider(
    {
      name: 'Mine',
      pages: field === 'pages' ? [pattern] : ['https://studio.example.com/*'],
      apiHosts: field === 'apiHosts' ? [pattern] : [],
      ownerKind: 'provider',
    },
    wildcardCoversPublicSuffix,
  );

describe('custom patterns at or above a public suffix', () => {
  it.each([
    'https://*.com/*',
    'https://*.co.uk/*',
    'https://*.io/*',
    'https://*.vercel.app/*',
    'https://*.github.io/*',
    'https://*.amazonaws.com/*',
    'https://*.s3.amazonaws.com/*',
    'https://*.herokuapp.com/*',
    'https://*.co.kr/*',
  ])('%s is refused, in pages and in API hosts', (pattern) => {
    expect(entry(pattern)).toEqual({ ok: false, problem: { field: 'pages', problem: 'public-suffix', pattern } });
    expect(entry(pattern, 'apiHosts')).toEqual({
      ok: false,
      problem: { field: 'apiHosts', problem: 'public-suffix', pattern },
    });
  });

  it.each([
    'https://*.example.com/*',
    'https://*.openai.azure.com/*',
    'https://*.fal.ai/*',
    'https://*.replicate.com/*',
    'https://myapp.vercel.app/*',
    'https://bucket.s3.amazonaws.com/*',
    'https://studio.example.co.uk/*',
  ])('%s is accepted', (pattern) => {
    expect(entry(pattern).ok).toBe(true);
  });

  it('*.openai.com covers chat.openai.com, so it is reserved like ChatGPT itself', () => {
    expect(entry('https://*.openai.com/*')).toMatchObject({ ok: false, problem: { problem: 'reserved-host' } });
    expect(entry('https://*.chatgpt.com/*')).toMatchObject({ ok: false, problem: { problem: 'reserved-host' } });
    expect(entry('https://platform.openai.com/*').ok).toBe(true);
  });

  it('reads the list from tldts (a change of its trie shape fails here, not silently)', () => {
    expect(isPublicSuffix('com')).toBe(true);
    expect(isPublicSuffix('vercel.app')).toBe(true);
    expect(isPublicSuffix('amazonaws.com')).toBe(false);
    expect(wildcardCoversPublicSuffix('amazonaws.com')).toBe(true);
    expect(wildcardCoversPublicSuffix('core.windows.net')).toBe(true);
    expect(wildcardCoversPublicSuffix('example.com')).toBe(false);
    expect(wildcardCoversPublicSuffix('openai.azure.com')).toBe(false);
  });

  it("no preset's own wildcard would be refused", () => {
    for (const p of PROVIDER_PRESETS) {
      for (const pattern of [...p.pages, ...p.apiHosts]) {
        const parsed = parsePattern(pattern);
        if (parsed.ok && parsed.pattern.subdomains)
          expect(wildcardCoversPublicSuffix(parsed.pattern.host), pattern).toBe(false);
      }
    }
  });
});
