// @vitest-environment happy-dom
/**
 * Every card the popup can show (owner × action × language), rendered and read the way a person reads it: no English
 * left in a Korean card, no API tier vocabulary in a ChatGPT app card, and advice that never contradicts the owner
 * or the message above it. The reasons come from the classifier run over every fixture, so a new reason template
 * cannot reach the popup untranslated.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { StopCard } from '../../components/StopCard.tsx';
import { classify } from '../../lib/classify/index.ts';
import {
  ACTIONS,
  BUCKETS,
  OWNERS,
  type Action,
  type Bucket,
  type Classification,
  type ClassifyRoute,
  type Owner,
} from '../../lib/domain/labels.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { explain, PROVIDER_NAMES } from '../../lib/explain/explain.ts';
import { plainReason } from '../../lib/explain/reasons.ts';
import { STRINGS, UI_LOCALES, type UiLocale } from '../../lib/i18n/strings.ts';
import { capture, classification } from './helpers/factories.ts';
import { limitMessages } from './helpers/fixtures.ts';

const FIXTURES = limitMessages();

const NOW = Date.parse('2026-11-27T12:00:00Z');
const ROUTES: (ClassifyRoute | undefined)[] = [
  undefined,
  { family: 'chatgpt' },
  { family: 'openai' },
  { family: 'azure' },
  { family: 'provider', provider: 'fal' },
];

/** What the classifier says for every fixture, as seen and as pasted with each route. */
const CLASSIFIED: Classification[] = FIXTURES.flatMap((f) =>
  ROUTES.map((route) =>
    classify(
      {
        text: f.text,
        ...(f.status ? { status: f.status } : {}),
        ...(f.headers ? { headers: f.headers } : {}),
        ...(route ? { route } : { url: f.url }),
      },
      { now: new Date(NOW), timeZone: 'UTC' },
    ),
  ),
);

/** Words a Korean reader reads as names, not as English: products, services, abbreviations. */
const NAMES = new Set(
  [
    'ChatGPT',
    'OpenAI',
    'API',
    'Azure',
    'Microsoft',
    'Cloudflare',
    'CDN',
    'Batch',
    'Limit',
    'Lens',
    'HTTP',
    'Plus',
    'Free',
    'RPM',
    'RPD',
    'TPM',
    'TPD',
    'IPM',
    // Clock times are the runtime's own formatting; Node's ICU data writes AM/PM even for ko (Chromium writes 오후).
    'AM',
    'PM',
    ...Object.values(PROVIDER_NAMES).flatMap((n) => n.split(/[^A-Za-z]+/)),
  ].filter(Boolean),
);
const englishWords = (text: string): string[] =>
  text
    .split(/\s+/)
    .filter((token) => !/\.[a-z]{2,}/i.test(token)) // host names and addresses: chatgpt.com, platform.openai.com
    .flatMap((token) => token.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((w) => !NAMES.has(w));

const TIER_VOCABULARY = /\b(?:TPM|IPM|RPM|RPD|TPD|tiers?)\b|등급/i;

/** A bucket that fits each owner, for owner × action pairs no fixture produced. */
const BUCKET_OF: Record<Owner, Bucket> = {
  'chatgpt-app': 'app-image-quota',
  'openai-api': 'api-images-per-minute',
  'openai-billing': 'billing-quota',
  'openai-access': 'org-verification',
  azure: 'azure-call-rate',
  provider: 'provider-quota',
  'content-policy': 'content-policy',
  'service-load': 'service-overload',
  unknown: 'unknown',
};

function cardFor(owner: Owner, action: Action): Classification {
  const seen = CLASSIFIED.find((c) => c.owner === owner && c.action === action);
  return seen ?? classification({ owner, action, bucket: BUCKET_OF[owner], reasons: [], confidence: 'low' });
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

/** The card's own words: without the captured text, the quoted reset words, and the site and time line. */
function ownWords(c: Classification, locale: UiLocale): string {
  const stop = { ...newRecord(capture({ evidence: 'captured text' }), c), id: 1 };
  render(<StopCard stop={stop} strings={STRINGS[locale]} locale={locale} detailed now={() => NOW} />, root);
  for (const el of root.querySelectorAll('.seen-text, .raw-evidence, q.stated, .stop-head')) el.remove();
  return root.textContent ?? '';
}

const PAIRS = OWNERS.flatMap((owner) => ACTIONS.map((action) => [owner, action] as const));

describe('every card, in Korean and English', () => {
  it('has the classifier reach most pairs from real fixtures', () => {
    const reached = PAIRS.filter(([o, a]) => CLASSIFIED.some((c) => c.owner === o && c.action === a));
    expect(reached.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAIRS)('%s × %s: a Korean card has no English words beyond names', (owner, action) => {
    const words = englishWords(ownWords(cardFor(owner, action), 'ko'));
    expect(words, ownWords(cardFor(owner, action), 'ko')).toEqual([]);
  });

  it.each(PAIRS)('%s × %s: an English card has its owner, action and advice', (owner, action) => {
    const text = ownWords(cardFor(owner, action), 'en');
    const e = explain(cardFor(owner, action), STRINGS.en);
    expect(text).toContain(e.owner);
    expect(text).toContain(e.action);
    expect(text).toContain(e.actionDetail);
  });

  it.each(UI_LOCALES)('no ChatGPT app card uses API tier vocabulary, whatever the bucket and action (%s)', (locale) => {
    for (const action of ACTIONS) {
      for (const bucket of BUCKETS) {
        const text = ownWords(classification({ owner: 'chatgpt-app', action, bucket, reasons: [] }), locale);
        expect(text, `${action} ${bucket}`).not.toMatch(TIER_VOCABULARY);
      }
    }
  });

  it.each(UI_LOCALES)(
    'every reason the classifier writes has plain words, without ids or field names (%s)',
    (locale) => {
      const reasons = [...new Set(CLASSIFIED.flatMap((c) => c.reasons))];
      expect(reasons.length).toBeGreaterThan(40);
      for (const r of reasons) {
        const plain = plainReason(r, STRINGS[locale]);
        expect(plain, r).toBeDefined();
        expect(plain, r).not.toMatch(/\[[\w-]+\]|blocked_features|limits_progress|text:|header:|_/);
        if (locale === 'ko') expect(englishWords(plain ?? ''), r).toEqual([]);
      }
    },
  );
});

describe('advice never contradicts the message or the owner', () => {
  const advice = (c: Partial<Classification>, locale: UiLocale = 'en') =>
    explain(classification({ reasons: [], ...c }), STRINGS[locale]);

  it('does not say upgrading is useless under a message that offers an upgrade', () => {
    for (const bucket of BUCKETS.filter((b) => b.startsWith('app-'))) {
      expect(advice({ bucket }).actionDetail, bucket).not.toMatch(/upgrad\w*[^.]*(?:not|n['’]t) help/i);
      expect(advice({ bucket }, 'ko').actionDetail, bucket).not.toMatch(/업그레이드해도 소용없/);
    }
    expect(advice({}).actionDetail).toMatch(/upgrade, that is the app’s own alternative/);
    const gemini = advice({ owner: 'provider', bucket: 'provider-quota', provider: 'google-gemini-api' });
    expect(gemini.actionDetail).toMatch(/billing/);
    expect(gemini.actionDetail).toContain('Gemini API');
  });

  it('speaks of ChatGPT, not API verification, on a ChatGPT log-in or account stop', () => {
    for (const bucket of ['app-login-required', 'app-account-throttle', 'model-access'] as const) {
      const e = advice({ action: 'get-access', bucket });
      expect(e.actionDetail, bucket).toMatch(/ChatGPT/);
      expect(e.actionDetail, bucket).not.toMatch(/organi[sz]ation|verif|endpoint|project/i);
      expect(advice({ action: 'get-access', bucket }, 'ko').actionDetail, bucket).not.toMatch(
        /조직|엔드포인트|프로젝트/,
      );
    }
    expect(advice({ owner: 'azure', action: 'get-access', bucket: 'login' }).actionDetail).toMatch(/Azure/);
    expect(advice({ owner: 'azure', action: 'get-access', bucket: 'login' }).actionDetail).not.toMatch(
      /organi[sz]ation/i,
    );
    expect(advice({ owner: 'openai-access', action: 'get-access', bucket: 'org-verification' }).actionDetail).toMatch(
      /Verify the organization/,
    );
  });

  it('tells a too-long message to be shortened, not a refused prompt to be rephrased', () => {
    const e = advice({ owner: 'chatgpt-app', action: 'simplify', bucket: 'message-too-long' });
    expect(e.actionDetail).toMatch(/Shorten/);
    expect(e.actionDetail).not.toMatch(/rephrase|refused prompt/i);
    expect(
      advice({ owner: 'chatgpt-app', action: 'simplify', bucket: 'message-too-long' }, 'ko').actionDetail,
    ).not.toMatch(/거부된 프롬프트/);
  });

  it('names the console of the owner it is, and never calls an Azure abuse block a quota to raise', () => {
    const azure = advice({ owner: 'azure', action: 'owner-console', bucket: 'azure-call-rate' });
    expect(`${azure.action} ${azure.actionDetail}`).toMatch(/Azure portal/);
    expect(`${azure.action} ${azure.actionDetail}`).not.toMatch(/provider/i);
    const fal = advice({ owner: 'provider', action: 'owner-console', bucket: 'provider-quota', provider: 'fal' });
    expect(`${fal.owner} ${fal.action} ${fal.actionDetail}`).toMatch(/fal/);
    expect(`${fal.action} ${fal.actionDetail}`).not.toMatch(/Azure/);
    expect(fal.owner).toBe('fal (a third-party provider)');
    const blocked = advice({ owner: 'azure', action: 'owner-console', bucket: 'azure-resource-blocked' });
    expect(blocked.actionDetail).toMatch(/not a quota/);
    expect(blocked.actionDetail).not.toMatch(/raise[^.]*quota/i);
  });

  it('does not promise a temporary problem when the owner is unknown', () => {
    for (const locale of ['en', 'ko'] as const) {
      const e = advice({ owner: 'unknown', action: 'retry-later', bucket: 'unknown' }, locale);
      expect(e.actionDetail).not.toMatch(/temporary|일시적/i);
    }
    expect(advice({ owner: 'service-load', action: 'retry-later', bucket: 'service-overload' }).actionDetail).toMatch(
      /temporary/,
    );
  });

  it('sends a limit-0 tier to a paid tier or verification, not to a monthly limit', () => {
    const e = advice({ owner: 'openai-api', action: 'fix-billing', bucket: 'api-no-tier-access' });
    expect(e.actionDetail).toMatch(/paid tier/);
    expect(e.actionDetail).not.toMatch(/monthly/i);
  });

  it('offers the API route only beside image caps and cooldowns', () => {
    const offered = BUCKETS.filter((bucket) => advice({ bucket }).offerApiRoute);
    expect(offered).toEqual(['app-image-quota', 'app-image-cooldown']);
    expect(advice({ owner: 'openai-api', bucket: 'app-image-quota' }).offerApiRoute).toBe(false);
  });
});

describe('a loosely stated wait reads loosely', () => {
  const loose = classification({
    owner: 'chatgpt-app',
    bucket: 'app-account-throttle',
    reset: {
      at: new Date(NOW + 299_000).toISOString(),
      inSeconds: 300,
      source: 'text:duration',
      stated: 'a few minutes',
    },
  });

  it('shows "about 5 minutes", never a seconds countdown', () => {
    const text = ownWords(loose, 'en');
    expect(root.querySelector('.remaining')!.textContent).toBe('about 5 minutes');
    expect(text).toMatch(/around .* \(your time\)/);
    expect(text).not.toMatch(/4m 59s/);
  });

  it('in Korean too, with Korean units for a precise countdown', () => {
    ownWords(loose, 'ko');
    expect(root.querySelector('.remaining')!.textContent).toBe('약 5분');
    ownWords(classification(), 'ko');
    expect(root.querySelector('.remaining')!.textContent).toBe('3시간 0분 0초');
  });
});
