// @vitest-environment happy-dom
/**
 * Every chatgpt.com selector entry (lib/detect/selectors.ts) proven on saved markup, refined-github style: each
 * fixture in test/fixtures/dom/chatgpt/ is one page variant, and the table below says how many elements each entry
 * must find in each fixture (0 included: an entry that starts matching another variant's markup is a change to
 * look at). A new selector entry fails here until it has a row, and a row must find something in some fixture, so a
 * new page variant is added as a fixture plus one row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ASSISTANT_UNIT,
  matchesByEntry,
  messageByIdSelectors,
  OBSERVE_ROOT,
  queryFirst,
  type SelectorEntry,
  STOP_SURFACES,
} from '../../lib/detect/selectors.ts';

const DIR = join(import.meta.dirname, '../fixtures/dom/chatgpt');
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const pages = new Map(
  FIXTURES.map((f) => [f, new DOMParser().parseFromString(readFileSync(join(DIR, f), 'utf8'), 'text/html')]),
);

type Counts = Record<string, number>;
const none = (): Counts => Object.fromEntries(FIXTURES.map((f) => [f, 0]));
const only = (counts: Counts): Counts => ({ ...none(), ...counts });

/** css → how many elements it must find in each fixture (fixtures not named: none). */
const EXPECTED: Record<string, Record<string, Counts>> = {
  ASSISTANT_UNIT: {
    '[data-content-search-unit-key$=":assistant"]': only({ '2026-09-unit-keys.html': 1 }),
    'li[data-message-role="assistant"]': only({ '2026-07-ab-li.html': 1 }),
    '[data-message-author-role="assistant"]': only({
      '2023-11-article-turns.html': 2,
      '2026-03-section-turns.html': 1,
      '2026-07-ab-li.html': 1,
      'mweb-logged-out-cap.html': 1,
    }),
    // The image-only turn has no [data-message-author-role] descendant: only this entry finds it.
    '[data-turn="assistant"]': only({ '2026-03-section-turns.html': 2 }),
  },
  STOP_SURFACES: {
    '[data-testid="modal-conversation-history-rate-limit"]': only({ 'modal-account-throttle.html': 1 }),
    '[data-testid="modal-no-auth-rate-limit"]': only({ 'mweb-logged-out-cap.html': 1 }),
    '[role="dialog"]': only({ 'modal-account-throttle.html': 1, 'mweb-logged-out-cap.html': 1 }),
    '[role="alert"]': only({ '2026-09-unit-keys.html': 1 }),
    'div.toast-root': only({ '2023-11-article-turns.html': 1 }),
    '[class*="text-error"]': only({ '2023-11-article-turns.html': 1 }),
  },
  OBSERVE_ROOT: {
    main: { ...Object.fromEntries(FIXTURES.map((f) => [f, 1])), 'mweb-logged-out-cap.html': 0 },
    body: Object.fromEntries(FIXTURES.map((f) => [f, 1])),
  },
};

const LISTS: Record<string, readonly SelectorEntry[]> = { ASSISTANT_UNIT, STOP_SURFACES, OBSERVE_ROOT };

describe('chatgpt.com selectors on saved page variants', () => {
  it('has the fixtures the table names', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(6);
    for (const rows of Object.values(EXPECTED))
      for (const counts of Object.values(rows)) expect(Object.keys(counts).sort()).toEqual(FIXTURES);
  });

  for (const [name, list] of Object.entries(LISTS)) {
    it(`${name}: every entry has a row, and every row an entry`, () => {
      expect(list.map((e) => e.css).sort()).toEqual(Object.keys(EXPECTED[name] ?? {}).sort());
    });

    it(`${name} in one pass finds, per entry, what one query per entry finds, in the same order`, () => {
      for (const f of FIXTURES) {
        const page = pages.get(f)!;
        const one = matchesByEntry(page, list);
        expect(one, f).toEqual(list.map((e) => Array.from(page.querySelectorAll(e.css))));
        one.forEach((hits, i) => hits.forEach((el, j) => expect(el).toBe(page.querySelectorAll(list[i]!.css)[j])));
      }
    });

    for (const entry of list) {
      it(`${name} ${entry.css} (${entry.variant}) finds what the table says`, () => {
        const expected = EXPECTED[name]?.[entry.css] ?? {};
        const found = Object.fromEntries(FIXTURES.map((f) => [f, pages.get(f)!.querySelectorAll(entry.css).length]));
        expect(found).toEqual(expected);
        // A row that finds nothing anywhere proves nothing.
        expect(Object.values(found).some((n) => n > 0)).toBe(true);
      });
    }
  }

  it('an entry the browser cannot parse matches nothing, and spoils none of the others', () => {
    const page = pages.get('2026-09-unit-keys.html')!;
    const list = [
      { css: 'main', variant: 'a' },
      { css: 'div:::nope', variant: 'b' },
      { css: 'body', variant: 'c' },
    ];
    expect(matchesByEntry(page, list)).toEqual([[page.querySelector('main')], [], [page.body]]);
  });

  it('finds a message by the id the stream carried, in the old and the new markup', () => {
    const cases: [string, string][] = [
      ['2023-11-article-turns.html', '[data-message-id="bbb-222"]'],
      ['2026-07-ab-li.html', '[data-message-id="bbb-222"]'],
      ['2026-09-unit-keys.html', '[data-chatgpt-selection-message-id="bbb-222"]'],
    ];
    for (const [fixture, css] of cases) {
      const hit = queryFirst(pages.get(fixture)!, messageByIdSelectors('bbb-222'));
      expect(hit?.entry.css, fixture).toBe(css);
      expect(hit?.el.textContent).toMatch(/limit|Here is|plan/);
    }
    // Several ids on one unit (data-chatgpt-search-message-ids).
    const second = queryFirst(pages.get('2026-09-unit-keys.html')!, messageByIdSelectors('bbb-223'));
    expect(second?.entry.css).toBe('[data-chatgpt-search-message-ids~="bbb-223"]');
    expect(queryFirst(pages.get('2026-09-unit-keys.html')!, messageByIdSelectors('zzz'))).toBeUndefined();
  });
});
