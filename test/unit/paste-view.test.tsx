// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PasteView } from '../../components/PasteView.tsx';
import { classify } from '../../lib/classify/index.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { readPaste, parsePasted } from '../../lib/evidence/parse-pasted.ts';
import { summaryOf } from '../../lib/evidence/pasted-stop.ts';
import { STRINGS } from '../../lib/i18n/strings.ts';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

const NOW = Date.parse('2026-11-27T12:00:00Z');

function handlers() {
  return { onText: vi.fn(), onRoute: vi.fn(), onClassify: vi.fn(), onSave: vi.fn() };
}

describe('PasteView', () => {
  it('disables both actions until something is pasted, and offers every route', () => {
    render(<PasteView strings={STRINGS.en} locale="en" text="" route="auto" busy={false} {...handlers()} />, root);
    expect((root.querySelector('button.classify') as HTMLButtonElement).disabled).toBe(true);
    expect((root.querySelector('button.save') as HTMLButtonElement).disabled).toBe(true);
    expect([...root.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'auto',
      'chatgpt',
      'openai',
      'azure',
      'provider',
    ]);
    expect(root.textContent).toContain('Nothing is saved until you press');
  });

  it('says how much of a huge paste is read', () => {
    render(
      <PasteView
        strings={STRINGS.en}
        locale="en"
        text="x"
        route="auto"
        busy={false}
        cut={{ originalChars: 5 << 20, headChars: 48 * 1024, tailChars: 16 * 1024 }}
        {...handlers()}
      />,
      root,
    );
    expect(root.querySelector('.cut-notice')!.textContent).toBe(
      'The paste is 5120 KB: Limit Lens read its first 48 KB and its last 16 KB, and left the middle out.',
    );
  });

  it('shows the explanation and the packet of a draft, and how the paste was read', () => {
    const text =
      'HTTP/1.1 429 Too Many Requests\nretry-after: 20\nSet-Cookie: a=b\n\n' +
      '{"error":{"message":"Rate limit reached for gpt-image-2 on images per minute (IPM)","code":"rate_limit_exceeded"}}';
    const paste = readPaste({ text, route: 'auto', originalChars: text.length, seenAt: NOW });
    if (!paste.ok) throw new Error('paste');
    const draft = newRecord(paste.capture, classify(paste.input, { now: new Date(NOW) }));
    const h = handlers();
    render(
      <PasteView
        strings={STRINGS.en}
        locale="en"
        text={text}
        route="auto"
        busy={false}
        result={{ draft, summary: paste.summary }}
        now={() => NOW}
        {...h}
      />,
      root,
    );
    expect(root.querySelector('.paste-result .stop-card')!.getAttribute('data-owner')).toBe('openai-api');
    expect(root.querySelector('.read-as')!.textContent).toBe(
      'Read as: an HTTP response (status line, headers, body) · HTTP 429',
    );
    expect(root.querySelector('.paste-notes')!.textContent).toContain('Cookie and authorization headers were dropped.');
    expect(root.querySelector('.paste-result .tier-table')).not.toBeNull();
    expect(root.querySelector('tr[data-field="headers"]')!.textContent).not.toContain('a=b');
    (root.querySelector('button.save') as HTMLButtonElement).click();
    expect(h.onSave).toHaveBeenCalledTimes(1);
  });

  it('links to the packet of a saved paste and shows messages', () => {
    render(
      <PasteView
        strings={STRINGS.en}
        locale="en"
        text="x"
        route="auto"
        busy={false}
        savedId={9}
        message={{ kind: 'info', text: STRINGS.en.paste.saved }}
        {...handlers()}
      />,
      root,
    );
    expect(root.querySelector('a.saved-packet')!.getAttribute('href')).toBe('packet.html?id=9');
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Saved.');
  });

  it('names every format and note in both languages', () => {
    for (const s of [STRINGS.en.paste, STRINGS.ko.paste]) {
      for (const f of ['http', 'curl-verbose', 'json', 'log', 'text', 'empty'] as const)
        expect(s.formats[f]).toBeTruthy();
      const notes = summaryOf(parsePasted('HTTP/1.1 429\ncookie: a\n\nnot json\u0000'), 10).notes;
      for (const n of notes) expect(s.notes[n]).toBeTruthy();
    }
  });
});
