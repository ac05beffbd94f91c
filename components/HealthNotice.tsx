import type { HealthStrings } from '../lib/i18n/strings.ts';
import type { Verdict } from '../lib/health/rules.ts';

/** The popup's one line when detection is degraded or broken, linking to the health view. Nothing when OK. */
export function HealthNotice({
  strings,
  verdict,
  href,
}: {
  strings: HealthStrings;
  verdict: Verdict | undefined;
  href: string;
}) {
  if (!verdict || verdict === 'ok') return null;
  return (
    <p class="health-notice" data-verdict={verdict} role="status">
      {strings.notice(verdict)}{' '}
      <a href={href} target="_blank" rel="noopener">
        {strings.noticeLink}
      </a>
    </p>
  );
}
