// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createChatgptPageReader, readText } from '../../lib/detect/chatgpt-page-reader.ts';
import { createTally } from '../../lib/health/counters.ts';

const whole = (el: Element, max: number) => {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/** A message like the thread's: paragraphs of text nodes, runs of whitespace, a code block, a comment. */
function message(paragraphs: number, perParagraph: number, seed = 1): HTMLElement {
  let x = seed;
  const rand = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const el = document.createElement('div');
  el.setAttribute('data-message-author-role', 'assistant');
  for (let p = 0; p < paragraphs; p++) {
    const para = document.createElement(p % 7 === 3 ? 'pre' : 'p');
    for (let i = 0; i < perParagraph; i++) {
      const r = rand();
      para.append(r < 0.1 ? ' \n\t ' : r < 0.15 ? '' : ` w${Math.floor(r * 1000)}`);
      if (r > 0.97) para.append(document.createComment(' not text '));
      if (r > 0.95 && r <= 0.97) para.append(Object.assign(document.createElement('code'), { textContent: '  x  ' }));
    }
    el.append(para);
  }
  return el;
}

describe('readText', () => {
  it('gives what reading the whole textContent gives, for any cap', () => {
    for (const [paragraphs, per] of [
      [0, 0],
      [1, 3],
      [5, 40],
      [60, 100],
    ] as const) {
      const el = message(paragraphs, per, paragraphs + per);
      for (const max of [1, 10, 64, 100, 1_000, 4_096, 100_000]) expect(readText(el, max)).toBe(whole(el, max));
    }
    const blank = document.createElement('div');
    blank.append(' \n ', document.createElement('span'), '\t');
    expect(readText(blank)).toBeUndefined();
  });

  it('stops reading once it holds the text it keeps: a long answer is not read to its end', () => {
    const el = message(200, 100);
    let readLast = false;
    const last = el.lastChild!.lastChild!;
    Object.defineProperty(last, 'nodeValue', {
      get() {
        readLast = true;
        return ' end';
      },
    });
    let readWhole = false;
    const full = whole(el, 4_096);
    Object.defineProperty(el, 'textContent', {
      get() {
        readWhole = true;
        return '';
      },
    });
    expect(readText(el, 4_096)).toBe(full);
    expect(readWhole).toBe(false);
    expect(readLast).toBe(false);
  });
});

describe('look', () => {
  it('changes when a token is appended at the end, a paragraph starts or a reply is added, and only then', () => {
    document.body.replaceChildren();
    const thread = document.createElement('main');
    document.body.append(thread);
    const reply = message(3, 5);
    thread.append(reply);
    const reader = createChatgptPageReader(document, createTally());
    const seen = new Set<string>([reader.look()]);
    expect(reader.look()).toBe([...seen][0]);
    const changes: (() => void)[] = [
      () => reply.lastChild!.appendChild(document.createTextNode(' more')),
      () => ((reply.lastChild!.lastChild as Text).data += 'x'),
      () => reply.append(document.createElement('p')),
      () => thread.append(message(1, 1)),
    ];
    for (const change of changes) {
      change();
      const now = reader.look();
      expect(seen.has(now)).toBe(false);
      seen.add(now);
      expect(reader.look()).toBe(now);
    }
  });
});
