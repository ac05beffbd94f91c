import { describe, expect, it } from 'vitest';
import { afterInstalled, compareVersions, USER_VISIBLE_VERSIONS } from '../../lib/first-run/first-run.ts';
import { onInstalled, type OnInstalledDeps } from '../../lib/first-run/on-installed.ts';
import { FIRST_RUN_STRINGS, UI_LOCALES } from '../../lib/i18n/strings.ts';

describe('after install or update', () => {
  it('a new install opens the welcome page and sets no line', () => {
    expect(afterInstalled('install', '0.2.0')).toEqual({ openWelcome: true });
  });

  it('an update to a version users see a change in sets its line and opens nothing', () => {
    expect(afterInstalled('update', '0.2.0', '0.1.0')).toEqual({ openWelcome: false, whatsNew: { version: '0.2.0' } });
  });

  it('a reload of the same version, a downgrade, an update without a visible change, a browser update: nothing', () => {
    expect(afterInstalled('update', '0.2.0', '0.2.0')).toEqual({ openWelcome: false });
    expect(afterInstalled('update', '0.1.0', '0.2.0')).toEqual({ openWelcome: false });
    expect(afterInstalled('update', '0.2.1', '0.2.0')).toEqual({ openWelcome: false });
    expect(afterInstalled('chrome_update', '0.2.0', '0.1.0')).toEqual({ openWelcome: false });
    expect(afterInstalled('update', '0.2.0')).toEqual({ openWelcome: false });
  });

  it('versions compare by number, part by part', () => {
    expect(compareVersions('0.10.0', '0.9.3')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBe(-1);
  });

  it('every user-visible version has its line in every language', () => {
    for (const v of USER_VISIBLE_VERSIONS)
      for (const locale of UI_LOCALES) expect(FIRST_RUN_STRINGS[locale].whatsNew[v]).toMatch(/\S/);
  });
});

describe('the background step', () => {
  function deps(welcomed: boolean, earlierData = false) {
    const calls: string[] = [];
    const d: OnInstalledDeps = {
      currentVersion: '0.2.0',
      openWelcome: async () => void calls.push('open'),
      setWhatsNew: async (v) => void calls.push(`whatsNew ${v.version}`),
      wasWelcomed: async () => welcomed,
      markWelcomed: async () => void calls.push('mark'),
      hasEarlierData: async () => earlierData,
    };
    return { d, calls };
  }

  it('opens the welcome page once per profile, even when the browser reports the install again', async () => {
    const fresh = deps(false);
    await onInstalled({ reason: 'install' }, fresh.d);
    expect(fresh.calls).toEqual(['mark', 'open']);
    const again = deps(true);
    await onInstalled({ reason: 'install' }, again.d);
    expect(again.calls).toEqual([]);
  });

  it('an "install" over an earlier build\'s data (loaded from a folder) is an update: the line, no welcome page', async () => {
    const { d, calls } = deps(false, true);
    await onInstalled({ reason: 'install' }, d);
    expect(calls).toEqual(['mark', 'whatsNew 0.2.0']);
  });

  it('an update records the line and opens nothing', async () => {
    const { d, calls } = deps(true);
    await onInstalled({ reason: 'update', previousVersion: '0.1.0' }, d);
    expect(calls).toEqual(['whatsNew 0.2.0']);
  });
});
