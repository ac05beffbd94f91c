/**
 * The list of languages drives every place that used to name each one: the browser-language match, the settings'
 * validation and the picker. A new language is a new folder in lib/i18n/ and one entry in LOCALES; TypeScript
 * checks its shape, and the walk below checks at run time that it has every string English has, no more, no fewer.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_RUN_STRINGS,
  HEALTH_STRINGS,
  isUiLocale,
  localeForBrowserLanguage,
  LOCALES,
  MARKDOWN_PACKET_STRINGS,
  SESSION_STRINGS,
  STORAGE_STRINGS,
  STRINGS,
  UI_LOCALES,
} from '../../lib/i18n/strings.ts';
import { LANGUAGES } from '../../lib/i18n/languages.ts';
import { BACKGROUND_STRINGS } from '../../lib/i18n/background-strings.ts';
import { normalizeSettings, resolveLocale } from '../../lib/settings/settings.ts';

/**
 * Where `locale` differs in shape from `reference`: a key missing or extra at any depth, a string where a function is
 * expected (or the other way round), an empty string, a list of another length, a function taking fewer arguments.
 */
function shapeDifferences(reference: unknown, locale: unknown, path = ''): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(reference) !== kind(locale)) return [`${path}: ${kind(locale)} instead of ${kind(reference)}`];
  if (typeof locale === 'string') return locale.trim() === '' ? [`${path}: empty`] : [];
  if (typeof reference === 'function' && typeof locale === 'function') {
    return locale.length < reference.length ? [`${path}: takes ${locale.length} of ${reference.length} arguments`] : [];
  }
  if (Array.isArray(reference) && Array.isArray(locale) && reference.length !== locale.length) {
    return [`${path}: ${locale.length} items instead of ${reference.length}`];
  }
  if (typeof reference !== 'object' || reference === null) return [];
  const ref = reference as Record<string, unknown>;
  const loc = locale as Record<string, unknown>;
  const out: string[] = [];
  for (const key of Object.keys(ref)) {
    if (!Object.hasOwn(loc, key)) out.push(`${path}.${key}: missing`);
    else out.push(...shapeDifferences(ref[key], loc[key], `${path}.${key}`));
  }
  for (const key of Object.keys(loc)) if (!Object.hasOwn(ref, key)) out.push(`${path}.${key}: not in English`);
  return out;
}

describe('every locale has every string', () => {
  it.each(UI_LOCALES.slice(1))('%s has the shape of English, at every depth', (code) => {
    expect(shapeDifferences(LOCALES.en, LOCALES[code])).toEqual([]);
  });

  it('the walk reports a missing, an extra, an empty and a mistyped string, deep down', () => {
    const en = LOCALES.en;
    const ui = { ...en.ui, reasons: { ...en.ui.reasons } } as Record<string, unknown>;
    delete (ui.reasons as Record<string, unknown>).moderation;
    ui.owners = { ...en.ui.owners, nobody: 'Nobody' };
    ui.emptyTitle = ' ';
    ui.resetAt = 'at noon';
    ui.seenTimes = () => 'often';
    const differences = shapeDifferences(en, { ...en, ui });
    expect(differences).toEqual(
      expect.arrayContaining([
        '.ui.reasons.moderation: missing',
        '.ui.owners.nobody: not in English',
        '.ui.emptyTitle: empty',
        '.ui.resetAt: string instead of function',
        '.ui.seenTimes: takes 0 of 1 arguments',
      ]),
    );
    expect(differences).toHaveLength(5);
    expect(
      shapeDifferences(en, { ...en, firstRun: { ...en.firstRun, welcome: { ...en.firstRun.welcome, captured: [] } } }),
    ).toEqual([`.firstRun.welcome.captured: 0 items instead of ${en.firstRun.welcome.captured.length}`]);
  });
});

describe('locales', () => {
  it('lists English first (the fallback), and Korean', () => {
    expect(UI_LOCALES[0]).toBe('en');
    expect(UI_LOCALES).toContain('ko');
    expect(UI_LOCALES).toEqual(Object.keys(LOCALES));
  });

  it('builds every table from the one list', () => {
    for (const code of UI_LOCALES) {
      expect(STRINGS[code]).toBe(LOCALES[code].ui);
      expect(FIRST_RUN_STRINGS[code]).toBe(LOCALES[code].firstRun);
      expect(HEALTH_STRINGS[code]).toBe(LOCALES[code].health);
      expect(SESSION_STRINGS[code]).toBe(LOCALES[code].session);
      expect(STORAGE_STRINGS[code]).toBe(LOCALES[code].storage);
      expect(MARKDOWN_PACKET_STRINGS[code]).toBe(LOCALES[code].markdownPacket);
      // The worker's own table (lib/i18n/background-strings.ts) holds the words LOCALES checks, owner names included.
      expect(BACKGROUND_STRINGS[code]).toBe(LOCALES[code].background);
      expect(BACKGROUND_STRINGS[code].owners).toBe(LOCALES[code].ui.owners);
    }
    expect(Object.keys(STRINGS)).toEqual(UI_LOCALES);
    expect(Object.keys(BACKGROUND_STRINGS)).toEqual(UI_LOCALES);
  });

  it("gives each locale its own language info, and the popup's loader its own card words", async () => {
    expect(UI_LOCALES).toEqual(Object.keys(LANGUAGES));
    for (const code of UI_LOCALES) {
      const { name, tag } = LANGUAGES[code];
      expect(LOCALES[code].language).toMatchObject({ name, tag });
      const { card } = await LANGUAGES[code].loadCard();
      const ui = LOCALES[code].ui as unknown as Record<string, unknown>;
      expect(Object.keys(card).length).toBeGreaterThan(10);
      for (const [key, words] of Object.entries(card)) expect(ui[key], `${code}: ${key}`).toBe(words);
    }
    expect((await LANGUAGES.ko.loadCard()).card.latest).not.toBe((await LANGUAGES.en.loadCard()).card.latest);
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
