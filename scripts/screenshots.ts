/**
 * `npm run screenshots`: the store screenshots (1280×800, what the Chrome Web Store and Firefox Add-ons take), made
 * from the demo so they show the extension as it is today: the built extension in headless Chromium, the local
 * ChatGPT page double replaying a real image-quota stop (scripts/demo-scenes.ts), and the stops every user meets
 * reported as their pages would. Writes docs/store/screenshots/, each in English (-en) and Korean (-ko):
 *   1-popup-chatgpt-stop-*.png  the popup over the ChatGPT page it explains
 *   2-history-*.png             the history with four stops of different owners
 *   3-packet-*.png              the incident packet of the ChatGPT stop
 *   4-provider-sites-*.png      the provider sites settings
 * The English listing shows the English four and the Korean popup; the Korean listing the other way round.
 * Options: --no-build (use the current .output/chrome-mv3). Korean needs a CJK font (fonts-noto-cjk on Debian).
 */
import type { Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { replay, report, scenarios, type Lang } from './demo-scenes.ts';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
const OUT = path.resolve('docs/store/screenshots');
/** Chrome shows an action popup at most 600 px tall; the picture shows what a user sees without scrolling. */
const POPUP = { width: 400, height: 600 } as const;

const written: string[] = [];
async function save(page: Page, name: string) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  written.push(path.relative(process.cwd(), file));
  console.log(`wrote ${written.at(-1)}`);
}

/** The popup as Chrome shows it: open under the toolbar, over the ChatGPT tab that stopped. */
async function popupOverPage(chatgpt: Page, popup: Page, name: string) {
  await chatgpt.setViewportSize(STORE_SIZE);
  const page = (await chatgpt.screenshot()).toString('base64');
  await popup.setViewportSize(POPUP);
  await popup.reload();
  await popup.locator('.stop-card').first().waitFor();
  await popup
    .locator('.seen-text')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  const shot = (await popup.screenshot()).toString('base64');
  const stage = await chatgpt.context().newPage();
  await stage.setViewportSize(STORE_SIZE);
  // Only our two pictures on a blank page: nothing here comes from the network.
  await stage.setContent(`<!doctype html><html><body style="margin:0;overflow:hidden">
    <img alt="" src="data:image/png;base64,${page}" style="position:absolute;inset:0;filter:brightness(.97)">
    <img alt="" src="data:image/png;base64,${shot}" style="position:absolute;top:12px;right:24px;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.12)">
  </body></html>`);
  await stage.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await save(stage, name);
  await stage.close();
}

/** A full page of the extension at the store size, light scheme. */
async function extensionPage(popup: Page, extensionId: string, file: string, name: string, ready: string) {
  const page = await popup.context().newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  await page.locator(ready).first().waitFor();
  return { page, done: () => save(page, name).then(() => page.close()) };
}

async function shoot(locale: 'en-US' | 'ko-KR') {
  const lang = locale.slice(0, 2) as Lang;
  const { launched, popup, chatgpt } = await replay(locale, false);
  try {
    await popupOverPage(chatgpt, popup, `1-popup-chatgpt-stop-${lang}.png`);
    const { extensionId } = launched;
    // The replayed ChatGPT stop is the first one kept; its packet is what a user hands to support.
    const packet = await extensionPage(popup, extensionId, 'packet.html?id=1', `3-packet-${lang}.png`, '.packet-rows');
    await packet.done();
    // Then the other stops every user meets, a minute apart, so the history shows owners side by side.
    const now = Date.now();
    const scenes = Object.entries(scenarios(now));
    for (const [i, [name, payloadOf]] of scenes.entries()) {
      await report(popup, { ...payloadOf(lang), seenAt: now - (scenes.length - i) * 60_000 }, name);
    }
    const history = await extensionPage(
      popup,
      extensionId,
      'stop-history.html',
      `2-history-${lang}.png`,
      `.history-table tbody tr:nth-child(${scenes.length + 1})`,
    );
    await history.done();
    const options = await extensionPage(
      popup,
      extensionId,
      'options.html',
      `4-provider-sites-${lang}.png`,
      '[data-provider="openai-platform"]',
    );
    // The provider sites, from their heading: the general settings above them are not what this picture shows.
    await options.page
      .locator('main.options')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 20));
    await options.done();
  } finally {
    await launched.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run -s build', { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  await shoot('en-US');
  await shoot('ko-KR');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
