/** The Playwright fixture: a Chromium with the built extension per test, and the extension's popup. */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from './launch.ts';

interface Fixtures {
  uiLocale: string;
  /** Extra Chromium flags for this test's browser (an option: `test.use({ chromiumArgs: [...] })`, or a fixture). */
  chromiumArgs: string[];
  launched: Launched;
  context: BrowserContext;
  extensionId: string;
  openPopup: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  uiLocale: ['en-US', { option: true }],
  chromiumArgs: [[], { option: true }],
  launched: async ({ uiLocale, chromiumArgs }, use) => {
    const launched = await launchWithExtension({ headless: true, locale: uiLocale, extraArgs: chromiumArgs });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 640 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

export const expect = test.expect;
