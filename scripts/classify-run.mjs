/**
 * `npm run classify`: bundles scripts/classify.ts (and its classifier thread) into plain JavaScript with esbuild,
 * then runs it. Running the TypeScript through tsx works too (`npx tsx scripts/classify.ts`), but tsx's loader
 * thread costs ~60 MB of resident memory and slows start-up; a bundle runs on bare Node, in flat memory.
 * Each output is written through a temporary file and a rename, so runs side by side never read a half-written one.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'node_modules/.cache/limit-lens-classify');
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
await import(pathToFileURL(path.join(outdir, 'classify.mjs')).href);
