import { useMemo, useRef, useState } from 'preact/hooks';
import { isStopRow, SessionView, type SessionMessage } from '@/components/SessionView.tsx';
import { SESSION_STRINGS, STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';
import type { SessionResult } from '@/lib/session/analyze.ts';
import { readPaste } from '@/lib/evidence/parse-pasted.ts';
import { rowSaveRequest, type SessionRow } from '@/lib/session/rows.ts';
import type { SessionWorkerEvent, SessionWorkerRequest } from '@/lib/session/worker-protocol.ts';
import { pageRequest as request } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';
import '../packet/page.css';
import './session.css';

// Wiring only: a worker reads and classifies; the background stores the rows the user picks, one paste each.

export function SessionPage({ locale }: { locale: UiLocale }) {
  const ui = STRINGS[locale];
  const s = SESSION_STRINGS[locale];
  const worker = useRef<Worker | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<{ readBytes: number; totalBytes: number; found: number }>();
  const [rows, setRows] = useState<SessionRow[]>([]);
  const [result, setResult] = useState<SessionResult>();
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [text, setText] = useState('');
  const [saving, setSaving] = useState<{ done: number; total: number }>();
  const [message, setMessage] = useState<SessionMessage>();
  const sorted = useMemo(
    () => [...rows].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.index - b.index),
    [rows],
  );

  function start(req: SessionWorkerRequest) {
    worker.current?.terminate();
    setRows([]);
    setResult(undefined);
    setPicked(new Set());
    setMessage(undefined);
    setProgress({ readBytes: 0, totalBytes: 0, found: 0 });
    setReading(true);
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<SessionWorkerEvent>) => {
      const e = event.data;
      if (e.type === 'rows') setRows((prev) => [...prev, ...e.rows]);
      else if (e.type === 'progress') setProgress({ readBytes: e.readBytes, totalBytes: e.totalBytes, found: e.found });
      else {
        if (e.type === 'done') setResult(e.result);
        else setMessage({ kind: 'error', text: `${s.problems['read-failed']} ${e.message}` });
        setReading(false);
        w.terminate();
        if (worker.current === w) worker.current = undefined;
      }
    };
    w.onerror = (e) => {
      setMessage({ kind: 'error', text: `${s.problems['read-failed']} ${e.message}` });
      setReading(false);
      w.terminate();
    };
    w.postMessage(req);
  }

  const cancel = () => {
    worker.current?.terminate();
    worker.current = undefined;
    setReading(false);
  };

  async function save() {
    const chosen = sorted.filter((r) => picked.has(r.index));
    let created = 0;
    let merged = 0;
    let refused = 0;
    setMessage(undefined);
    setSaving({ done: 0, total: chosen.length });
    try {
      for (const [i, row] of chosen.entries()) {
        // Read here, like the paste page's: the background only classifies and stores what was read.
        const paste = readPaste(rowSaveRequest(row, Date.now()));
        if (!paste.ok) throw new Error(paste.message);
        const r = await request('savePaste', paste.stop);
        if (r.ok) {
          if (r.outcome === 'created') created++;
          else merged++;
        } else if (r.reason === 'not-a-stop') refused++;
        else throw new Error(r.message);
        setSaving({ done: i + 1, total: chosen.length });
      }
      setMessage({ kind: 'info', text: s.saved(String(created), String(merged), String(refused)) });
      setPicked(new Set());
    } catch (e) {
      setMessage({ kind: 'error', text: s.saveFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setSaving(undefined);
    }
  }

  return (
    <SessionView
      ui={ui}
      strings={s}
      locale={locale}
      reading={reading}
      {...(progress ? { progress } : {})}
      rows={sorted}
      {...(result ? { result } : {})}
      picked={picked}
      text={text}
      {...(saving ? { saving } : {})}
      {...(message ? { message } : {})}
      onFile={(file) => start({ type: 'file', file, now: Date.now() })}
      onText={setText}
      onReadText={() => start({ type: 'text', text, now: Date.now() })}
      onCancel={cancel}
      onPick={(index, on) =>
        setPicked((prev) => {
          const next = new Set(prev);
          if (on) next.add(index);
          else next.delete(index);
          return next;
        })
      }
      onPickAll={() => setPicked(new Set(sorted.filter(isStopRow).map((r) => r.index)))}
      onSave={() => void save()}
    />
  );
}
