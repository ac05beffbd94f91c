/** The command line's options (scripts/classify.ts): what each means, and how a wrong one is refused. */

const USAGE = `usage: npm run classify -- [FILE | -] [--now ISO] [--tz ZONE] [--score] [--summary] [--format jsonl|csv] [--jobs N]
  FILE       JSON Lines ({text, status?, headers?, url?, locale?, id?, time?} a line), a plain log or curl -i/-v
             output, or a HAR file; stdin when absent or "-"
  --now      the moment the messages were seen (ISO 8601); clock times resolve from it. Without it, each
             message's own time (a HAR entry's, a record's "time", a log line's timestamp), else the run's start
  --tz       IANA time zone for clock times (default: this machine's)
  --score    compare with each line's "expect" labels and print accuracy and misses
  --summary  counts per owner, bucket and action; when each bucket first and last ran out; the longest stated wait
  --format   jsonl (default) or csv, for the rows
  --jobs     threads for rows of line input (default 1; 2 uses a second core for ~40 MB more memory; auto: 2
             for a file of 64 MB or more; same output, same order)
  --stats    also print throughput and peak memory on stderr (used by npm run bench)`;

export interface Args {
  file?: string;
  now?: Date;
  timeZone?: string;
  score: boolean;
  summary: boolean;
  format: 'jsonl' | 'csv';
  jobs?: number | 'auto';
  stats: boolean;
}

export function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(1);
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { score: false, summary: false, format: 'jsonl', stats: false };
  const optionValue = (a: string, name: string, i: number): [string | undefined, number] =>
    a.includes('=') ? [a.slice(name.length + 1), i] : [argv[i + 1], i + 1];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--score') args.score = true;
    else if (a === '--summary') args.summary = true;
    else if (a === '--stats') args.stats = true;
    else if (is('--now')) {
      const [v, next] = optionValue(a, '--now', i);
      i = next;
      const d = v ? new Date(v) : undefined;
      if (!d || Number.isNaN(d.getTime())) usageError(`--now needs an ISO date, got ${JSON.stringify(v ?? '')}`);
      args.now = d;
    } else if (is('--tz')) {
      const [v, next] = optionValue(a, '--tz', i);
      i = next;
      try {
        new Intl.DateTimeFormat('en', { timeZone: v });
      } catch {
        usageError(`--tz needs an IANA time zone, got ${JSON.stringify(v ?? '')}`);
      }
      if (!v) usageError('--tz needs an IANA time zone');
      args.timeZone = v;
    } else if (is('--format')) {
      const [v, next] = optionValue(a, '--format', i);
      i = next;
      if (v !== 'jsonl' && v !== 'csv') usageError(`--format is jsonl or csv, got ${JSON.stringify(v ?? '')}`);
      args.format = v;
    } else if (is('--jobs')) {
      const [v, next] = optionValue(a, '--jobs', i);
      i = next;
      const n = Number(v);
      if (v === 'auto') args.jobs = 'auto';
      else if (!Number.isInteger(n) || n < 1 || n > 64)
        usageError(`--jobs needs auto or a whole number from 1 to 64, got ${JSON.stringify(v ?? '')}`);
      else args.jobs = n;
    } else if (a.startsWith('--')) usageError(`unknown option ${a}`);
    else if (args.file !== undefined) usageError(`only one input file, got ${a} too`);
    else args.file = a;
  }
  if (args.score && args.summary) usageError('--score and --summary are two different reports: pick one');
  return args;
}
