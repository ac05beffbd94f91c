/**
 * One look across the extension's pages (components/theme.css, components/layout.css): every full page puts its
 * content in the same column (width, left edge), uses the same heading scale, intro size, body text and control
 * height, in light and dark, at the widths people use; the popup uses the same type scale and gutter at its own
 * width. Measured from the rendered pages (geometry and computed styles), so a page that drifts fails here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension.ts';

/** Each full page with what it needs to show its usual content. */
const PAGES = [
  'stop-history.html',
  'packet.html?id=1',
  'paste.html',
  'options.html',
  'welcome.html',
  'session.html',
] as const;
const TAB_WIDTHS = [360, 800, 1280] as const;
/** The popup: Chrome sizes it to its content, between the popup's min-width and max-width (entrypoints/popup/style.css). */
const POPUP_WIDTH = 400;
/** The layout's numbers (components/theme.css): content column, gutter. */
const COLUMN = 960;
const GUTTER = 16;

const STOP_TEXT =
  "You've reached your image creation limit. Upgrade to ChatGPT Plus or try again tomorrow after 12:39 PM.";

/** Keeps one stop through the background, as the ChatGPT content script reports it. */
async function seedStop(page: Page) {
  const result = await page.evaluate(
    (text) =>
      chrome.runtime.sendMessage({
        type: 'capture',
        payload: {
          site: 'chatgpt.com',
          url: 'https://chatgpt.com/c/6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          layer: 'dom',
          kinds: ['dom:banner'],
          evidence: text,
          evidenceTruncated: false,
          visibleText: text,
          occurrenceKeys: ['layout:1'],
          seenAt: Date.now(),
        },
      }),
    STOP_TEXT,
  );
  expect(result).toMatchObject({ ok: true, id: 1 });
}

interface Look {
  /** Left edge and width of every top-level block of the page (main and any section beside it). */
  blocks: { what: string; left: number; width: number }[];
  scrollWidth: number;
  body: { fontSize: string; lineHeight: string; fontFamily: string; color: string; background: string };
  h1: { fontSize: string; fontWeight: string; color: string };
  h2?: { fontSize: string; fontWeight: string; color: string };
  intro?: { fontSize: string; color: string };
  /** Heights of the visible buttons, selects and one-line inputs. */
  controls: { what: string; height: number }[];
}

async function look(page: Page): Promise<Look> {
  await page.locator('h1').first().waitFor();
  return page.evaluate(() => {
    const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
    const round = (n: number) => Math.round(n * 10) / 10;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && style(el)!.visibility !== 'hidden';
    };
    const app = document.getElementById('app')!;
    const blocks = [...app.children].filter(visible).map((el) => {
      const r = el.getBoundingClientRect();
      const cs = style(el)!;
      // The content box: where the text starts and how wide it may run.
      const left = r.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
      const width =
        r.width -
        parseFloat(cs.paddingLeft) -
        parseFloat(cs.paddingRight) -
        parseFloat(cs.borderLeftWidth) -
        parseFloat(cs.borderRightWidth);
      return { what: `${el.tagName.toLowerCase()}.${el.className}`, left: round(left), width: round(width) };
    });
    const body = style(document.body)!;
    const h1 = style(document.querySelector('h1'))!;
    const h2 = style(document.querySelector('h2'));
    const intro = style(document.querySelector('.intro'));
    const controls = [...document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio])')]
      .filter(visible)
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}`,
        height: round(el.getBoundingClientRect().height),
      }));
    return {
      blocks,
      scrollWidth: document.scrollingElement!.scrollWidth,
      body: {
        fontSize: body.fontSize,
        lineHeight: body.lineHeight,
        fontFamily: body.fontFamily,
        color: body.color,
        background:
          style(document.documentElement)!.backgroundColor === 'rgba(0, 0, 0, 0)'
            ? body.backgroundColor
            : style(document.documentElement)!.backgroundColor,
      },
      h1: { fontSize: h1.fontSize, fontWeight: h1.fontWeight, color: h1.color },
      ...(h2 ? { h2: { fontSize: h2.fontSize, fontWeight: h2.fontWeight, color: h2.color } } : {}),
      ...(intro ? { intro: { fontSize: intro.fontSize, color: intro.color } } : {}),
      controls,
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`full pages share one column, heading scale, intro, text and control height at ${TAB_WIDTHS.join(', ')} px (${scheme})`, async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/paste.html`);
    await seedStop(page);
    const looks: Record<string, Look> = {};
    for (const width of TAB_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const name of PAGES) {
        await page.goto(`chrome-extension://${extensionId}/${name}`);
        const l = await look(page);
        const where = `${name} at ${width} px (${scheme})`;
        looks[`${width} ${name}`] = l;
        // One column: every block of the page starts at the same edge and runs the same width.
        const column = Math.min(COLUMN, width - 2 * GUTTER);
        for (const b of l.blocks)
          expect({ where, ...b }).toEqual({ where, what: b.what, left: (width - column) / 2, width: column });
        expect(l.scrollWidth, `${where} scrolls sideways`).toBeLessThanOrEqual(width);
        expect(l.intro, `${where} has no .intro line`).toBeDefined();
        // One control height: every button, select and one-line input.
        const heights = new Set(l.controls.map((c) => c.height));
        expect(heights.size, `${where}: ${JSON.stringify(l.controls)}`).toBeLessThanOrEqual(1);
      }
    }
    // The same type and colours on every page, at every width.
    const [first, ...rest] = Object.entries(looks);
    const typeOf = (l: Look) => ({ body: l.body, h1: l.h1, h2: l.h2, intro: l.intro, control: l.controls[0]?.height });
    for (const [where, l] of rest) {
      const expected = typeOf(first![1]);
      const actual = typeOf(l);
      // A page without a control (the welcome page) or an h2 has nothing to compare there.
      if (actual.control === undefined) delete expected.control, delete actual.control;
      if (actual.h2 === undefined) delete expected.h2;
      expect({ where, ...actual }).toEqual({ where, ...expected });
    }
    // The heading scale steps down, and intro text is at least body text.
    const f = first![1];
    expect(parseFloat(f.h1.fontSize)).toBeGreaterThan(parseFloat(f.h2!.fontSize));
    expect(parseFloat(f.h2!.fontSize)).toBeGreaterThan(parseFloat(f.body.fontSize));
    expect(parseFloat(f.intro!.fontSize)).toBeGreaterThanOrEqual(parseFloat(f.body.fontSize));
    expect(f.controls.length).toBeGreaterThan(0);
    // And the scheme is the one asked for: dark pages are dark.
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(scheme === 'dark');
  });
}

test('light and dark differ, and the popup shares the pages’ type scale, gutter and controls', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/paste.html`);
  await seedStop(page);
  const byScheme: Record<string, { page: Look; popup: Look }> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/stop-history.html`);
    const full = await look(page);
    await page.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.locator('.stop-card').first().waitFor();
    const popup = await look(page);
    byScheme[scheme] = { page: full, popup };
    expect(popup.body).toEqual(full.body);
    expect(popup.h1).toEqual(full.h1);
    expect(popup.h2).toEqual(full.h2);
    expect(popup.blocks.find((b) => b.what.startsWith('main'))).toMatchObject({
      left: GUTTER,
      width: POPUP_WIDTH - 2 * GUTTER,
    });
    expect(popup.scrollWidth).toBeLessThanOrEqual(POPUP_WIDTH);
  }
  expect(byScheme.dark!.page.body.background).not.toBe(byScheme.light!.page.body.background);
  expect(byScheme.dark!.page.body.color).not.toBe(byScheme.light!.page.body.color);
});

test('every page has no serious or critical accessibility violations in the shared layout, light or dark', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/paste.html`);
  await seedStop(page);
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const name of ['popup.html', ...PAGES]) {
      await page.setViewportSize(
        name === 'popup.html' ? { width: POPUP_WIDTH, height: 600 } : { width: 1280, height: 800 },
      );
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      await page.locator('h1').first().waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      for (const v of result.violations) {
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`${name} ${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
  }
  expect(found).toEqual([]);
});
