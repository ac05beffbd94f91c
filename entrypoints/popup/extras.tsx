/**
 * What the popup shows besides its stops, loaded after the first card is on screen (main.tsx imports this file on
 * demand): the "what's new" line after an update, and the detection-health notice. Neither is needed to answer
 * "why did it stop", and together with WXT's storage items they are code the first paint would otherwise wait for.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HealthNotice } from '@/components/HealthNotice.tsx';
import { WhatsNewLine } from '@/components/WhatsNewLine.tsx';
import type { WhatsNew } from '@/lib/first-run/first-run.ts';
import { whatsNewItem } from '@/lib/first-run/store.ts';
import { evaluateHealth, overall, type Verdict } from '@/lib/health/rules.ts';
import { healthItem } from '@/lib/health/store.ts';
import { FIRST_RUN_STRINGS, HEALTH_STRINGS, type UiLocale } from '@/lib/i18n/strings.ts';

/** After an update that changed something the user sees (lib/first-run/), one line until dismissed. */
function WhatsNewAfterUpdate({ locale }: { locale: UiLocale }) {
  const [whatsNew, setWhatsNew] = useState<WhatsNew | null>(null);
  useEffect(() => void whatsNewItem.getValue().then(setWhatsNew), []);
  const s = FIRST_RUN_STRINGS[locale];
  const text = whatsNew ? s.whatsNew[whatsNew.version] : undefined;
  if (!text) return null;
  const dismiss = () => {
    setWhatsNew(null);
    void whatsNewItem.setValue(null);
  };
  return <WhatsNewLine text={text} dismissLabel={s.whatsNewDismiss} onDismiss={dismiss} />;
}

/** Detection health: one line on top when something is degraded or broken (lib/health/). */
function Health({ locale }: { locale: UiLocale }) {
  const [health, setHealth] = useState<Verdict>();
  useEffect(() => void healthItem.getValue().then((days) => setHealth(overall(evaluateHealth(days, Date.now())))), []);
  return (
    <HealthNotice
      strings={HEALTH_STRINGS[locale]}
      verdict={health}
      href={browser.runtime.getURL('/options.html#health')}
    />
  );
}

export function mountExtras(root: Element, locale: UiLocale): void {
  render(
    <>
      <WhatsNewAfterUpdate locale={locale} />
      <Health locale={locale} />
    </>,
    root,
  );
}
