/**
 * First run: a fresh install opens the welcome page once (English or Korean, what is captured and where, the
 * privacy promise, the demo, provider sites); starting the browser again opens nothing, and the popup shows no
 * "what's new" line after an install. The update side (no page, the line until dismissed) is in update.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIRST_RUN_STRINGS } from '../../lib/i18n/strings.ts';
import { launchWithExtension } from './support/launch.ts';

test(
  'install opens the welcome page once: what is captured, the privacy promise, the demo and ' +
    'provider sites; axe clean in light and dark',
  async () => {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'limit-lens-first-run-'));
    const s = FIRST_RUN_STRINGS.en.welcome;
    try {
      const first = await launchWithExtension({ headless: true, locale: 'en-US', profileDir, welcome: 'keep' });
      try {
        const welcome = first.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
        await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(s.title);
        await expect(welcome).toHaveTitle(s.pageTitle);
        await expect(welcome.locator('.welcome-privacy')).toContainText(s.privacy[0]);
        await expect(welcome.locator('.welcome-privacy')).toContainText(s.privacy[1]);
        await expect(welcome.locator('main')).toContainText('chatgpt.com');
        for (const scheme of ['light', 'dark'] as const) {
          await welcome.emulateMedia({ colorScheme: scheme });
          const result = await new AxeBuilder({ page: welcome }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
          const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          expect(
            serious.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        }
        // The demo: paste an error and see it explained.
        await welcome.getByRole('link', { name: s.demoLink }).click();
        await expect(welcome).toHaveURL(/\/paste\.html$/);
        await welcome.goBack();
        await welcome.getByRole('link', { name: s.providersLink }).click();
        await expect(welcome).toHaveURL(/\/options\.html$/);
        await expect(welcome.locator('[data-provider="openai-platform"]')).toHaveAttribute('data-status', 'off');

        const popup = await first.context.newPage();
        await popup.goto(`chrome-extension://${first.extensionId}/popup.html`);
        await expect(popup.locator('h1')).toBeVisible();
        await expect(popup.locator('.whats-new')).toHaveCount(0);
      } finally {
        await first.close();
      }

      // The same profile started again: no second welcome.
      const again = await launchWithExtension({ headless: true, locale: 'en-US', profileDir });
      try {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(again.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toEqual([]);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  },
);

test('in a Korean browser the welcome page is in Korean', async () => {
  const launched = await launchWithExtension({ headless: true, locale: 'ko-KR', welcome: 'keep' });
  try {
    const s = FIRST_RUN_STRINGS.ko.welcome;
    const welcome = launched.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    // A tab the extension opens while the browser starts can load before the UI language applies (seen under load,
    // here only): read it as the user who looks at it does, once the browser is up.
    await welcome.reload();
    await expect(welcome.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(s.title);
    await expect(welcome.locator('.welcome-privacy')).toContainText(s.privacy[1]);
    await expect(welcome.getByRole('link', { name: s.providersLink })).toBeVisible();
  } finally {
    await launched.close();
  }
});
