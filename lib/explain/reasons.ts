/**
 * The classifier's reasons in plain words, for the popup. The classifier writes its reasons for the incident packet
 * (rule ids, field and code names: what support and developers need); a person reading the popup needs what they
 * mean, in their own language. Each reason the classifier can write is recognised here by its template; a test runs
 * every fixture through both so a new template cannot slip into the popup untranslated.
 */
import type { Classification, ResetSource } from '../domain/labels.ts';
import { RESET_SOURCES } from '../domain/labels.ts';
import type { Kind } from '../classify/kinds.ts';
import { CODE_RULES } from '../classify/rules/codes.ts';
import type { CardStrings } from '../i18n/types/index.ts';
import { providerName } from './explain.ts';
import { WORD_RULE_KINDS } from './word-rule-kinds.ts';

type Plain = (reason: string, s: CardStrings) => string | undefined;

// The word rules' kinds from a table of their own, not the rules: their patterns stay out of the popup's first card.
const kindOfRuleReason = (text: string): Kind | undefined =>
  WORD_RULE_KINDS.find(([, , reason]) => reason === text)?.[1];
const kindOfRuleId = (id: string): Kind | undefined => WORD_RULE_KINDS.find(([ruleId]) => ruleId === id)?.[1];
const kindOfCode = (code: string): Kind | undefined => CODE_RULES.find((r) => r.codes.test(code))?.kind;
const isResetSource = (v: string): v is ResetSource => (RESET_SOURCES as readonly string[]).includes(v);

/** Names as the classifier writes them (a family or a provider id) → a display name. */
function named(id: string, s: CardStrings): string {
  const families: Record<string, string> = {
    chatgpt: 'ChatGPT',
    openai: 'OpenAI API',
    azure: 'Azure OpenAI',
    provider: s.theProvider,
  };
  return families[id] ?? providerName(id) ?? id;
}

const MATCHERS: Plain[] = [
  (r, s) => (r.startsWith('moderation event') ? s.reasons.moderation : undefined),
  (r, s) => (/^image tool returned \S+/.test(r) ? s.reasons.imageTool : undefined),
  (r, s) => (/^blocked_features lists .*\(not image_gen\)$/.test(r) ? s.reasons.otherFeature : undefined),
  (r, s) => (/^blocked_features lists /.test(r) ? s.reasons.blockedFeatures : undefined),
  (r, s) => (r.startsWith('limits_progress shows') ? s.reasons.limitsProgress : undefined),
  (r, s) => (r.startsWith('image queued under high demand') ? s.reasons.queued : undefined),
  (r, s) =>
    r === 'image tool reported an error without naming a limit'
      ? s.reasons.words(s.reasons.kinds['tool-failure'])
      : undefined,
  (r, s) => (/^\S+ tool returned \S+: not the image tool/.test(r) ? s.reasons.otherTool : undefined),
  (r, s) => {
    const m = /^image tool error: (.+)$/.exec(r);
    const kind = m?.[1] ? kindOfRuleReason(m[1]) : undefined;
    return kind ? s.reasons.imageToolSays(s.reasons.kinds[kind]) : undefined;
  },
  (r, s) => {
    const m = /^(?:HTTP (\d{3}) with )?code (\S+): /.exec(r);
    const kind = m?.[2] ? kindOfCode(m[2]) : undefined;
    return kind ? s.reasons.code(s.reasons.kinds[kind]) : undefined;
  },
  (r, s) => {
    const m = / \[([\w-]+)\]$/.exec(r);
    const kind = m?.[1] ? kindOfRuleId(m[1]) : undefined;
    return kind ? s.reasons.words(s.reasons.kinds[kind]) : undefined;
  },
  (r, s) => {
    const m = /^HTTP (\d{3}) alone/.exec(r);
    return m?.[1] ? s.reasons.statusOnly(m[1]) : undefined;
  },
  (r, s) => (r.startsWith('no limit signal') ? s.reasons.noSignal : undefined),
  (r, s) => {
    const m = / only shows a quoted (\S+) error/.exec(r);
    return m?.[1] ? s.reasons.quoted(named(m[1], s)) : undefined;
  },
  (r, s) => {
    const m = /^origin (\S+) decides the owner/.exec(r);
    return m?.[1] ? s.reasons.page(m[1]) : undefined;
  },
  (r, s) => {
    const m = /^the (?:text|code) names (\S+)/.exec(r);
    return m?.[1] ? s.reasons.named(named(m[1], s)) : undefined;
  },
  (r, s) => {
    const m = /^the route given \(([^)]+)\)/.exec(r);
    return m?.[1] ? s.reasons.route(named(m[1], s)) : undefined;
  },
  (r, s) => (r === 'ChatGPT stream shapes' ? s.reasons.chatgptShapes : undefined),
  (r, s) => (r.startsWith('limit is 0') ? s.reasons.limitZero : undefined),
  (r, s) => (r.startsWith('the quota is per day') ? s.reasons.perDay : undefined),
  (r, s) => (r.startsWith('the quota is a per-minute rate') ? s.reasons.perMinute : undefined),
  (r, s) => (r.startsWith('RESOURCE_EXHAUSTED names no quota') ? s.reasons.sharedCapacity : undefined),
  (r, s) => (r.startsWith('locked for balance') ? s.reasons.lockedForBalance : undefined),
  (r, s) => (r.startsWith('retry after a full day') ? s.reasons.azureDaily : undefined),
  (r, s) => (/^only the first \d+ KB/.test(r) ? s.reasons.truncated : undefined),
  (r, s) => (r.startsWith('classifier error') ? s.reasons.error : undefined),
  (r, s) => {
    const m = /^reset from (\S+) \(/.exec(r);
    return m?.[1] && isResetSource(m[1]) ? s.reasons.reset(s.resetSources[m[1]]) : undefined;
  },
  (r, s) => {
    const m = /^rationed window from (\S+) \(/.exec(r);
    return m?.[1] && isResetSource(m[1]) ? s.reasons.rationed(s.resetSources[m[1]]) : undefined;
  },
];

/** One reason in plain words, or undefined when the template is not known (the packet still has it). */
export function plainReason(reason: string, s: CardStrings): string | undefined {
  for (const match of MATCHERS) {
    const plain = match(reason, s);
    if (plain) return plain;
  }
  return undefined;
}

/** The reasons in plain words, without repeats, then how sure Limit Lens is. */
export function plainReasons(c: Pick<Classification, 'reasons' | 'confidence'>, s: CardStrings): string[] {
  const out: string[] = [];
  for (const r of c.reasons) {
    const plain = plainReason(r, s);
    if (plain && !out.includes(plain)) out.push(plain);
  }
  out.push(s.confidence[c.confidence]);
  return out;
}
