/**
 * Imports point one way (docs/architecture.md): `npm test` runs Biome's noImportCycles over the repository, type-only
 * imports included. This test proves that check can fail: the same configuration, run on two files that import each
 * other (by a type-only import, the kind the old protocol ↔ record loop was made of), must report the cycle.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const biome = join(root, 'node_modules/.bin/biome');
const cycleRule = '--only=suspicious/noImportCycles';

function lintCycles(cwd: string) {
  const run = spawnSync(biome, ['lint', cycleRule, '--max-diagnostics=50', '.'], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('import cycle check', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'limit-lens-cycles-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fails on two files that import each other, even by types only', () => {
    cpSync(join(root, 'biome.jsonc'), join(scratch, 'biome.jsonc'));
    mkdirSync(join(scratch, 'lib/a'), { recursive: true });
    mkdirSync(join(scratch, 'lib/b'), { recursive: true });
    writeFileSync(
      join(scratch, 'lib/a/record.ts'),
      "import type { Layer } from '../b/protocol.ts';\nexport interface Rec { layer: Layer }\n",
    );
    writeFileSync(
      join(scratch, 'lib/b/protocol.ts'),
      "import type { Rec } from '../a/record.ts';\nexport type Layer = 'dom';\nexport type Map = { get: Rec };\n",
    );
    const run = lintCycles(scratch);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('noImportCycles');
    expect(run.output).toContain('record.ts');
  });

  it('passes on the same files once the shared shape has moved to a leaf', () => {
    writeFileSync(join(scratch, 'lib/a/layer.ts'), "export type Layer = 'dom';\n");
    writeFileSync(
      join(scratch, 'lib/a/record.ts'),
      "import type { Layer } from './layer.ts';\nexport interface Rec { layer: Layer }\n",
    );
    const run = lintCycles(scratch);
    expect(run.output).not.toContain('noImportCycles');
    expect(run.status).toBe(0);
  });

  it('finds no cycle in this repository', () => {
    const run = lintCycles(root);
    expect(run.output).not.toContain('noImportCycles');
    expect(run.status).toBe(0);
  });
});
