// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PacketView } from '../../components/PacketView.tsx';
import { StopCard } from '../../components/StopCard.tsx';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { PACKET_FIELDS } from '../../lib/evidence/packet.ts';
import { OWNERS } from '../../lib/domain/labels.ts';
import { STRINGS } from '../../lib/i18n/strings.ts';
import { capture, classification } from './helpers/factories.ts';

const API_VOCABULARY = /\b(TPM|IPM|RPM|RPD|TPD|tier)\b|등급/i;

function stop(over: Parameters<typeof classification>[0] = {}, cap: Parameters<typeof capture>[0] = {}) {
  return { ...newRecord(capture(cap), classification(over)), id: 42 };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

describe('PacketView', () => {
  it('renders one row per field with a localised label, the value and its source', () => {
    render(<PacketView stop={stop()} strings={STRINGS.en} locale="en" />, root);
    const rows = [...root.querySelectorAll('tr[data-field]')];
    expect(rows.length).toBeGreaterThanOrEqual(PACKET_FIELDS.length - 1);
    const owner = root.querySelector('tr[data-field="owner"]')!;
    expect(owner.textContent).toContain('ChatGPT (your plan and account)');
    expect(owner.textContent).toContain('chatgpt-app');
    expect(owner.textContent).toContain('Limit Lens’s reading of the evidence');
    expect(root.querySelector('tr[data-field="model"]')!.textContent).toContain('not reported');
    expect(root.querySelector('tr[data-field="reset"]')!.textContent).toContain('blocked_features.resets_after');
  });

  it('renders captured text as text: markup in evidence stays inert', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    render(
      <PacketView stop={stop({}, { evidence: evil, visibleText: evil })} strings={STRINGS.en} locale="en" />,
      root,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('tr[data-field="body"] pre')!.textContent).toBe(evil);
  });

  it('shows the dated tier table beside an OpenAI API stop only, as a general ceiling', () => {
    render(
      <PacketView
        stop={stop({
          owner: 'openai-api',
          action: 'reduce-throughput',
          bucket: 'api-images-per-minute',
          reset: undefined,
        })}
        strings={STRINGS.en}
        locale="en"
      />,
      root,
    );
    const table = root.querySelector('.tier-table')!;
    expect(table.textContent).toContain('2026-05-05');
    expect(table.textContent).toContain('not your limit');
    expect(table.textContent).toContain('gpt-image-2');
    expect(table.textContent).toContain('8,000,000');
    expect(table.textContent).toContain('not supported');
    for (const owner of OWNERS.filter((o) => o !== 'openai-api')) {
      render(<PacketView stop={stop({ owner })} strings={STRINGS.en} locale="en" />, root);
      expect(root.querySelector('.tier-table'), owner).toBeNull();
    }
  });

  it.each(['en', 'ko'] as const)('never uses API tier vocabulary in a ChatGPT app packet (%s)', (locale) => {
    render(<PacketView stop={stop()} strings={STRINGS[locale]} locale={locale} />, root);
    expect(root.textContent).not.toMatch(API_VOCABULARY);
  });

  it('has every label in Korean too', () => {
    render(
      <PacketView
        stop={stop({ owner: 'openai-api', bucket: 'api-images-per-minute' })}
        strings={STRINGS.ko}
        locale="ko"
      />,
      root,
    );
    expect(root.textContent).toContain('문제 보고 자료');
    expect(root.querySelector('.tier-table')!.textContent).toContain('이 프로젝트의 실제 한도가 아닙니다');
    for (const key of Object.keys(STRINGS.en.packet.fields)) {
      expect(STRINGS.ko.packet.fields[key as keyof typeof STRINGS.ko.packet.fields]).toBeTruthy();
    }
  });
});

describe('StopCard details link', () => {
  it('links a stored stop to its packet page, and a draft (no id) to nothing', () => {
    render(<StopCard stop={stop()} strings={STRINGS.en} locale="en" detailed />, root);
    const link = root.querySelector<HTMLAnchorElement>('a.details-link')!;
    expect(link.getAttribute('href')).toBe('packet.html?id=42');
    expect(link.textContent).toBe('Details');
    const draft = { ...stop() };
    delete (draft as { id?: number }).id;
    render(<StopCard stop={draft} strings={STRINGS.en} locale="en" detailed />, root);
    expect(root.querySelector('a.details-link')).toBeNull();
  });
});
