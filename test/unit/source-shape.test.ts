/**
 * `npm run lint` runs scripts/check-source-shape.mjs: no source line over 140 characters, no source file outside
 * test/ over 450 lines. These tests prove the check can fail: the same script, run on a scratch tree with one bad
 * file, must name the file and line and exit 1; on the limits exactly it must pass. Characters, not bytes: a Korean
 * line of 140 characters is 420 bytes in UTF-8 and passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts/check-source-shape.mjs');

function check(cwd: string) {
  const run = spawnSync(process.execPath, [script, '--root', cwd], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('source shape check', { timeout: 30_000 }, () => {
  let scratch = '';
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'limit-lens-shape-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes lines of exactly 140 characters, counted as characters (a Korean line is 420 bytes)', () => {
    write('lib/a.ts', `// ${'한'.repeat(137)}\n`);
    write('test/unit/a.test.ts', `// ${'x'.repeat(137)}\n`);
    const run = check(scratch);
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails on a line of 141 characters anywhere in the source, naming file and line', () => {
    write('lib/a.ts', `export const a = 1;\n// ${'한'.repeat(138)}\n`);
    write('test/unit/b.test.ts', `// ${'x'.repeat(138)}\n`);
    write('components/Ok.tsx', 'export const ok = 1;\n');
    const run = check(scratch);
    expect(run.status).toBe(1);
    expect(run.output).toContain('lib/a.ts:2: 141 characters');
    expect(run.output).toContain('test/unit/b.test.ts:1: 141 characters');
    expect(run.output).not.toContain('components/Ok.tsx');
  });

  it('fails on a source file of 451 lines outside test/, passes 450 and long tests', () => {
    write('lib/ok.ts', lines(450));
    write('test/unit/long.test.ts', lines(900));
    expect(check(scratch).status).toBe(0);
    write('entrypoints/big.ts', lines(451));
    const run = check(scratch);
    expect(run.status).toBe(1);
    expect(run.output).toContain('entrypoints/big.ts: 451 lines');
    expect(run.output).not.toContain('lib/ok.ts');
  });

  it('leaves out captured fixtures, and nothing else', () => {
    write('test/fixtures/dom/page.ts', `// ${'x'.repeat(300)}\n${lines(600)}`);
    expect(check(scratch).status).toBe(0);
    write('test/fixtures-like/page.ts', `// ${'x'.repeat(300)}\n`);
    const run = check(scratch);
    expect(run.status).toBe(1);
    expect(run.output).toContain('test/fixtures-like/page.ts:1: 303 characters');
  });

  it('finds nothing in this repository', () => {
    const run = check(root);
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });
});
