/**
 * `npm start`: builds the extension and opens Chromium with it loaded on a local page that replays a real
 * ChatGPT image-quota stop (chatgpt.com is served from the bundled page double; nothing reaches the network),
 * then shows the popup. Without a display, or with --headless, it writes screenshots of the popup in English and
 * Korean to docs/screenshots/ instead.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serveChatGpt } from '../test/e2e/support/chatgpt-site.ts';
import { launchWithExtension } from '../test/e2e/support/launch.ts';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
const skipBuild = process.argv.includes('--no-build');
const SCREENSHOTS = path.resolve('docs/screenshots');

async function replay(locale: string, show: boolean) {
  const launched = await launchWithExtension({ headless: !show, locale });
  const { context, extensionId } = launched;
  const site = await serveChatGpt(context, { quotaResetsAt: Date.now() + 4 * 3600_000 + 59 * 60_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(site.conversationUrl('quota'));
  await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 15_000 });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  for (let i = 0; i < 30; i++) {
    await popup.goto(popupUrl);
    if ((await popup.locator('.stop-card').count()) > 0) break;
    await popup.waitForTimeout(300);
  }
  // The text the user saw is attached a moment after the stop itself.
  await popup.locator('.seen-text').first().waitFor({ timeout: 5_000 }).catch(() => {});
  return { launched, popup };
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
      await launched.close();
    }
    return;
  }
  const { launched } = await replay(process.env.LIMIT_LENS_LOCALE ?? 'en-US', true);
  console.log('Chromium is open with Limit Lens loaded: the first tab replays a ChatGPT stop, the second is the popup.');
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
