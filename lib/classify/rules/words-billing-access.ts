/**
 * Word rules, in order: Billing, credits, access: before rate limits (they arrive as 429s too).
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const BILLING_ACCESS_RULES: WordRule[] = [
  // ─── Billing, credits, access: before rate limits (they arrive as 429s too) ────────────────────────────────
  {
    id: 'billing-hard-limit',
    kind: 'billing-hard-limit',
    patterns: [/\bbilling hard limit\b/i, /\bmaximum monthly spend\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'monthly billing ceiling reached: retries create no budget',
    note: 'api-billing-hard-limit-in-openwebui, api-billing-hard-limit-images (also the exact code, CODE_RULES)',
  },
  {
    id: 'project-budget',
    kind: 'billing-hard-limit',
    patterns: [
      /\bmonthly usage limit\b/i,
      /\b(?:project|organi[sz]ation)['’]?s? (?:monthly )?(?:budget|spend(?:ing)? limit)\b/i,
      /\bexceeded (?:its|your|the) (?:monthly )?budget\b/i,
      /\bbudget (?:limit )?(?:has been |was |is )?(?:reached|exceeded|exhausted)\b/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'a monthly usage limit or project budget was reached: retries create no budget',
    note: 'OpenAI project budgets and usage limits on API origins (api-project-monthly-usage-limit, api-project-budget-exceeded)',
  },
  {
    id: 'exceeded-current-quota',
    kind: 'billing-quota',
    patterns: [/\bexceeded your current quota\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: '"exceeded your current quota": a quota or billing stop, not a rate limit (the origin decides whose)',
    note: 'api-docs-429-quota; Gemini 429 RESOURCE_EXHAUSTED shares the sentence (messages.md traps): origin decides',
  },
  {
    id: 'credit-rationed-rate',
    kind: 'credit-throttle',
    patterns: [
      /\b(?:throttled|rate limit)\b[^\n]{0,200}?\bwhile you have (?:less than [^\s]{1,12} in credit|no payment method)/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'rate rationed because the credit balance is low: adding credit lifts it',
    note: 'replicate-429-low-credit (below $5 Replicate rations instead of refusing)',
  },
  {
    id: 'account-locked',
    kind: 'account-locked',
    patterns: [/\buser is locked\b/i, /\baccount (?:is|has been) (?:locked|suspended|disabled)\b/i, /账户已被锁定/],
    langs: ['en', 'zh'],
    strength: 'strong',
    reason: 'the provider locked the account',
    note: 'fal-locked-top-up, fal-locked-exhausted-balance ("User is locked. Reason: …"); Zhipu 1112',
  },
  {
    id: 'credits',
    kind: 'credits',
    patterns: [
      /\binsufficient (?:credits?|balance|funds)\b/i,
      /\b(?:not|n['’]t) have enough (?:credits?|balance|funds)\b/i,
      /\brequires more credits\b/i,
      /\bcan only afford\b/i,
      /\b(?:add|buy|purchase) (?:more )?credits?\b/i,
      /\bout of credits?\b/i,
      /\b(?:exhausted|insufficient) (?:account )?balance\b/i,
      /\bpayment required\b/i,
      /余额不足|已欠费|请充值/,
      /크레딧(?:이)?\s*부족|잔액(?:이)?\s*부족/,
      /クレジット(?:が)?不足|残高(?:が)?不足/,
    ],
    langs: ['en', 'zh', 'ko', 'ja'],
    strength: 'strong',
    reason: 'credits or balance ran out: add credit, retries create none',
    note:
      'openrouter-docs-402, openrouter-402-can-only-afford, openrouter-402-never-purchased, ' +
      'replicate-402-full-fixture ("please wait a few minutes" here is still billing), stability-not-enough-balance, ' +
      'zimage-insufficient-credits; Zhipu 1113 "已欠费"',
  },
  {
    id: 'org-verification',
    kind: 'access',
    bucket: 'org-verification',
    patterns: [/\borgani[sz]ation must be verified\b/i, /\bverify (?:your )?organi[sz]ation\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'organization verification required: refused before generation, waiting never helps',
    note: 'api-org-verify-gpt-image-1-json, api-org-verify-gpt-image-2-fixture, api-org-verify-stream-400',
  },
  {
    id: 'model-access',
    kind: 'access',
    bucket: 'model-access',
    patterns: [
      /\bdoes not exist or you do not have access\b/i,
      /\b(?:do|does) not have access to (?:the |this )?model\b/i,
      /\bmodel [`'"]?[\w.:/-]{1,80}[`'"]? does not exist\b/i,
      /\bnot (?:available|enabled) for (?:your|this) (?:api key|project|organi[sz]ation|account)\b/i,
      /不在[^。\n]{0,30}(?:可用|允许)范围|无权(?:限)?(?:访问|使用)|没有(?:访问|使用)?权限/,
      /(?:접근|사용)\s*권한이\s*없/,
      /アクセス権(?:限)?がありません/,
    ],
    langs: ['en', 'zh', 'ko', 'ja'],
    strength: 'strong',
    reason: 'no access to the model (project/key permissions): refused before generation',
    note: 'api-model-not-found-gpt-5-5-imagegen, api-codex-zh-no-gpt-image-2-permission; Zhipu 1220',
  },
  {
    id: 'login-required',
    kind: 'login-required',
    patterns: [
      /\brequires? you to be logged in\b/i,
      /\blog ?in (?:or sign up )?to (?:generate|create|edit) images?\b/i,
      /로그인(?:이)?\s*필요|로그인(?:한 후|해야)/,
      /ログインが必要/,
      /需要登录|请先?登录/,
    ],
    langs: ['en', 'ko', 'ja', 'zh'],
    strength: 'strong',
    reason: 'image generation needs a signed-in account',
    note: 'cg-login-required-image; anonymous blocked_features description (docs/chatgpt-protocol.md §5)',
  },
  {
    id: 'too-long',
    kind: 'too-long',
    patterns: [
      /\bmessage you submitted was too long\b/i,
      /\b(?:prompt|message|input|request) (?:is|was) too (?:long|large)\b/i,
      /\bmaximum context length\b/i,
      /메시지가\s*너무\s*깁니다/,
      /Prompt\s*超长/i,
    ],
    langs: ['en', 'ko', 'zh'],
    strength: 'strong',
    reason: 'the request is too long: shorten it (not a rate limit)',
    note: 'cg-message-too-long (negative control: "too long" is not a limit); Zhipu 1261',
  },
];
