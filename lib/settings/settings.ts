/** User settings: their shape, defaults and validation. Stored by lib/settings/store.ts. */
import type { UiLocale } from '../i18n/strings.ts';

export interface Settings {
  /** Notify when a stop's reset time arrives. */
  notifications: boolean;
  /** 'auto' follows the browser's language. */
  locale: 'auto' | UiLocale;
}

export const DEFAULT_SETTINGS: Settings = { notifications: true, locale: 'auto' };

/** Reads whatever storage holds (older versions, hand edits) into a valid Settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    notifications: typeof r.notifications === 'boolean' ? r.notifications : DEFAULT_SETTINGS.notifications,
    locale: r.locale === 'en' || r.locale === 'ko' || r.locale === 'auto' ? r.locale : DEFAULT_SETTINGS.locale,
  };
}

export function resolveLocale(settings: Settings, browserLanguage: string | undefined): UiLocale {
  if (settings.locale !== 'auto') return settings.locale;
  return browserLanguage?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
