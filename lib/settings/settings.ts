/** User settings: their shape, defaults and validation. Stored by lib/settings/store.ts. */
import { isUiLocale, localeForBrowserLanguage, type UiLocale } from '../i18n/language-info.ts';

export interface Settings {
  /** Notify when a stop's reset time arrives. */
  notifications: boolean;
  /** 'auto' follows the browser's language. */
  locale: 'auto' | UiLocale;
  /** Delete stops last seen more than this many days ago; null keeps everything (the default). */
  retentionDays: number | null;
  /** Take a picture of the visible tab when a stop is captured there (off by default: pictures can show anything). */
  screenshots: boolean;
}

/** The retention a user can choose, in days. */
export const RETENTION_DAYS_RANGE = { min: 1, max: 3650 } as const;

export const DEFAULT_SETTINGS: Settings = {
  notifications: true,
  locale: 'auto',
  retentionDays: null,
  screenshots: false,
};

/** Reads whatever storage holds (older versions, hand edits) into a valid Settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    notifications: typeof r.notifications === 'boolean' ? r.notifications : DEFAULT_SETTINGS.notifications,
    locale: isUiLocale(r.locale) || r.locale === 'auto' ? r.locale : DEFAULT_SETTINGS.locale,
    retentionDays: normalizeRetentionDays(r.retentionDays),
    screenshots: typeof r.screenshots === 'boolean' ? r.screenshots : DEFAULT_SETTINGS.screenshots,
  };
}

/** A whole number of days in range, or null (keep everything); anything else keeps everything, never deletes. */
export function normalizeRetentionDays(raw: unknown): number | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return null;
  const days = Math.round(raw);
  if (days < RETENTION_DAYS_RANGE.min) return null;
  return Math.min(days, RETENTION_DAYS_RANGE.max);
}

export function resolveLocale(settings: Settings, browserLanguage: string | undefined): UiLocale {
  if (settings.locale !== 'auto') return settings.locale;
  return localeForBrowserLanguage(browserLanguage);
}
