/**
 * `npm run classify`: bundles scripts/classify.ts (and its classifier thread) into plain JavaScript with esbuild,
 * then runs it. Running the TypeScript through tsx works too (`npx tsx scripts/classify.ts`), but tsx's loader
 * thread costs ~60 MB of resident memory and slows start-up; a bundle runs on bare Node, in flat memory.
 * The bundling runs in a child process: esbuild's module, its service's pipes and the bundle's text would
 * otherwise stay in the classifier's own memory (~13 MB of its peak) for the whole run.
 * Each output is written through a temporary file and a rename, so runs side by side never read a half-written one.
 *
 * The npm script sets MALLOC_MMAP_THRESHOLD_ (glibc): V8 compiles the classifier's large Unicode patterns with
 * ~20 MB of short-lived scratch memory; from glibc's main heap that memory is never returned (later allocations
 * pin it), from mmap it is unmapped when freed. Elsewhere the variable means nothing and does no harm.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'node_modules/.cache/limit-lens-classify');

if (process.argv[2] === '--bundle-only') await bundle();
else {
  const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--bundle-only'], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(made.status ?? 1);
  await import(pathToFileURL(path.join(outdir, 'classify.mjs')).href);
}

async function bundle() {
  const { build } = await import('esbuild');
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { classify: 'scripts/classify.ts', 'classify-worker': 'scripts/classify-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'error',
  });
  for (const file of result.outputFiles) {
    let same = false;
    try {
      same = readFileSync(file.path, 'utf8') === file.text;
    } catch {
      same = false;
    }
    if (same) continue;
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}
