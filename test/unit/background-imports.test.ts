/**
 * Issue 16: the service worker loads everything it imports on every wake-up (Chrome's service workers cannot
 * import() on demand), so what only the options or history pages need stays out of its import graph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Every file and package reachable from `entry` through static imports (type-only imports excluded). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const target = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(file), spec);
        if (/\.(ts|tsx)$/.test(target)) visit(path.normalize(target));
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return { files, packages };
}

describe('what the background loads at wake-up', () => {
  const graph = importGraph('entrypoints/background/index.ts');

  it('reaches the capture path (validate, classify, store, badge)', () => {
    for (const f of [
      'lib/messages/schemas.ts',
      'lib/classify/index.ts',
      'lib/storage/stops-repository.ts',
      'lib/wait/badge.ts',
    ]) {
      expect(graph.files, f).toContain(f);
    }
  });

  it('leaves out the Public Suffix List (tldts): the options page checks custom patterns against it', () => {
    expect(graph.packages).not.toContain('tldts');
    expect(graph.files).not.toContain('lib/providers/public-suffix.ts');
    expect(importGraph('entrypoints/options/main.tsx').files).toContain('lib/providers/public-suffix.ts');
  });
});
