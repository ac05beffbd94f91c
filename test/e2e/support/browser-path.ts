/**
 * Which Chromium runs the end-to-end tests: an explicit environment variable, then the usual system installs,
 * then Playwright's own download. Playwright's download cannot work on our machines, so the message names the
 * fix that does.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ENV_VARS = ['LIMIT_LENS_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'] as const;
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface BrowserChoice {
  path: string;
  from: string;
  /** Branded Chrome 137+ ignores --load-extension; those need the CDP loading path. */
  branded: boolean;
}

export function findChromium(): BrowserChoice {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (value) {
      if (!existsSync(value)) throw new Error(`${name}=${value} does not exist.`);
      return { path: value, from: `$${name}`, branded: /google chrome/i.test(value) };
    }
  }
  for (const path of SYSTEM_PATHS) {
    if (existsSync(path)) return { path, from: 'system', branded: /google.chrome/i.test(path) };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, from: 'playwright', branded: false };
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - on Debian/Ubuntu: sudo apt-get install -y chromium   (then /usr/bin/chromium is used), or',
      '  - set LIMIT_LENS_CHROMIUM=/path/to/chromium, or',
      '  - where downloads are allowed: npx playwright install chromium',
    ].join('\n'),
  );
}
