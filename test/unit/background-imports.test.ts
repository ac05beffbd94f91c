/**
 * Issue 16: the service worker loads everything it imports on every wake-up (Chrome's service workers cannot
 * import() on demand), so what only the options or history pages need stays out of its import graph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../lib/i18n/language-info.ts';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Every file and package reachable from `entry` through static imports (type-only imports excluded); `specifiers`
 * holds the package imports as written (`zod/mini`).
 */
function importGraph(entry: string): { files: Set<string>; packages: Set<string>; specifiers: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const specifiers = new Set<string>();
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
        specifiers.add(spec);
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return { files, packages, specifiers };
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

  it("validates with zod/mini only: the classic API's methods would bring all of Zod (~60 KB more)", () => {
    expect(graph.specifiers).toContain('zod/mini');
    expect([...graph.specifiers].filter((s) => s === 'zod' || (s.startsWith('zod/') && s !== 'zod/mini'))).toEqual([]);
  });

  it("leaves out redaction and the export document: the history page's, which builds the files", () => {
    for (const f of ['lib/export/redact.ts', 'lib/export/json.ts', 'lib/export/index.ts', 'lib/export/pipeline.ts'])
      expect(graph.files, f).not.toContain(f);
    expect([...graph.files].filter((f) => f.startsWith('lib/export/redact/'))).toEqual([]);
    // What an import's message needs is in the worker: the stop schema and the merge plan.
    expect(graph.files).toContain('lib/export/exported-stop.ts');
    const history = importGraph('entrypoints/stop-history/main.tsx').files;
    for (const f of ['lib/export/redact.ts', 'lib/export/json.ts', 'lib/storage/history-query.ts'])
      expect(history, f).toContain(f);
  });

  it('leaves the paste parser to the pages that read pastes: the worker gets the paste read', () => {
    expect(graph.files).not.toContain('lib/evidence/parse-pasted.ts');
    expect(graph.files).toContain('lib/evidence/pasted-stop.ts');
    for (const page of ['entrypoints/paste/main.tsx', 'entrypoints/session/main.tsx'])
      expect(importGraph(page).files, page).toContain('lib/evidence/parse-pasted.ts');
  });

  it('leaves out the history search: the history page queries the database itself', () => {
    expect(graph.files).not.toContain('lib/storage/history-query.ts');
  });

  it("takes only the words it says itself, in every locale, not the pages' words", () => {
    const i18n = [...graph.files].filter((f) => f.startsWith('lib/i18n/')).sort();
    for (const code of UI_LOCALES) expect(i18n, code).toContain(`lib/i18n/${code}/background.ts`);
    // card.ts for its owner names (a separate export: the bundle keeps only those); the provider service's English
    // fallback for a refused custom site reads the English provider words.
    const allowed = /^lib\/i18n\/(?:language-info|background-strings|[\w-]+\/(?:background|card))\.ts$/;
    expect(i18n.filter((f) => !allowed.test(f) && f !== 'lib/i18n/en/settings.ts')).toEqual([]);
  });
});

describe("the pages' bundles", () => {
  it.each([
    'entrypoints/options/main.tsx',
    'entrypoints/session/main.tsx',
    'entrypoints/session/worker.ts',
    'entrypoints/paste/main.tsx',
    'entrypoints/stop-history/main.tsx',
    'entrypoints/popup/main.tsx',
  ])("%s validates with zod/mini only, never Zod's classic API", (entry) => {
    const { specifiers } = importGraph(entry);
    expect([...specifiers].filter((s) => s === 'zod' || (s.startsWith('zod/') && s !== 'zod/mini'))).toEqual([]);
  });
});
