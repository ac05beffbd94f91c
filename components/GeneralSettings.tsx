import { useState } from 'preact/hooks';
import { LOCALES, UI_LOCALES, type UiLocale, type UiStrings } from '../lib/i18n/strings.ts';
import { RETENTION_DAYS_RANGE, type Settings } from '../lib/settings/settings.ts';

interface Props {
  strings: UiStrings;
  locale: UiLocale;
  settings: Settings;
  /** Called with what changed; the page saves it (lib/settings/store.ts). */
  onChange: (patch: Partial<Settings>) => void;
}

/** Days proposed when the user switches from "keep everything" to a period. */
const DEFAULT_RETENTION_DAYS = 90;

/** Notifications, language, how long stops are kept, and screenshots. Props in; saving is the page's job. */
export function GeneralSettings({ strings, settings, onChange }: Props) {
  const g = strings.generalSettings;
  // The number being typed: only a whole number in range is saved, so a half-typed value deletes nothing.
  const [days, setDays] = useState(String(settings.retentionDays ?? DEFAULT_RETENTION_DAYS));
  const keeping = settings.retentionDays !== null;

  function commitDays(text: string) {
    setDays(text);
    const n = Number(text);
    if (Number.isInteger(n) && n >= RETENTION_DAYS_RANGE.min && n <= RETENTION_DAYS_RANGE.max)
      onChange({ retentionDays: n });
  }

  return (
    <section class="general-settings" aria-labelledby="general-heading">
      <h2 id="general-heading">{g.title}</h2>

      <div class="check">
        <input
          id="setting-notifications"
          type="checkbox"
          checked={settings.notifications}
          aria-describedby="setting-notifications-hint"
          onChange={(e) => onChange({ notifications: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="setting-notifications">{g.notifications}</label>
        <span id="setting-notifications-hint" class="muted small block">
          {g.notificationsHint}
        </span>
      </div>

      <div class="field">
        <label for="setting-language">{g.language}</label>
        <select
          id="setting-language"
          value={settings.locale}
          onChange={(e) => onChange({ locale: (e.currentTarget as HTMLSelectElement).value as Settings['locale'] })}
        >
          <option value="auto">{g.languageAuto}</option>
          {UI_LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALES[code].language.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset class="retention" aria-describedby="setting-retention-hint">
        <legend>{g.retention}</legend>
        <div class="check">
          <input
            id="retention-all"
            type="radio"
            name="retention"
            checked={!keeping}
            onChange={() => onChange({ retentionDays: null })}
          />
          <label for="retention-all">{g.keepAll}</label>
        </div>
        <div class="check">
          <input
            id="retention-days"
            type="radio"
            name="retention"
            checked={keeping}
            onChange={() => commitDays(days)}
          />
          <label for="retention-days">{g.keepDays}</label>{' '}
          <input
            id="retention-days-count"
            class="days"
            type="number"
            inputMode="numeric"
            min={RETENTION_DAYS_RANGE.min}
            max={RETENTION_DAYS_RANGE.max}
            step={1}
            value={days}
            aria-label={`${g.keepDays} … ${g.days}`}
            disabled={!keeping}
            onChange={(e) => commitDays((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <span>{g.days}</span>
        </div>
        <span id="setting-retention-hint" class="muted small block">
          {g.retentionHint}
        </span>
      </fieldset>

      <div class="check">
        <input
          id="setting-screenshots"
          type="checkbox"
          checked={settings.screenshots}
          aria-describedby="setting-screenshots-hint"
          onChange={(e) => onChange({ screenshots: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="setting-screenshots">{g.screenshots}</label>
        <span id="setting-screenshots-hint" class="muted small block">
          {g.screenshotsHint}
        </span>
      </div>
    </section>
  );
}
