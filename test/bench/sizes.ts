/** Bundle sizes of the built extension: raw bytes and gzip (zlib default level 6, as an HTTP server would send). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
  /** Content scripts: the manifest injects it into every chatgpt.com page (else it is registered at runtime for other sites). */
  onChatGpt?: boolean;
}

function row(root: string, rel: string): SizeRow {
  const data = readFileSync(path.join(root, rel));
  return { file: rel, raw: data.byteLength, gzip: gzipSync(data).byteLength };
}

/** Content scripts (what every chatgpt.com page load pays for), then the other bundles for context. */
export function bundleSizes(extensionDir: string): { contentScripts: SizeRow[]; others: SizeRow[] } {
  const csDir = path.join(extensionDir, 'content-scripts');
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; js?: string[] }[];
  };
  const onChatGpt = new Set(
    (manifest.content_scripts ?? [])
      .filter((c) =>
        (c.matches ?? []).some((m) => m.includes('chatgpt.com') || m === '<all_urls>' || m.startsWith('*://*/')),
      )
      .flatMap((c) => c.js ?? []),
  );
  const contentScripts = readdirSync(csDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => path.join('content-scripts', f))
    .map((rel) => ({ ...row(extensionDir, rel), onChatGpt: onChatGpt.has(rel) }))
    // The ones every chatgpt.com page pays for first.
    .sort((a, b) => Number(b.onChatGpt) - Number(a.onChatGpt));
  const others: SizeRow[] = [];
  // The worker, then the pages' plain scripts (the popup's own, popup-view.js; popup.html carries its styles), then chunks.
  const topLevel = listJs(extensionDir, '.').filter((f) => f !== 'background.js');
  for (const rel of ['background.js', ...topLevel, 'popup.html', ...listJs(extensionDir, 'chunks')]) {
    try {
      if (statSync(path.join(extensionDir, rel)).isFile()) others.push(row(extensionDir, rel));
    } catch {
      // Not in this build.
    }
  }
  return { contentScripts, others };
}

function listJs(root: string, dir: string): string[] {
  try {
    return readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}
