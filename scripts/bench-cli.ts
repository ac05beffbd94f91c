/**
 * `npm run bench:cli`: the command-line classifier against a plain JSON.parse pass over the same input, in one run
 * (test/bench/cli-bench.ts). Writes the Markdown section to docs/benchmarks-cli.md (1 M lines) and prints it;
 * `npm run bench` appends the same section to its own report.
 *
 *   npm run bench:cli                  1,000,000 lines (a few minutes), rewrites docs/benchmarks-cli.md
 *   npm run bench:cli -- --lines 50000 prints only
 */
import { writeFileSync } from 'node:fs';
import { measureCli, renderCliSection } from '../test/bench/cli-bench.ts';

const i = process.argv.indexOf('--lines');
const lines = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
if (!Number.isInteger(lines) || lines < 1_000) {
  console.error('--lines needs a whole number of at least 1000');
  process.exit(1);
}
const results = await measureCli({ lines, log: (m) => process.stderr.write(`${m}\n`) });
const section = renderCliSection(results, `npm run bench:cli${lines !== 1_000_000 ? ` -- --lines ${lines}` : ''}`);
if (lines === 1_000_000)
  writeFileSync('docs/benchmarks-cli.md', `# Benchmarks: the command line\n\n${section.replace(/^## .*\n\n/, '')}\n`);
console.log(section);
