import { useState } from 'preact/hooks';
import { PasteView, type PasteMessage } from '@/components/PasteView.tsx';
import { capPasted, readPaste } from '@/lib/evidence/parse-pasted.ts';
import { PASTE_LIMITS, type PasteRoute, type PasteSummary } from '@/lib/evidence/pasted-stop.ts';
import { SESSION_STRINGS, STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import type { StopRecord } from '@/lib/domain/shapes.ts';
import { pageRequest as request } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';
import '../packet/page.css';

// Wiring only: the paste is read here (parse-pasted.ts); the background classifies it and, on the explicit save,
// stores it.

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

  /** The paste read; only what was read of the start and the end of a huge paste ever leaves this page. */
  function read() {
    const capped = capPasted(text);
    return readPaste({ text: capped.text, route, originalChars: capped.originalChars, seenAt: Date.now() });
  }

  function refuse(message: string) {
    setResult(undefined);
    setMessage({ kind: 'error', text: message });
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
      const paste = read();
      if (!paste.ok) return refuse(s.empty);
      const r = await request('classifyPaste', paste.stop);
      if (r.ok) setResult({ draft: r.draft, summary: paste.summary });
      else refuse(r.reason === 'empty' ? s.empty : s.failed(r.message));
    });

  const save = () =>
    run(async () => {
      const paste = read();
      if (!paste.ok) return refuse(s.empty);
      const preview = await request('classifyPaste', paste.stop);
      if (preview.ok) setResult({ draft: preview.draft, summary: paste.summary });
      const r = await request('savePaste', paste.stop);
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
