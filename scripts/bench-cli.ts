/**
 * `npm run bench:cli`: the command-line classifier against a plain JSON.parse pass over the same input, in one run
 * (test/bench/cli-bench.ts). Writes the Markdown section to docs/benchmarks-cli.md (1 M lines) and prints it;
 * `npm run bench` appends the same section to its own report.
 *
 *   npm run bench:cli                  1,000,000 lines, then the same log repeated to ~1 GB for peak memory as the
 *                                      input grows (several minutes); rewrites docs/benchmarks-cli.md
 *   npm run bench:cli -- --lines 50000 prints only (add --big for the ~1 GB run too)
 */
import { writeFileSync } from 'node:fs';
import { measureCli, renderCliSection } from '../test/bench/cli-bench.ts';

const i = process.argv.indexOf('--lines');
const lines = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
if (!Number.isInteger(lines) || lines < 1_000) {
  console.error('--lines needs a whole number of at least 1000');
  process.exit(1);
}
const big = lines === 1_000_000 || process.argv.includes('--big');
const results = await measureCli({ lines, big, log: (m) => process.stderr.write(`${m}\n`) });
const options = [
  ...(lines !== 1_000_000 ? [`--lines ${lines}`] : []),
  ...(big && lines !== 1_000_000 ? ['--big'] : []),
];
const section = renderCliSection(results, `npm run bench:cli${options.length ? ` -- ${options.join(' ')}` : ''}`);
if (lines === 1_000_000)
  writeFileSync('docs/benchmarks-cli.md', `# Benchmarks: the command line\n\n${section.replace(/^## .*\n\n/, '')}\n`);
console.log(section);
