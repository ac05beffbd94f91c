import type { HealthStrings } from '../lib/i18n/strings.ts';
import type { RuleResult } from '../lib/health/rules.ts';

interface Props {
  strings: HealthStrings;
  results: readonly RuleResult[];
  /** Something was counted at all (otherwise every rule is trivially OK). */
  hasData: boolean;
  onCopy: () => void;
  onSave: () => void;
  /** The outcome of the last copy, said once. */
  status?: string;
}

/** Each health rule with its verdict and the counts behind it, and the diagnostics buttons. Props in. */
export function HealthSection({ strings: h, results, hasData, onCopy, onSave, status }: Props) {
  return (
    <section id="health" class="health" aria-labelledby="health-heading">
      <h2 id="health-heading">{h.title}</h2>
      <p class="muted">{h.intro}</p>
      {!hasData && <p class="health-empty">{h.noData}</p>}
      <ul class="health-rules">
        {results.map((r) => (
          <li key={r.id} class="health-rule" data-rule={r.id} data-verdict={r.verdict}>
            <strong>{h.rules[r.id].name}</strong>:{' '}
            <span class={`health-verdict verdict-${r.verdict}`}>{h.verdicts[r.verdict]}</span>
            <span class="block">{h.rules[r.id].verdict(r)}</span>
            <span class="muted small block">
              {Object.entries(r.evidence)
                .map(([k, v]) => `${h.evidence[k] ?? k}: ${v}`)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="health-copy" onClick={onCopy}>
          {h.copy}
        </button>{' '}
        <button type="button" class="health-save" onClick={onSave}>
          {h.save}
        </button>
      </p>
      <p class="muted small">{h.diagnosticsNote}</p>
      {status && (
        <p class="health-status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
