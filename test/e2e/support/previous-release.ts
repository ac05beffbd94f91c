/**
 * Builds a previous release from its git commit, outside the repository: `git archive` of the commit into a
 * temporary folder, its own locked `npm ci`, its own `wxt build --mode e2e`. Nothing is cached in the repository;
 * the caller removes the folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The last commit of version 0.1.0, the first build people loaded (CHANGELOG.md). */
export const PREVIOUS_RELEASE = { version: '0.1.0', commit: 'b6b15c684ad1c7b0c76148424846198767fa25bf' } as const;

export interface PreviousBuild {
  /** The checkout of the commit; remove it when done. */
  root: string;
  /** Its end-to-end build (the test origins granted up front, like the current e2e build). */
  extensionDir: string;
}

export function buildPreviousRelease(commit: string = PREVIOUS_RELEASE.commit): PreviousBuild {
  const root = mkdtempSync(path.join(tmpdir(), 'limit-lens-release-'));
  const run = (cmd: string, args: string[], cwd: string) =>
    execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  try {
    run('git', ['cat-file', '-e', `${commit}^{commit}`], process.cwd());
  } catch {
    throw new Error(`Commit ${commit} is not in this clone (a shallow clone?): run "git fetch --unshallow".`);
  }
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${root}"`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], root);
  run('npx', ['wxt', 'build', '--mode', 'e2e'], root);
  return { root, extensionDir: path.join(root, '.output/chrome-mv3-e2e') };
}
