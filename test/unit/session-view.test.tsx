// @vitest-environment happy-dom
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionView } from '../../components/SessionView.tsx';
import { SESSION_STRINGS, STRINGS } from '../../lib/i18n/strings.ts';
import { SessionAnalyzer } from '../../lib/session/analyze.ts';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

function handlers() {
  return {
    onFile: vi.fn(),
    onText: vi.fn(),
    onReadText: vi.fn(),
    onCancel: vi.fn(),
    onPick: vi.fn(),
    onPickAll: vi.fn(),
    onSave: vi.fn(),
  };
}

function session(text: string) {
  const a = new SessionAnalyzer({ now: Date.parse('2026-12-01T00:00:00Z'), timeZone: 'UTC' });
  a.push(text);
  const result = a.finish();
  return { rows: a.take(), result };
}

describe('SessionView', () => {
  const openai = session(readFileSync(path.resolve('test/fixtures/har/openai.har'), 'utf8'));

  it('lists each response, says a 200 is listed for its headers, and saves only what is picked', () => {
    const h = handlers();
    render(
      <SessionView
        ui={STRINGS.en}
        strings={SESSION_STRINGS.en}
        locale="en"
        reading={false}
        rows={openai.rows}
        result={openai.result}
        picked={new Set()}
        text=""
        timeZone="UTC"
        {...h}
      />,
      root,
    );
    expect(root.querySelectorAll('.session-table tbody tr')).toHaveLength(7);
    expect(root.querySelector('tr[data-status="200"] .ok-row')!.textContent).toContain('remaining-images: 4');
    expect((root.querySelector('button.save') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('.timeline-lane[data-bucket="api-images-per-minute"]')).not.toBeNull();
    expect(root.querySelector('.timeline-text')!.textContent).toContain('API images per minute (IPM): ran out 2 times');
    (root.querySelector('tr[data-status="403"] input.pick') as HTMLInputElement).click();
    expect(h.onPick).toHaveBeenCalledWith(9, true);
  });

  it('Korean: every label from the Korean tables', () => {
    render(
      <SessionView
        ui={STRINGS.ko}
        strings={SESSION_STRINGS.ko}
        locale="ko"
        reading={false}
        rows={openai.rows}
        result={openai.result}
        picked={new Set([7, 8])}
        text=""
        timeZone="UTC"
        {...handlers()}
      />,
      root,
    );
    expect(root.querySelector('h1')!.textContent).toBe('세션 가져오기');
    expect(root.querySelector('button.save')!.textContent).toBe('2건을 증거로 저장');
    expect(root.querySelector('.session-table thead')!.textContent).toContain('한도를 정한 곳');
    expect(root.querySelector('.timeline-text')!.textContent).toContain('2번 소진');
  });

  it('a log without times: no time line, a plain note instead; a problem is named', () => {
    const log = session('ERROR Error code: 429 - rate limit reached for images per minute');
    render(
      <SessionView
        ui={STRINGS.en}
        strings={SESSION_STRINGS.en}
        locale="en"
        reading={false}
        rows={log.rows}
        result={{ ...log.result, problem: 'truncated' }}
        picked={new Set()}
        text=""
        {...handlers()}
      />,
      root,
    );
    expect(root.querySelector('.session-timeline')!.textContent).toContain('no times');
    expect(root.querySelector('.problem')!.textContent).toContain('ends early');
  });
});
