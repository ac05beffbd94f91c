import { useState } from 'preact/hooks';
import { PasteView, type PasteMessage } from '@/components/PasteView.tsx';
import { capPasted, PASTE_LIMITS, type PasteRoute, type PasteSummary } from '@/lib/evidence/parse-pasted.ts';
import { SESSION_STRINGS, STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import type { StopRecord } from '@/lib/domain/shapes.ts';
import { pageRequest as request } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';
import '../packet/page.css';

// Wiring only: the background parses, classifies and (on the explicit save) stores the paste.

export function PastePage({ locale }: { locale: UiLocale }) {
  const strings = STRINGS[locale];
  const [text, setText] = useState('');
  const [route, setRoute] = useState<PasteRoute>('auto');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ draft: StopRecord; summary: PasteSummary }>();
  const [message, setMessage] = useState<PasteMessage>();
  const [savedId, setSavedId] = useState<number>();
  const s = strings.paste;
  const tooLong = text.length > PASTE_LIMITS.headChars + PASTE_LIMITS.tailChars;

  function payload() {
    // Only the start and the end of a huge paste ever leave this page.
    const capped = capPasted(text);
    return { text: capped.text, route, originalChars: capped.originalChars, seenAt: Date.now() };
  }

  async function run(job: () => Promise<void>) {
    setBusy(true);
    setMessage(undefined);
    try {
      await job();
    } catch (e) {
      setMessage({ kind: 'error', text: s.failed(String(e)) });
    } finally {
      setBusy(false);
    }
  }

  const classify = () =>
    run(async () => {
      setSavedId(undefined);
      const r = await request('classifyPaste', payload());
      if (r.ok) setResult({ draft: r.draft, summary: r.summary });
      else {
        setResult(undefined);
        setMessage({ kind: 'error', text: r.reason === 'empty' ? s.empty : s.failed(r.message) });
      }
    });

  const save = () =>
    run(async () => {
      const p = payload();
      const preview = await request('classifyPaste', p);
      if (preview.ok) setResult({ draft: preview.draft, summary: preview.summary });
      const r = await request('savePaste', p);
      if (r.ok) {
        setSavedId(r.id);
        setMessage({ kind: 'info', text: r.outcome === 'merged' ? s.savedAgain : s.saved });
      } else {
        setMessage({ kind: 'error', text: r.reason === 'not-a-stop' ? s.notAStop : s.failed(r.message) });
      }
    });

  return (
    <PasteView
      strings={strings}
      locale={locale}
      text={text}
      route={route}
      {...(tooLong
        ? { cut: { originalChars: text.length, headChars: PASTE_LIMITS.headChars, tailChars: PASTE_LIMITS.tailChars } }
        : {})}
      busy={busy}
      {...(result ? { result } : {})}
      {...(message ? { message } : {})}
      {...(savedId !== undefined ? { savedId } : {})}
      onText={(t) => {
        setText(t);
        setSavedId(undefined);
      }}
      onRoute={setRoute}
      onClassify={() => void classify()}
      onSave={() => void save()}
      sessionLink={SESSION_STRINGS[locale].link}
    />
  );
}
