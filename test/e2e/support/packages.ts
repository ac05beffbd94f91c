/**
 * The packages `npm run zip` writes (WXT's zip, named from package.json's name and version) and unpacking one the
 * way a person loading the zip would.
 */
import { unzipSync } from 'fflate';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { name: string; version: string };

export const PACKAGE_VERSION = pkg.version;

export function packagePath(kind: 'chrome' | 'firefox' | 'sources'): string {
  return path.resolve('.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
}

/** Unzips a package into a fresh temporary folder and returns it; the file names and bytes as the zip holds them. */
export function unpack(zipPath: string): { dir: string; files: Map<string, Uint8Array> } {
  if (!existsSync(zipPath)) throw new Error(`No package at ${zipPath}: run "npm run zip" first.`);
  const files = new Map(Object.entries(unzipSync(readFileSync(zipPath))));
  const dir = mkdtempSync(path.join(tmpdir(), 'limit-lens-package-'));
  for (const [name, bytes] of files) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`Zip entry outside its folder: ${name}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return { dir, files };
}
