/** What the figures were measured on: they only mean something next to the machine and the build. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../e2e/support/browser-path.ts';

export interface Machine {
  date: string;
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  loadAvg: string;
  node: string;
  chromium: string;
  playwright: string;
  commit: string;
}

function quiet(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const browser = findChromium();
  const pw = JSON.parse(readFileSync(path.resolve('node_modules/@playwright/test/package.json'), 'utf8')) as {
    version: string;
  };
  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = quiet('git', ['status', '--porcelain']) ? ' (with uncommitted changes)' : '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAvg: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / '),
    node: process.version,
    chromium: `${quiet(browser.path, ['--version']) || 'unknown version'} (${browser.path}, ${browser.from})`,
    playwright: pw.version,
    commit: commit ? `${commit}${dirty}` : 'unknown',
  };
}

/** The coordinator's default settle delay, read from its source so the report follows the product. */
export function settleMsFromSource(): number {
  try {
    const src = readFileSync(path.resolve('lib/detect/capture-coordinator.ts'), 'utf8');
    const m = /settleMs\s*\?\?\s*(\d+)/.exec(src);
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}
