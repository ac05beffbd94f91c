import { describe, expect, it } from 'vitest';
import {
  matchesPattern,
  originPermissionOf,
  originPermissionsOf,
  parsePattern,
} from '../../lib/providers/match-pattern.ts';

describe('match patterns', () => {
  it.each([
    ['https://studio.example.com/*', 'https://studio.example.com/create?x=1', true],
    ['https://studio.example.com/*', 'https://other.example.com/', false],
    ['https://*.example.com/*', 'https://example.com/', true],
    ['https://*.example.com/*', 'https://a.b.example.com/x', true],
    ['https://*.example.com/*', 'https://notexample.com/', false],
    ['https://example.com/app/*', 'https://example.com/app/images', true],
    ['https://example.com/app/*', 'https://example.com/other', false],
    ['https://example.com/*', 'http://example.com/', false],
    ['https://EXAMPLE.com/*', 'https://example.COM/x', true],
    ['https://*/*', 'https://anything.test/x', true],
    ['https://example.com/*', 'not a url', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['http://example.com/*', 'not-https'],
    ['*://example.com/*', 'not-https'],
    ['<all_urls>', 'not-https'],
    ['https://*/*', 'any-host'],
    ['https://exa*mple.com/*', 'bad-host'],
    ['https://example.com:8443/*', 'bad-host'],
    ['https://user@example.com/*', 'bad-host'],
    ['https://example.com', 'bad-path'],
    ['https://example.com/ a', 'bad-path'],
    [`https://${'a'.repeat(200)}.com/*`, 'too-long'],
  ])('refuses %j (%s)', (pattern, problem) => {
    expect(parsePattern(pattern)).toEqual({ ok: false, problem });
  });

  it('admits every host only where the manifest asks', () => {
    expect(parsePattern('https://*/*', { allowAnyHost: true }).ok).toBe(true);
  });

  it('asks for the host, not the path', () => {
    expect(originPermissionOf('https://example.com/app/*')).toBe('https://example.com/*');
    expect(originPermissionOf('https://*.example.com/x')).toBe('https://*.example.com/*');
    expect(originPermissionsOf(['https://a.com/x/*', 'https://a.com/y/*', 'bad'])).toEqual(['https://a.com/*']);
  });

  it('matches long paths with many stars in linear time', () => {
    const started = performance.now();
    expect(matchesPattern('https://a.com/*a*a*a*a*a*a*a*a*b', `https://a.com/${'a'.repeat(5000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
