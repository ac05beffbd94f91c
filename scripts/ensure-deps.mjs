// Runs before `npm start` and `npm test` so the README's two commands work on a fresh clone: installs the
// locked dependencies once when they are missing. Plain JavaScript: nothing is installed yet when it runs.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!['wxt', 'vitest', 'biome'].every((bin) => existsSync(`node_modules/.bin/${bin}`))) {
  console.log('Installing dependencies (npm ci) …');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
