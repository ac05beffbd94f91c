/**
 * The list of languages drives every place that used to name each one: the browser-language match, the settings'
 * validation and the picker. A new language is a new file in lib/i18n/ and one entry in LOCALES.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_RUN_STRINGS,
  HEALTH_STRINGS,
  isUiLocale,
  localeForBrowserLanguage,
  LOCALES,
  SESSION_STRINGS,
  STRINGS,
  UI_LOCALES,
} from '../../lib/i18n/strings.ts';
import { normalizeSettings, resolveLocale } from '../../lib/settings/settings.ts';

describe('locales', () => {
  it('lists English first (the fallback), then Korean', () => {
    expect(UI_LOCALES).toEqual(['en', 'ko']);
  });

  it('builds every table from the one list', () => {
    for (const code of UI_LOCALES) {
      expect(STRINGS[code]).toBe(LOCALES[code].ui);
      expect(FIRST_RUN_STRINGS[code]).toBe(LOCALES[code].firstRun);
      expect(HEALTH_STRINGS[code]).toBe(LOCALES[code].health);
      expect(SESSION_STRINGS[code]).toBe(LOCALES[code].session);
    }
    expect(Object.keys(STRINGS)).toEqual(UI_LOCALES);
  });

  it('matches a browser language to its locale, falling back to English', () => {
    expect(localeForBrowserLanguage('ko-KR')).toBe('ko');
    expect(localeForBrowserLanguage('KO')).toBe('ko');
    expect(localeForBrowserLanguage('en-GB')).toBe('en');
    expect(localeForBrowserLanguage('fr-FR')).toBe('en');
    expect(localeForBrowserLanguage(undefined)).toBe('en');
    expect(resolveLocale(normalizeSettings({ locale: 'auto' }), 'ko-KR')).toBe('ko');
    expect(resolveLocale(normalizeSettings({ locale: 'en' }), 'ko-KR')).toBe('en');
  });

  it('accepts only listed locales in settings', () => {
    expect(isUiLocale('ko')).toBe(true);
    expect(isUiLocale('fr')).toBe(false);
    expect(isUiLocale('toString')).toBe(false);
    expect(normalizeSettings({ locale: 'fr' }).locale).toBe('auto');
    expect(normalizeSettings({ locale: 'ko' }).locale).toBe('ko');
  });
});
