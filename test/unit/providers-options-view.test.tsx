// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/OptionsView.tsx';
import { STRINGS } from '../../lib/i18n/strings.ts';
import { configuredEntries } from '../../lib/providers/settings.ts';
import type { ProvidersState } from '../../lib/providers/types.ts';

function state(
  enabled: string[] = [],
  status: Record<string, 'on' | 'needs-permission' | 'error'> = {},
): ProvidersState {
  const entries = configuredEntries({
    enabled,
    custom: [
      {
        id: 'custom-abcd1',
        name: 'My studio',
        pages: ['https://studio.example.com/*'],
        apiHosts: [],
        ownerKind: 'provider',
      },
    ],
  });
  return {
    entries: entries.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      ownerKind: e.ownerKind,
      pages: e.pages,
      apiHosts: e.apiHosts,
      origins: e.origins,
      enabled: e.enabled,
      status: e.enabled ? (status[e.id] ?? 'on') : 'off',
      ...(e.notes ? { notes: e.notes } : {}),
    })),
  };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

function view(props: Partial<Parameters<typeof OptionsView>[0]> = {}) {
  const handlers = { onToggle: vi.fn(), onSaveCustom: vi.fn(), onDeleteCustom: vi.fn() };
  render(<OptionsView strings={STRINGS.en} locale="en" state={state()} {...handlers} {...props} />, root);
  return handlers;
}

describe('OptionsView', () => {
  it('lists every preset off, with the hosts turning it on asks for, and the custom entries', () => {
    view();
    const presets = root.querySelectorAll('[data-provider]');
    expect(presets).toHaveLength(7);
    for (const p of presets) expect(p.getAttribute('data-status')).toBe('off');
    const openai = root.querySelector('[data-provider="openai-platform"]')!;
    expect(openai.querySelector('code')!.textContent).toBe('https://platform.openai.com/* https://api.openai.com/*');
    expect(openai.querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('false');
    expect(root.textContent).toContain('My studio');
  });

  it('turns an entry on from its switch, passing the entry (the page asks for permission in that click)', () => {
    const h = view();
    (root.querySelector('[data-provider="fal"] [role="switch"]') as HTMLButtonElement).click();
    expect(h.onToggle).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'fal',
        origins: ['https://fal.ai/*', 'https://*.fal.ai/*', 'https://*.fal.run/*'],
      }),
      true,
    );
  });

  it('says when access was removed in the browser', () => {
    view({ state: state(['replicate'], { replicate: 'needs-permission' }) });
    expect(root.querySelector('[data-provider="replicate"] .provider-status')!.textContent).toContain(
      'Access was removed',
    );
  });

  it('validates a custom entry before sending it, with a readable message', async () => {
    const h = view();
    await act(() => (root.querySelector('button.add-custom') as HTMLButtonElement).click());
    const set = (sel: string, value: string) => {
      const el = root.querySelector(sel) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    await act(() => {
      set('#custom-name', 'Gateway');
      set('#custom-pages', 'http://gateway.example.com/*');
    });
    await act(() => (root.querySelector('button.save-custom') as HTMLButtonElement).click());
    expect(root.querySelector('.custom-form [role="alert"]')!.textContent).toBe(
      'Page patterns must start with https:// (http://gateway.example.com/*)',
    );
    expect(h.onSaveCustom).not.toHaveBeenCalled();
    await act(() => set('#custom-pages', 'https://gateway.example.com/*\n\n'));
    await act(() => (root.querySelector('button.save-custom') as HTMLButtonElement).click());
    expect(h.onSaveCustom).toHaveBeenCalledWith({
      name: 'Gateway',
      pages: ['https://gateway.example.com/*'],
      apiHosts: [],
      ownerKind: 'provider',
    });
  });

  it('has every label in Korean', () => {
    render(
      <OptionsView
        strings={STRINGS.ko}
        locale="ko"
        state={state()}
        onToggle={vi.fn()}
        onSaveCustom={vi.fn()}
        onDeleteCustom={vi.fn()}
      />,
      root,
    );
    expect(root.textContent).toContain('제공업체 사이트');
    expect(root.textContent).toContain('켜기');
  });
});
