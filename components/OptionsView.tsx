import { useState } from 'preact/hooks';
import type { UiLocale, UiStrings } from '../lib/i18n/strings.ts';
import { wildcardCoversPublicSuffix } from '../lib/providers/public-suffix.ts';
import { validateCustomProvider } from '../lib/providers/settings.ts';
import {
  OWNER_KINDS,
  type CustomProblem,
  type CustomProviderInput,
  type OwnerKind,
  type ProviderEntryState,
  type ProvidersState,
} from '../lib/providers/types.ts';

export interface OptionsMessage {
  kind: 'info' | 'error';
  text: string;
}

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  state?: ProvidersState;
  /** The entry whose change is under way (its controls are disabled meanwhile). */
  busyId?: string;
  message?: OptionsMessage;
  /** Called from the click itself: the page asks for the site's permission before anything awaits. */
  onToggle: (entry: ProviderEntryState, on: boolean) => void;
  onSaveCustom: (input: CustomProviderInput) => void;
  onDeleteCustom: (entry: ProviderEntryState) => void;
}

/** Provider sites: built-in presets and the user's own, each off until turned on. */
/** "Page patterns must start with https:// (http://x/*)": a custom entry's problem, in the page's language. */
export function customProblemText(p: CustomProblem, s: UiStrings['providerSettings']): string {
  const pattern = 'pattern' in p && p.pattern ? ` (${p.pattern})` : '';
  return `${s.fieldNames[p.field]} ${s.problems[p.problem]}${pattern}`;
}

export function OptionsView({
  strings,
  locale,
  state,
  busyId,
  message,
  onToggle,
  onSaveCustom,
  onDeleteCustom,
}: Props) {
  const s = strings.providerSettings;
  const [editing, setEditing] = useState<ProviderEntryState | 'new' | undefined>();
  const presets = state?.entries.filter((e) => e.kind === 'preset') ?? [];
  const custom = state?.entries.filter((e) => e.kind === 'custom') ?? [];

  const entry = (e: ProviderEntryState) => (
    <li class={`provider provider--${e.status}`} key={e.id} data-provider={e.id} data-status={e.status}>
      <div class="provider-head">
        <strong class="provider-name">{e.name}</strong>
        <span class="muted small"> · {s.ownerKinds[e.ownerKind]}</span>
        <button
          type="button"
          role="switch"
          class="provider-toggle"
          aria-checked={e.enabled}
          aria-label={`${e.enabled ? s.turnOff : s.turnOn}: ${e.name}`}
          disabled={busyId !== undefined}
          onClick={() => onToggle(e, !e.enabled)}
        >
          {e.enabled ? s.turnOff : s.turnOn}
        </button>
      </div>
      <p class="provider-status small" data-status={e.status}>
        {s.status[e.status]}
        {e.error && <span class="muted"> ({e.error})</span>}
      </p>
      <p class="muted small">
        {s.asksFor}: <code>{e.origins.join(' ')}</code>
      </p>
      {e.notes && (
        <details class="small">
          <summary>{s.notes}</summary>
          <p>{e.notes}</p>
        </details>
      )}
      {e.kind === 'custom' && (
        <div class="provider-actions">
          <button type="button" class="edit" disabled={busyId !== undefined} onClick={() => setEditing(e)}>
            {s.edit}
          </button>
          <button type="button" class="remove" disabled={busyId !== undefined} onClick={() => onDeleteCustom(e)}>
            {s.remove}
          </button>
        </div>
      )}
    </li>
  );

  return (
    <main class="options" lang={locale}>
      <h2>{s.title}</h2>
      <p class="intro">{s.intro}</p>
      <div class="options-message" role="status" aria-live="polite">
        {message && <p class={message.kind}>{message.text}</p>}
      </div>
      <section aria-labelledby="presets-title">
        <h3 id="presets-title">{s.presetsTitle}</h3>
        <ul class="providers">{presets.map(entry)}</ul>
      </section>
      <section aria-labelledby="custom-title">
        <h3 id="custom-title">{s.customTitle}</h3>
        <p class="muted">{s.customIntro}</p>
        {state && custom.length === 0 && <p class="muted">{s.noCustom}</p>}
        <ul class="providers">{custom.map(entry)}</ul>
        {editing ? (
          <CustomForm
            strings={strings}
            initial={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(undefined)}
            onSave={(input) => {
              onSaveCustom(input);
              setEditing(undefined);
            }}
          />
        ) : (
          <button type="button" class="add-custom" onClick={() => setEditing('new')}>
            {s.add}
          </button>
        )}
      </section>
    </main>
  );
}

interface FormProps {
  strings: UiStrings;
  initial?: ProviderEntryState;
  onSave: (input: CustomProviderInput) => void;
  onCancel: () => void;
}

function CustomForm({ strings, initial, onSave, onCancel }: FormProps) {
  const s = strings.providerSettings;
  const [name, setName] = useState(initial?.name ?? '');
  const [pages, setPages] = useState(initial?.pages.join('\n') ?? '');
  const [apiHosts, setApiHosts] = useState(initial?.apiHosts.join('\n') ?? '');
  const [ownerKind, setOwnerKind] = useState<OwnerKind>(initial?.ownerKind ?? 'provider');
  const [problem, setProblem] = useState<string>();
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  return (
    <form
      class="custom-form"
      onSubmit={(e) => {
        e.preventDefault();
        const input: CustomProviderInput = {
          ...(initial ? { id: initial.id } : {}),
          name,
          pages: lines(pages),
          apiHosts: lines(apiHosts),
          ownerKind,
        };
        const checked = validateCustomProvider(input, wildcardCoversPublicSuffix);
        if (!checked.ok) {
          setProblem(customProblemText(checked.problem, s));
          return;
        }
        setProblem(undefined);
        onSave(input);
      }}
    >
      <label for="custom-name">{s.nameLabel}</label>
      <input
        id="custom-name"
        name="name"
        value={name}
        maxLength={120}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <label for="custom-pages">{s.pagesLabel}</label>
      <textarea
        id="custom-pages"
        name="pages"
        rows={3}
        value={pages}
        onInput={(e) => setPages(e.currentTarget.value)}
      />
      <label for="custom-api">{s.apiLabel}</label>
      <textarea
        id="custom-api"
        name="apiHosts"
        rows={2}
        value={apiHosts}
        onInput={(e) => setApiHosts(e.currentTarget.value)}
      />
      <p class="muted small">{s.patternsHint}</p>
      <label for="custom-owner">{s.ownerLabel}</label>
      <select
        id="custom-owner"
        name="ownerKind"
        value={ownerKind}
        onChange={(e) => setOwnerKind(e.currentTarget.value as OwnerKind)}
      >
        {OWNER_KINDS.map((k) => (
          <option key={k} value={k}>
            {s.ownerKinds[k]}
          </option>
        ))}
      </select>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div class="custom-actions">
        <button type="submit" class="save-custom">
          {s.saveEntry}
        </button>
        <button type="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
