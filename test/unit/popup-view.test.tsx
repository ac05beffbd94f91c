// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PopupView } from '../../components/PopupView.tsx';
import { OWNERS, BUCKETS, type Bucket } from '../../lib/domain/labels.ts';
import { STRINGS } from '../../lib/i18n/strings.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { capture, classification } from './helpers/factories.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const API_VOCABULARY = /\b(TPM|IPM|RPM|RPD|TPD|tier)\b|등급/i;

function stop(over: Parameters<typeof classification>[0] = {}, cap: Parameters<typeof capture>[0] = {}) {
  return { ...newRecord(capture(cap), classification(over)), id: Math.floor(Math.random() * 1e6) };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

describe('PopupView', () => {
  it('shows the latest stop with owner, bucket, next step, countdown and data attributes', () => {
    render(<PopupView stops={[stop()]} strings={STRINGS.en} locale="en" now={() => NOW} />, root);
    const card = root.querySelector('.stop-card')!;
    expect(card.getAttribute('data-owner')).toBe('chatgpt-app');
    expect(card.getAttribute('data-action')).toBe('wait');
    expect(card.getAttribute('data-reset-at')).toBe('2026-11-27T15:00:00.000Z');
    expect(card.textContent).toContain('ChatGPT (your plan and account)');
    expect(card.textContent).toContain('Image generations allowed by your ChatGPT plan');
    expect(card.querySelector('.remaining')!.textContent).toBe('3h 00m 00s');
    expect(card.textContent).toContain('in 5 hours');
  });

  it.each(['en', 'ko'] as const)('never uses API tier vocabulary for any ChatGPT app stop (%s)', (locale) => {
    for (const bucket of BUCKETS) {
      render(
        <PopupView
          stops={[stop({ bucket: bucket as Bucket })]}
          strings={STRINGS[locale]}
          locale={locale}
          now={() => NOW}
        />,
        root,
      );
      expect(root.textContent, bucket).not.toMatch(API_VOCABULARY);
    }
  });

  it('offers the API route, with its caveats, only for ChatGPT app stops', () => {
    render(<PopupView stops={[stop()]} strings={STRINGS.en} locale="en" now={() => NOW} />, root);
    expect(root.querySelector('.api-route')!.textContent).toContain('separate contract');
    for (const owner of OWNERS.filter((o) => o !== 'chatgpt-app')) {
      render(<PopupView stops={[stop({ owner })]} strings={STRINGS.en} locale="en" now={() => NOW} />, root);
      expect(root.querySelector('.api-route'), owner).toBeNull();
    }
  });

  it('shows no countdown for a content-policy refusal', () => {
    const s = stop({ owner: 'content-policy', action: 'simplify', bucket: 'content-policy', reset: undefined });
    render(<PopupView stops={[s]} strings={STRINGS.en} locale="en" now={() => NOW} />, root);
    expect(root.querySelector('.countdown')).toBeNull();
    expect(root.querySelector('.stop-card')!.hasAttribute('data-reset-at')).toBe(false);
  });

  it('says "possibly reset" for a clock time that had already passed, never a fresh wait', () => {
    const s = stop({
      reset: { at: '2026-11-27T11:00:00.000Z', source: 'text:clock', stated: '11:00', possiblyPassed: true },
    });
    render(<PopupView stops={[s]} strings={STRINGS.en} locale="en" now={() => NOW} />, root);
    expect(root.querySelector('.countdown')!.getAttribute('data-state')).toBe('possibly-reset');
    expect(root.querySelector('.remaining')).toBeNull();
  });

  it('renders captured HTML as inert text', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    render(
      <PopupView
        stops={[stop({}, { visibleText: evil, evidence: `data: ${evil}` })]}
        strings={STRINGS.en}
        locale="en"
        now={() => NOW}
      />,
      root,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.seen-text')!.textContent).toBe(evil);
    expect(root.querySelector('.raw-evidence pre')!.textContent).toBe(`data: ${evil}`);
  });

  it('lists older stops below the latest and speaks Korean', () => {
    const stops = [
      stop(),
      stop({ owner: 'openai-billing', action: 'fix-billing', bucket: 'billing-quota', reset: undefined }),
    ];
    render(<PopupView stops={stops} strings={STRINGS.ko} locale="ko" now={() => NOW} />, root);
    expect(root.querySelectorAll('.stop-card')).toHaveLength(2);
    expect(root.textContent).toContain('가장 최근 기록');
    expect(root.textContent).toContain('ChatGPT (요금제와 계정)');
  });

  it('shows the raw evidence, unfolded, while the seen text has not arrived', () => {
    render(<PopupView stops={[stop()]} strings={STRINGS.en} locale="en" now={() => NOW} />, root);
    expect(root.querySelector('.seen-text')).toBeNull();
    expect(root.querySelector('.raw-evidence')!.hasAttribute('open')).toBe(true);
  });

  it('tells the user when the latest stop could not be saved', () => {
    render(<PopupView stops={[stop()]} storageError="storage quota reached" strings={STRINGS.ko} locale="ko" />, root);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('저장하지 못했습니다');
  });

  it('shows an empty state', () => {
    render(<PopupView stops={[]} strings={STRINGS.en} locale="en" />, root);
    expect(root.textContent).toContain('No stops captured yet');
  });
});
