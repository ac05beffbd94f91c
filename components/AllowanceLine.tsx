import type { AllowanceSnapshot } from '../lib/domain/shapes.ts';
import { formatDate } from '../lib/i18n/date-format.ts';
import type { UiLocale } from '../lib/i18n/languages.ts';
import type { CardStrings } from '../lib/i18n/types/index.ts';

interface Props {
  allowance: AllowanceSnapshot | undefined;
  strings: CardStrings;
  locale: UiLocale;
}

/** What ChatGPT itself said is left, with its source and age; never a figure of ours. */
export function AllowanceLine({ allowance, strings, locale }: Props) {
  const fmt = (iso: string | number) =>
    formatDate(iso, locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  return (
    <section class="allowance" aria-labelledby="allowance-heading">
      <h2 id="allowance-heading">{strings.allowanceTitle}</h2>
      {allowance?.remaining !== undefined ? (
        <p data-remaining={allowance.remaining}>
          <strong>{strings.allowanceLeft(allowance.remaining)}</strong>
          {allowance.resetAfter && <span> · {strings.allowanceResets(fmt(allowance.resetAfter))}</span>}
          <br />
          <span class="muted small">{strings.allowanceSource(fmt(allowance.seenAt))}</span>
        </p>
      ) : (
        <p class="muted" data-remaining="not-reported">
          {strings.allowanceNotReported}
        </p>
      )}
    </section>
  );
}
