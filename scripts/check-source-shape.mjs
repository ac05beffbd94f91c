// Keeps the source readable where people edit it: no line over 140 characters in any source file, and no source
// file outside test/ over 450 lines (split it along the lines people edit; docs/architecture.md). Runs in
// `npm run lint`; prints each offence as file:line and exits 1. Characters are counted as Unicode code points, not
// bytes, so a Korean string is measured the way a reader sees it. Plain JavaScript: runs before anything is built.
//
//   node scripts/check-source-shape.mjs [--root <dir>]
//
// test/unit/source-shape.test.ts proves each check fails on a bad file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINE_CHARS = 140;
const MAX_FILE_LINES = 450;

/** Where source lives; test/fixtures holds captured pages and streams, kept byte for byte as recorded. */
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'scripts', 'test', 'utils'];
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', 'fixtures', 'test-results', 'playwright-report']);
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

function* sourceFiles(root, dir) {
  let names;
  try {
    names = readdirSync(join(root, dir)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = dir ? `${dir}/${name}` : name;
    const stat = statSync(join(root, path));
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(name)) yield* sourceFiles(root, path);
    } else if (SOURCE_FILE.test(name)) yield path;
  }
}

/** Every offence under `root`, as `file:line: …` or `file: …` lines. */
function checkSourceShape(root) {
  const problems = [];
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => [...sourceFiles(root, dir)]),
    ...readdirSync(root).filter((name) => SOURCE_FILE.test(name) && statSync(join(root, name)).isFile()),
  ];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    lines.forEach((line, i) => {
      const chars = [...line].length;
      if (chars > MAX_LINE_CHARS) problems.push(`${file}:${i + 1}: ${chars} characters (at most ${MAX_LINE_CHARS})`);
    });
    if (!file.startsWith('test/') && lines.length > MAX_FILE_LINES) {
      problems.push(`${file}: ${lines.length} lines (at most ${MAX_FILE_LINES} outside test/; split it)`);
    }
  }
  return problems;
}

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? process.argv[rootFlag + 1] : process.cwd();
const problems = checkSourceShape(root);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} source shape problem(s): break long strings, comments or regex sources; split long files.`,
  );
  process.exit(1);
}
