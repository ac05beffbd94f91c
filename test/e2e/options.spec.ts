import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/extension.ts';
import { playScenario, popupWithStops } from './support/scenario.ts';
import type { Settings } from '../../lib/settings/settings.ts';

/** The settings as stored, read from an extension page. */
const storedSettings = () =>
  chrome.storage.local.get('settings').then((r) => r.settings as Partial<Settings> | undefined);

test('the language chosen in the options overrides the browser language everywhere', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await playScenario(context, 'quota');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#setting-language').selectOption('ko');
  await expect.poll(() => options.evaluate(storedSettings).then((s) => s?.locale)).toBe('ko');
  const popup = await popupWithStops(openPopup, 1);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(popup.locator('.stop-card')).toContainText('초기화까지 기다리기');
  // And the notifications switch is saved for the background to read.
  await options.locator('#setting-notifications').uncheck();
  await expect.poll(() => options.evaluate(storedSettings).then((s) => s?.notifications)).toBe(false);
});

test('the options page has one heading outline and no serious or critical accessibility violations, light or dark', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#general-heading')).toBeVisible();
  await expect(options.locator('#health-heading')).toBeVisible();
  // One outline: a single h1 first, then its sections, no level skipped going down.
  const levels = await options.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
