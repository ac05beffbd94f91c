import { PASTE_ROUTES, type PasteRoute, type PasteSummary } from '../lib/evidence/pasted-stop.ts';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import type { StopRecord } from '../lib/domain/shapes.ts';
import { PacketView } from './PacketView.tsx';
import { StopCard } from './StopCard.tsx';

export interface PasteMessage {
  kind: 'info' | 'error';
  text: string;
}

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  text: string;
  route: PasteRoute;
  /** Set when the paste is longer than what is read: original size and the read start and end, in characters. */
  cut?: { originalChars: number; headChars: number; tailChars: number };
  busy: boolean;
  result?: { draft: StopRecord; summary: PasteSummary };
  message?: PasteMessage;
  /** Id of the stored stop after a save, for the link to its packet. */
  savedId?: number;
  onText: (text: string) => void;
  onRoute: (route: PasteRoute) => void;
  onClassify: () => void;
  onSave: () => void;
  now?: () => number;
  /** Text of the link to the "Import a session" page (HAR files and logs). */
  sessionLink?: string;
}

const kb = (chars: number) => (chars / 1024).toFixed(chars < 10 * 1024 ? 1 : 0);

/** Paste an error, see the same explanation and packet as a captured stop, save it only on an explicit click. */
export function PasteView(p: Props) {
  const s = p.strings.paste;
  const empty = p.text.trim() === '';
  return (
    <main class="paste" lang={p.locale}>
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      <p class="muted small">
        {s.privacy} {s.saveHint}
      </p>
      {p.sessionLink && (
        <p>
          <a class="session-link" href="session.html">
            {p.sessionLink}
          </a>
        </p>
      )}
      <form
        class="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!p.busy) p.onClassify();
        }}
      >
        <label for="paste-text">{s.textLabel}</label>
        <textarea
          id="paste-text"
          name="text"
          rows={12}
          spellcheck={false}
          value={p.text}
          onInput={(e) => p.onText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {p.cut && (
          <p class="cut-notice" role="note">
            {s.cutNotice(kb(p.cut.originalChars), kb(p.cut.headChars), kb(p.cut.tailChars))}
          </p>
        )}
        <label for="paste-route">{s.routeLabel}</label>
        <select
          id="paste-route"
          name="route"
          value={p.route}
          onChange={(e) => p.onRoute((e.currentTarget as HTMLSelectElement).value as PasteRoute)}
        >
          {PASTE_ROUTES.map((r) => (
            <option key={r} value={r}>
              {s.routes[r]}
            </option>
          ))}
        </select>
        <div class="paste-actions">
          <button type="submit" class="classify" disabled={p.busy || empty}>
            {s.classify}
          </button>
          <button type="button" class="save" disabled={p.busy || empty} onClick={() => p.onSave()}>
            {s.save}
          </button>
        </div>
      </form>
      <div class="paste-message" role="status" aria-live="polite">
        {p.message && <p class={p.message.kind === 'error' ? 'error' : 'info'}>{p.message.text}</p>}
        {p.savedId !== undefined && (
          <p>
            <a class="saved-packet" href={`packet.html?id=${p.savedId}`}>
              {s.openPacket}
            </a>
          </p>
        )}
      </div>
      {p.result && (
        <section class="paste-result" aria-labelledby="paste-result-title">
          <h2 id="paste-result-title">{s.resultTitle}</h2>
          <p class="muted small read-as">
            {s.readAs(s.formats[p.result.summary.format])}
            {p.result.summary.status !== undefined && ` · HTTP ${p.result.summary.status}`}
          </p>
          {p.result.summary.notes.length > 0 && (
            <ul class="paste-notes muted small">
              {p.result.summary.notes.map((n) => (
                <li key={n}>{s.notes[n]}</li>
              ))}
            </ul>
          )}
          <StopCard stop={p.result.draft} strings={p.strings} locale={p.locale} detailed now={p.now} />
          <PacketView stop={p.result.draft} strings={p.strings} locale={p.locale} />
        </section>
      )}
    </main>
  );
}
