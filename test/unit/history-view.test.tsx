// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel, type ExportStage } from '../../components/ExportPanel.tsx';
import { GeneralSettings } from '../../components/GeneralSettings.tsx';
import { EMPTY_HISTORY_FILTER, HistoryView } from '../../components/HistoryView.tsx';
import { ImportPanel, type ImportState } from '../../components/ImportPanel.tsx';
import { RedactionPreview } from '../../components/RedactionPreview.tsx';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { planImport, previewRedaction, toExportedStop } from '../../lib/export/index.ts';
import { STRINGS, type UiLocale } from '../../lib/i18n/strings.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings.ts';
import { toHistoryRow, type HistoryPage } from '../../lib/storage/history-query.ts';
import { capture, classification } from './helpers/factories.ts';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

const T = Date.parse('2026-11-27T10:00:00Z');

function rows(n: number, over: Parameters<typeof capture>[0] = {}) {
  return Array.from({ length: n }, (_, i) =>
    toHistoryRow({ ...newRecord(capture({ seenAt: T - i * 60_000, ...over }), classification()), id: 100 + i }),
  );
}

function page(over: Partial<HistoryPage> = {}): HistoryPage {
  const r = over.rows ?? rows(3);
  return { rows: r, total: r.length, capped: false, stored: r.length, sites: ['chatgpt.com'], ...over };
}

function historyView(over: Partial<Parameters<typeof HistoryView>[0]> = {}, locale: UiLocale = 'en') {
  const props = {
    strings: STRINGS[locale],
    locale,
    filter: EMPTY_HISTORY_FILTER,
    onFilter: vi.fn(),
    page: page(),
    offset: 0,
    pageSize: 50,
    loading: false,
    selected: new Set<number>(),
    onSelect: vi.fn(),
    onSelectPage: vi.fn(),
    onPage: vi.fn(),
    onDelete: vi.fn(),
    onClearAll: vi.fn(),
    onExport: vi.fn(),
    ...over,
  };
  render(<HistoryView {...props} />, root);
  return props;
}

const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector(sel) as T | null;

describe('HistoryView', () => {
  it('lists one row per stop with owner, bucket, next step, site, count and a packet link', () => {
    historyView();
    const trs = root.querySelectorAll('tbody tr');
    expect(trs).toHaveLength(3);
    const first = trs[0]!;
    expect(first.getAttribute('data-owner')).toBe('chatgpt-app');
    expect(first.textContent).toContain('ChatGPT (your plan and account)');
    expect(first.textContent).toContain('Image generations allowed by your ChatGPT plan');
    expect(first.textContent).toContain('Wait for the reset');
    expect(first.textContent).toContain('chatgpt.com');
    expect(first.textContent).toContain('seen once');
    expect(first.querySelector('a')!.getAttribute('href')).toBe('packet.html?id=100');
    expect(q('.results-status')!.textContent).toBe('Showing 1–3 of 3');
  });

  it('renders captured text as text, never as markup', () => {
    historyView({ page: page({ rows: rows(1, { visibleText: '<img src=x onerror=alert(1)><b>bold</b>' }) }) });
    expect(root.querySelector('tbody img')).toBeNull();
    expect(root.querySelector('tbody b')).toBeNull();
    expect(q('.snippet')!.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b>');
  });

  it('every control has a label; row controls name the stop they act on', () => {
    historyView();
    for (const el of root.querySelectorAll('input, select')) {
      const id = el.getAttribute('id');
      const labelled = el.getAttribute('aria-label') || (id && root.querySelector(`label[for="${id}"]`));
      expect(labelled, el.outerHTML).toBeTruthy();
    }
    const deletes = [...root.querySelectorAll('.delete-one')].map((b) => b.getAttribute('aria-label'));
    expect(new Set(deletes).size).toBe(3);
    expect(deletes[0]).toMatch(/^Delete the stop seen /);
  });

  it('reports filter changes, selection, paging, export and delete', async () => {
    const p = historyView({ page: page({ rows: rows(50), total: 120, stored: 500 }) });
    const owner = q<HTMLSelectElement>('#history-owner')!;
    owner.value = 'openai-api';
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onFilter).toHaveBeenCalledWith({ owner: 'openai-api' });
    const search = q<HTMLInputElement>('#history-search')!;
    search.value = 'quota';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    expect(p.onFilter).toHaveBeenCalledWith({ text: 'quota' });

    q<HTMLInputElement>('tbody tr input[type="checkbox"]')!.click();
    expect(p.onSelect).toHaveBeenCalledWith(100, true);
    q<HTMLInputElement>('thead input[type="checkbox"]')!.click();
    expect(p.onSelectPage).toHaveBeenCalledWith(
      rows(50).map((r) => r.id),
      true,
    );

    expect(q('.page-of')!.textContent).toBe('Page 1 of 3');
    expect(q<HTMLButtonElement>('.pager .prev')!.disabled).toBe(true);
    q<HTMLButtonElement>('.pager .next')!.click();
    expect(p.onPage).toHaveBeenCalledWith(50);

    q<HTMLButtonElement>('.export-one')!.click();
    expect(p.onExport).toHaveBeenCalledWith({ kind: 'one', id: 100 });
    expect(q<HTMLButtonElement>('.export-selected')!.disabled).toBe(true);
    q<HTMLButtonElement>('.export-all')!.click();
    expect(p.onExport).toHaveBeenCalledWith({ kind: 'all' });
    expect(q('.export-all')!.textContent).toBe('Export everything (500)');
    // No filter: "all matching" would be everything, so it is not offered twice.
    expect(q('.export-matching')).toBeNull();
    q<HTMLButtonElement>('.delete-one')!.click();
    expect(p.onDelete).toHaveBeenCalledWith(100);
  });

  it('offers exporting what matches when filtered, and clearing the filters', () => {
    const p = historyView({
      filter: { ...EMPTY_HISTORY_FILTER, site: 'chatgpt.com' },
      selected: new Set([100, 101]),
      page: page({ total: 3, stored: 10 }),
    });
    expect(q('.export-matching')!.textContent).toBe('Export all matching (3)');
    expect(q('.export-selected')!.textContent).toBe('Export selected (2)');
    q<HTMLButtonElement>('.reset-filters')!.click();
    expect(p.onFilter).toHaveBeenCalledWith({ owner: '', action: '', site: '', fromDay: '', toDay: '', text: '' });
  });

  it('asks before deleting everything, with Cancel focused', async () => {
    const p = historyView({ page: page({ stored: 7 }) });
    await act(() => q<HTMLButtonElement>('.clear-all')!.click());
    expect(q('.clear-confirm')!.textContent).toContain('Delete all 7 stored stops');
    expect(document.activeElement).toBe(q('.clear-cancel'));
    await act(() => q<HTMLButtonElement>('.clear-cancel')!.click());
    expect(p.onClearAll).not.toHaveBeenCalled();
    await act(() => q<HTMLButtonElement>('.clear-all')!.click());
    await act(() => q<HTMLButtonElement>('.clear-yes')!.click());
    expect(p.onClearAll).toHaveBeenCalledTimes(1);
  });

  it('says when nothing is stored, nothing matches, or a search was capped', () => {
    historyView({ page: page({ rows: [], total: 0, stored: 0 }) });
    expect(q('.results-status')!.textContent).toBe('No stops stored yet.');
    expect(q('.history-toolbar')).toBeNull();
    historyView({ page: page({ rows: [], total: 0, stored: 5 }) });
    expect(q('.results-status')!.textContent).toBe('No stops match these filters.');
    historyView({ page: page({ capped: 'matches', total: 1000 }) });
    expect(q('.capped')!.textContent).toContain('stopped at 1,000 matches');
    historyView({ error: 'boom' });
    expect(q('[role="alert"]')!.textContent).toContain('boom');
  });

  it('a first page shown before the counting finished shows its rows, and no totals it does not know yet', () => {
    historyView({ page: page({ rows: rows(50), total: 50, stored: 50, counted: false }), loading: true });
    expect(document.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(q('.results-status')!.textContent).toBe(STRINGS.en.history.searching);
    expect(q('.history-stored')).toBeNull();
    expect(q('.pager')).toBeNull();
    expect(q('.history-toolbar')).toBeNull();
    historyView({ page: page({ rows: rows(50), total: 10_000, stored: 10_000 }) });
    expect(q('.history-stored')).not.toBeNull();
    expect(q('.pager')).not.toBeNull();
  });

  it('speaks Korean', () => {
    historyView({}, 'ko');
    expect(q('h1')!.textContent).toBe('기록');
    expect(q('.results-status')!.textContent).toBe('전체 3건 중 1–3');
    expect(root.textContent).toContain('ChatGPT (요금제와 계정)');
  });
});

const SECRET_STOP = {
  ...newRecord(
    capture({
      evidence:
        '{"error":{"message":"Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD. ' +
        'Contact jane.doe@example.com"}}',
    }),
    classification(),
  ),
  id: 1,
};

describe('RedactionPreview', () => {
  it('lists what will be masked: kind, field, the captured value and its mask', () => {
    const preview = previewRedaction([SECRET_STOP], { conversationIds: false });
    render(<RedactionPreview strings={STRINGS.en} locale="en" preview={preview} redact />, root);
    expect(q('.redaction-summary')!.textContent).toContain('2 values will be masked.');
    expect(q('[data-kind="api-key"]')!.textContent).toContain('API key');
    const row = q('tr[data-kind="api-key"]')!;
    expect(row.textContent).toContain('evidence.text');
    expect(row.querySelector('.original')!.textContent).toContain('sk-proj-abcdefghij');
    expect(row.querySelector('.masked')!.textContent).toMatch(/\[REDACTED:api-key sk-proj-…ABCD\]/);
    expect(q('tr[data-kind="email"] .masked')!.textContent).toBe('j…@e….com');
  });

  it('the conversation-id option adds its findings', () => {
    const preview = previewRedaction([SECRET_STOP], { conversationIds: true });
    render(<RedactionPreview strings={STRINGS.en} locale="en" preview={preview} redact />, root);
    expect(root.querySelectorAll('tr[data-kind="conversation-id"]').length).toBeGreaterThan(0);
  });

  it('says plainly when masking is off, and when nothing was found', () => {
    const preview = previewRedaction([SECRET_STOP], { conversationIds: false });
    render(<RedactionPreview strings={STRINGS.en} locale="en" preview={preview} redact={false} />, root);
    expect(q('[role="alert"]')!.textContent).toContain('Masking is off');
    render(<RedactionPreview strings={STRINGS.en} locale="en" preview={{ findings: [], counts: {} }} redact />, root);
    expect(root.textContent).toContain('Nothing recognisable');
  });

  it('lists a bounded number and counts the rest', () => {
    const preview = previewRedaction(
      Array.from({ length: 30 }, () => SECRET_STOP),
      { conversationIds: false },
    );
    render(<RedactionPreview strings={STRINGS.en} locale="en" preview={preview} redact maxListed={10} />, root);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(root.textContent).toContain('…and 50 more.');
  });
});

describe('ExportPanel', () => {
  function panel(over: Partial<Parameters<typeof ExportPanel>[0]> = {}) {
    const stage: ExportStage = { kind: 'ready', preview: previewRedaction([SECRET_STOP], { conversationIds: false }) };
    const props = {
      strings: STRINGS.en,
      locale: 'en' as const,
      count: 1,
      stage,
      options: { redact: true, conversationIds: false },
      onOptions: vi.fn(),
      screenshots: 0,
      busy: false,
      onSave: vi.fn(),
      onSaveAnyway: vi.fn(),
      onClose: vi.fn(),
      ...over,
    };
    render(<ExportPanel {...props} />, root);
    return props;
  }

  it('masks by default, shows the preview, and saves in the format chosen', () => {
    const p = panel();
    expect(q<HTMLInputElement>('#export-redact')!.checked).toBe(true);
    expect(q<HTMLInputElement>('#export-conversation-ids')!.checked).toBe(false);
    expect(q('.redaction-preview')).not.toBeNull();
    expect([...root.querySelectorAll('.export-formats button')].map((b) => b.className)).toEqual([
      'save-json',
      'save-csv',
      'save-md',
    ]);
    q<HTMLButtonElement>('.save-csv')!.click();
    expect(p.onSave).toHaveBeenCalledWith('csv');
    q<HTMLInputElement>('#export-conversation-ids')!.click();
    expect(p.onOptions).toHaveBeenCalledWith({ conversationIds: true });
  });

  it('nothing can be saved before the preview is on screen', () => {
    panel({ stage: { kind: 'loading', done: 500, total: 2000 } });
    expect(q<HTMLFieldSetElement>('.export-formats')!.disabled).toBe(true);
    expect(root.textContent).toContain('Reading stops… 500 of 2,000');
    panel({ stage: { kind: 'previewing' } });
    expect(q<HTMLFieldSetElement>('.export-formats')!.disabled).toBe(true);
  });

  it('offers the evidence bundle only with screenshots, and warns they are not masked', () => {
    panel({ screenshots: 2 });
    expect(q('.save-zip')!.textContent).toContain('2 screenshots');
    expect(root.textContent).toContain('not masked');
  });

  it('warns when the JSON is larger than import reads, and lets the user save anyway', () => {
    const p = panel({ tooLarge: { chars: 60 * 1024 * 1024, limitChars: 50 * 1024 * 1024 } });
    expect(q('.too-large')!.textContent).toContain('This JSON is 60.0 MB; import reads at most 50 MB');
    q<HTMLButtonElement>('.save-anyway')!.click();
    expect(p.onSaveAnyway).toHaveBeenCalled();
  });

  it('turning masking off disables the conversation-id option and shows the warning', () => {
    panel({ options: { redact: false, conversationIds: true } });
    expect(q<HTMLInputElement>('#export-conversation-ids')!.disabled).toBe(true);
    expect(q<HTMLInputElement>('#export-conversation-ids')!.checked).toBe(false);
    expect(q('.redaction-off')).not.toBeNull();
  });
});

describe('ImportPanel', () => {
  function panel(state: ImportState, locale: UiLocale = 'en') {
    const props = { strings: STRINGS[locale], locale, state, onFile: vi.fn(), onImport: vi.fn() };
    render(<ImportPanel {...props} />, root);
    return props;
  }

  it('shows exactly what is wrong with a refused file, and that nothing changed', () => {
    panel({ kind: 'invalid', fileName: 'broken.json', error: 'Invalid JSON at line 4, column 3: expected a comma.' });
    const alert = q('[role="alert"]')!;
    expect(alert.textContent).toContain('Cannot import broken.json');
    expect(alert.textContent).toContain('line 4, column 3');
    expect(alert.textContent).toContain('Nothing stored was changed.');
  });

  it('says what a valid file holds, then what was added by owner', () => {
    const p = panel({
      kind: 'ready',
      fileName: 'a.json',
      count: 3,
      exportedAt: '2026-11-27T12:00:00.000Z',
      redacted: true,
    });
    expect(q('.import-ready')!.textContent).toContain('This file holds 3 stops');
    expect(q('.import-ready')!.textContent).toContain('It was masked when exported.');
    q<HTMLButtonElement>('.import-go')!.click();
    expect(p.onImport).toHaveBeenCalled();
    const stop = toExportedStop(newRecord(capture(), classification()));
    const { summary } = planImport(new Set(['other']), [
      stop,
      { ...stop, occurrenceKeys: ['x'] },
      { ...stop, occurrenceKeys: ['other'] },
    ]);
    panel({ kind: 'done', summary });
    expect(q('.import-summary')!.textContent).toContain('Added 2 stops; 1 already stored was skipped.');
    expect(q('.import-owner[data-owner="chatgpt-app"]')!.textContent).toContain('2');
  });

  it('has a labelled file input that reports the chosen file', () => {
    const p = panel({ kind: 'idle' });
    const input = q<HTMLInputElement>('#import-file')!;
    expect(q('label[for="import-file"]')!.textContent).toBe('Export file (.json)');
    const file = new File(['{}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onFile).toHaveBeenCalledWith(file);
  });

  it('speaks Korean', () => {
    panel({ kind: 'invalid', fileName: 'x.json', error: 'stops[0].owner: …' }, 'ko');
    expect(root.textContent).toContain('저장된 기록은 바뀌지 않았습니다.');
  });
});

describe('GeneralSettings', () => {
  function settings(over: Partial<typeof DEFAULT_SETTINGS> = {}, locale: UiLocale = 'en') {
    const onChange = vi.fn();
    render(
      <GeneralSettings
        strings={STRINGS[locale]}
        locale={locale}
        settings={{ ...DEFAULT_SETTINGS, ...over }}
        onChange={onChange}
      />,
      root,
    );
    return onChange;
  }

  it('shows the defaults: notifications on, language auto, keep everything, screenshots off', () => {
    settings();
    expect(q<HTMLInputElement>('#setting-notifications')!.checked).toBe(true);
    expect(q<HTMLSelectElement>('#setting-language')!.value).toBe('auto');
    expect(q<HTMLInputElement>('#retention-all')!.checked).toBe(true);
    expect(q<HTMLInputElement>('#retention-days-count')!.disabled).toBe(true);
    expect(q<HTMLInputElement>('#setting-screenshots')!.checked).toBe(false);
  });

  it('reports each change', () => {
    const onChange = settings();
    q<HTMLInputElement>('#setting-screenshots')!.click();
    expect(onChange).toHaveBeenCalledWith({ screenshots: true });
    q<HTMLInputElement>('#setting-notifications')!.click();
    expect(onChange).toHaveBeenCalledWith({ notifications: false });
    const lang = q<HTMLSelectElement>('#setting-language')!;
    lang.value = 'ko';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith({ locale: 'ko' });
    q<HTMLInputElement>('#retention-days')!.click();
    expect(onChange).toHaveBeenCalledWith({ retentionDays: 90 });
  });

  it('saves only a whole number of days in range, so a half-typed value deletes nothing', async () => {
    const onChange = settings({ retentionDays: 30 });
    const days = q<HTMLInputElement>('#retention-days-count')!;
    expect(days.value).toBe('30');
    for (const bad of ['0', '-3', '2.5', '', '99999']) {
      days.value = bad;
      await act(() => void days.dispatchEvent(new Event('change', { bubbles: true })));
    }
    expect(onChange).not.toHaveBeenCalled();
    days.value = '7';
    await act(() => void days.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onChange).toHaveBeenCalledWith({ retentionDays: 7 });
    q<HTMLInputElement>('#retention-all')!.click();
    expect(onChange).toHaveBeenCalledWith({ retentionDays: null });
  });

  it('speaks Korean', () => {
    settings({}, 'ko');
    expect(root.textContent).toContain('기록이 저장될 때 탭 스크린샷 찍기');
  });
});

describe('HistoryScreenshots', () => {
  it('shows each picture with a description, and nothing that is not a browser-made JPEG', async () => {
    const { HistoryScreenshots } = await import('../../components/HistoryScreenshots.tsx');
    const shots = [
      { id: 1, stopId: 1, takenAt: T, dataUrl: 'data:image/jpeg;base64,/9j/4AAQ' },
      { id: 2, stopId: 1, takenAt: T + 1, dataUrl: 'https://tracker.example/pixel.jpg' },
    ];
    render(<HistoryScreenshots screenshots={shots} strings={STRINGS.en} locale="en" />, root);
    const imgs = root.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('data:image/jpeg;base64,/9j/4AAQ');
    expect(imgs[0]!.getAttribute('alt')).toMatch(/^Screenshot 1 of the tab, taken /);
    render(<HistoryScreenshots screenshots={[]} strings={STRINGS.en} locale="en" />, root);
    expect(root.innerHTML).toBe('');
  });
});
