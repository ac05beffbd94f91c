/**
 * `npm start`: builds the extension and opens Chromium with it loaded on a local page that replays a real
 * ChatGPT image-quota stop (chatgpt.com is served from the bundled page double; nothing reaches the network),
 * then shows the popup. Without a display, or with --headless, it writes screenshots of the popup in English and
 * Korean to docs/screenshots/ instead: the replayed stop, then three stops every user meets (a Free-plan image cap
 * whose banner offers an upgrade, a cooldown, an OpenAI API images-per-minute 429), each captured as the page would
 * report it and classified by the extension itself.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Launched } from '../test/e2e/support/launch.ts';
import { replay, report, scenarios, type Lang } from './demo-scenes.ts';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
const skipBuild = process.argv.includes('--no-build');
const SCREENSHOTS = path.resolve('docs/screenshots');

/** One popup screenshot per scenario: the stop is reported to the background as its page would report it. */
async function scenarioShots(launched: Launched, lang: Lang) {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
  await popup.goto(popupUrl);
  const now = Date.now();
  for (const [name, payloadOf] of Object.entries(scenarios(now))) {
    const payload = { ...payloadOf(lang), seenAt: Date.now() };
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'clearStops', payload: {} }));
    await report(popup, payload, name);
    await popup.goto(popupUrl);
    await popup.locator('.stop-card').first().waitFor({ timeout: 5_000 });
    const file = path.join(SCREENSHOTS, `popup-${name}-${lang}.png`);
    await popup.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  await popup.close();
}

async function main() {
  if (!skipBuild) execSync('npm run -s build', { stdio: 'inherit' });
  if (headless) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const locale of ['en-US', 'ko-KR']) {
      const { launched, popup } = await replay(locale, false);
      const file = path.join(SCREENSHOTS, `popup-${locale.slice(0, 2)}.png`);
      await popup.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      await popup.close();
      await scenarioShots(launched, locale.slice(0, 2) as Lang);
      await launched.close();
    }
    return;
  }
  const { launched } = await replay(process.env.LIMIT_LENS_LOCALE ?? 'en-US', true);
  console.log(
    'Chromium is open with Limit Lens loaded: the first tab replays a ChatGPT stop, the second is the popup.',
  );
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
