/**
 * The release smoke test: what `npm run zip` wrote is what a person installs. Unzip the Chrome package, load it
 * in Chromium, and a ChatGPT stop reaches the popup. Also what the stores reject: remote code, files beyond the
 * size they accept, files that are not part of the extension.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { launchWithExtension } from './support/launch.ts';
import { packagePath, PACKAGE_VERSION, unpack } from './support/packages.ts';
import { playScenario, popupWithStops } from './support/scenario.ts';

test('the Chrome package, unzipped and loaded: a ChatGPT quota stop reaches the popup', async () => {
  const { dir, files } = unpack(packagePath('chrome'));
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as {
    version: string;
    manifest_version: number;
  };
  expect(manifest.version).toBe(PACKAGE_VERSION);
  expect(manifest.manifest_version).toBe(3);

  const launched = await launchWithExtension({ headless: true, locale: 'en-US', extensionDir: dir });
  try {
    await playScenario(launched.context, 'quota');
    const popup = await popupWithStops(async () => {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
      return page;
    }, 1);
    const card = popup.locator('.stop-card').first();
    await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
    await expect(card).toHaveAttribute('data-action', 'wait');
  } finally {
    await launched.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the packages hold only the built extension: no source maps, sources or oversized files, no remote code', () => {
  for (const kind of ['chrome', 'firefox'] as const) {
    const { dir, files } = unpack(packagePath(kind));
    rmSync(dir, { recursive: true, force: true });
    const names = [...files.keys()].filter((n) => !n.endsWith('/'));
    expect(names).toContain('manifest.json');
    expect(names.filter((n) => /\.(map|ts|tsx)$/.test(n) || n.startsWith('node_modules/'))).toEqual([]);
    for (const name of names) expect(files.get(name)!.byteLength, name).toBeLessThan(2 * 1024 * 1024);
    const decoder = new TextDecoder();
    for (const name of names.filter((n) => n.endsWith('.html'))) {
      // Every script a page loads is one of ours in the package (MV3 forbids remote code; the stores check).
      expect(decoder.decode(files.get(name)), name).not.toMatch(/<script[^>]+src=["'](https?:)?\/\//i);
    }
    for (const name of names.filter((n) => n.endsWith('.js'))) {
      expect(decoder.decode(files.get(name)), name).not.toMatch(/import\(\s*["']https?:|importScripts\(\s*["']https?:/);
    }
  }
});

test('the sources package AMO asks for builds what the Firefox package holds: config, lockfile and every source folder', () => {
  const { dir, files } = unpack(packagePath('sources'));
  rmSync(dir, { recursive: true, force: true });
  const names = [...files.keys()];
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'])
    expect(names).toContain(needed);
  for (const folder of ['entrypoints/', 'components/', 'lib/', 'public/'])
    expect(names.some((n) => n.startsWith(folder))).toBe(true);
  expect(names.filter((n) => n.startsWith('node_modules/') || n.startsWith('.output/'))).toEqual([]);
});

/** The backticked names opening each list item of a PRIVACY.md section, e.g. "- `storage` — …". */
function listedPermissions(privacy: string, heading: string): string[] {
  const start = privacy.indexOf(`\n### ${heading}\n`);
  expect(start, `PRIVACY.md has a "${heading}" section`).toBeGreaterThan(-1);
  const section = privacy.slice(start + 1).split(/\n#{2,3} /)[0]!;
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]!).sort();
}

test("PRIVACY.md lists exactly the packaged manifest's permissions, in English and Korean, and names the no-network test", () => {
  const { dir, files } = unpack(packagePath('chrome'));
  rmSync(dir, { recursive: true, force: true });
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as {
    permissions: string[];
    host_permissions: string[];
  };
  const declared = [...manifest.permissions, ...manifest.host_permissions].sort();
  const privacy = readFileSync('PRIVACY.md', 'utf8');
  expect(listedPermissions(privacy, 'Permissions')).toEqual(declared);
  expect(listedPermissions(privacy, '권한')).toEqual(declared);

  // The statement's "nothing is sent" points at a test: that test must exist under that name.
  const title = 'the extension makes no network request of its own';
  expect(privacy.split(`\`${title}\` in \`test/e2e/hardening.spec.ts\``)).toHaveLength(2);
  expect(privacy).toContain(`\`test/e2e/hardening.spec.ts\`의 엔드투엔드 테스트 \`${title}\``);
  expect(readFileSync('test/e2e/hardening.spec.ts', 'utf8')).toContain(`test('${title}'`);
});

test('the store listing: one justification per manifest permission, short descriptions within the 132 characters the form takes', () => {
  const { dir, files } = unpack(packagePath('chrome'));
  rmSync(dir, { recursive: true, force: true });
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as {
    permissions: string[];
    host_permissions: string[];
  };
  const declared = [...manifest.permissions, ...manifest.host_permissions].sort();
  expect(listedPermissions(readFileSync('docs/store/permissions.md', 'utf8'), 'Justifications')).toEqual(declared);
  for (const listing of ['docs/store/listing-en.md', 'docs/store/listing-ko.md']) {
    const lines = readFileSync(listing, 'utf8').split('\n');
    const short = lines[lines.findIndex((l) => /^\*\*(Short description|짧은 설명)\*\*/.test(l)) + 1] ?? '';
    expect(short.length, listing).toBeGreaterThan(20);
    expect(short.length, listing).toBeLessThanOrEqual(132);
  }
});

test('web-ext lint of the Firefox package: no errors, and only the warnings of code that is not ours', () => {
  test.setTimeout(120_000);
  const { dir } = unpack(packagePath('firefox'));
  try {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    });
    const report = JSON.parse(run.stdout) as {
      errors: { code: string }[];
      warnings: { code: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    // Left, with their owners: Preact's innerHTML path (dangerouslySetInnerHTML, which our components never pass)
    // and Zod's JIT behind a Function-constructor probe (the extension's CSP refuses it, so Zod parses without it).
    // Anything else is ours to fix.
    const known = new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']);
    expect(report.warnings.filter((w) => !known.has(w.code)).map((w) => `${w.code} ${w.file ?? ''}`)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
