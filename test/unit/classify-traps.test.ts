/**
 * The traps of docs/domain.md, the precedence of docs/chatgpt-protocol.md §8, origin decisions, ChatGPT stream shapes,
 * bounded work on huge input, and a property test: arbitrary input never throws and yields valid labels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, MAX_TEXT_CHARS } from '../../lib/classify/index.ts';
import { classificationProblems, statedSeconds } from '../../lib/classify/score.ts';
import type { ClassifyInput } from '../../lib/domain/labels.ts';

const OPTIONS = { now: new Date('2026-11-27T12:00:00Z'), timeZone: 'UTC' };
const run = (input: ClassifyInput) => {
  const c = classify(input, OPTIONS);
  expect(classificationProblems(c)).toEqual([]);
  return c;
};
const sse = (...events: unknown[]) =>
  events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}`).join('\n');

const IMAGE_TOOL = { role: 'tool', name: 't2uay3k.sj1i4kz', metadata: {} };
const quotaToolMessage = (sentence: string) => ({
  message: {
    author: IMAGE_TOOL,
    content: {
      content_type: 'system_error',
      name: 'ChatGPTAgentToolRateLimitException',
      text:
        `Before doing anything else, explicitly explain to the user that you were unable to invoke the ` +
        `image_gen.text2im tool right now. Make sure to begin your response with "${sentence}". DO NOT ` +
        `UNDER ANY CIRCUMSTANCES retry using this tool until the next user message.`,
    },
    status: 'finished_successfully',
  },
});
const GEMINI_SENTENCE = 'You exceeded your current quota, please check your plan and billing details.';

describe('traps', () => {
  it('insufficient_quota arrives as a 429 but is billing, never a rate limit; no countdown', () => {
    const c = run({
      text: JSON.stringify({
        error: {
          message: `${GEMINI_SENTENCE} For more information …`,
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      }),
      status: 429,
      headers: { 'retry-after': '20' },
    });
    expect([c.owner, c.bucket, c.action]).toEqual(['openai-billing', 'billing-quota', 'fix-billing']);
    expect(c.confidence).toBe('high');
    expect(c.reasons[0]).toBe('HTTP 429 with code insufficient_quota: billing, not a rate limit');
    expect(c.reset).toBeUndefined();
    expect(c.resets).toBeUndefined();
  });

  it('an image limit of 0 per minute means no tier access: fix billing, waiting never helps', () => {
    const c = run({
      text:
        "Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-image-1 in organization " +
        "org-x on images per minute (IPM): Limit 0, Used 0, Requested 1. Please try again in 12s.', " +
        "'type': 'requests', 'code': 'rate_limit_exceeded'}}",
      status: 429,
    });
    expect([c.owner, c.bucket, c.action]).toEqual(['openai-api', 'api-no-tier-access', 'fix-billing']);
    expect(c.reset).toBeUndefined();
  });

  it('a per-minute image limit above 0 is a rate limit with its own bucket and reset', () => {
    const c = run({
      text:
        'Rate limit reached for gpt-image-1 in organization org-x on images per minute (IPM): Limit 5, ' +
        'Used 5, Requested 1. Please try again in 12s.',
      status: 429,
    });
    expect([c.owner, c.bucket, c.action]).toEqual(['openai-api', 'api-images-per-minute', 'reduce-throughput']);
    expect(c.reset?.inSeconds).toBe(12);
  });

  it('verification and model access are refused before generation: get access, no reset', () => {
    const verify = run({
      text:
        'Your organization must be verified to use the model `gpt-image-1`. Please go to: ' +
        'https://platform.openai.com/settings/organization/general and click on Verify Organization. If ' +
        'you just verified, it can take up to 15 minutes for access to propagate.',
      status: 403,
    });
    expect([verify.owner, verify.bucket, verify.action]).toEqual(['openai-access', 'org-verification', 'get-access']);
    expect(verify.reset).toBeUndefined(); // "up to 15 minutes" is not a limit's reset
    const model = run({
      text:
        '{"error":{"message":"The model `gpt-image-2` does not exist or you do not have access to ' +
        'it.","type":"invalid_request_error","code":"model_not_found"}}',
      status: 404,
    });
    expect([model.owner, model.action]).toEqual(['openai-access', 'get-access']);
  });

  it('Azure: call rate, token rate, and a 86400-second retry meaning the daily quota is spent', () => {
    const base =
      'Your requests to gpt-image-2 for gpt-image-2 in East US 2 have exceeded the %s rate limit for ' +
      'your current OpenAI S0 pricing tier. This request was for ImageGenerations_Create under Azure ' +
      'OpenAI API version 2025-04-01-preview. Please retry after %d seconds.';
    const call = run({ text: base.replace('%s', 'call').replace('%d', '30'), status: 429 });
    expect([call.owner, call.bucket, call.action]).toEqual(['azure', 'azure-call-rate', 'owner-console']);
    expect(call.reset?.inSeconds).toBe(30);
    const token = run({ text: base.replace('%s', 'token').replace('%d', '30'), status: 429 });
    expect(token.bucket).toBe('azure-token-rate');
    const daily = run({
      text: base.replace('%s', 'call').replace('%d', '86400'),
      status: 429,
      headers: { 'Retry-After': '86400' },
    });
    expect([daily.owner, daily.bucket]).toEqual(['azure', 'azure-daily-quota']);
  });

  it('a content-policy refusal is not a limit: simplify, no countdown, even when it says "retry"', () => {
    const c = run({
      text:
        'We’re so sorry, but the prompt may violate our guardrails around nudity, sexuality, or erotic ' +
        'content. If you think we got it wrong, please retry or edit your prompt.',
      url: 'https://chatgpt.com/c/x',
    });
    expect([c.owner, c.bucket, c.action]).toEqual(['content-policy', 'content-policy', 'simplify']);
    expect(c.reset).toBeUndefined();
    expect(c.resets).toBeUndefined();
  });

  it('a credit gate that says "please wait a few minutes" is still billing', () => {
    const c = run({
      text:
        '{"title":"Insufficient credit","detail":"You have insufficient credit to run this model. Go to ' +
        'https://replicate.com/account/billing#billing to purchase credit. Once you purchase credit, ' +
        'please wait a few minutes before trying again.","status":402}',
    });
    expect([c.owner, c.action, c.provider]).toEqual(['provider', 'fix-billing', 'replicate']);
    expect(c.reset).toBeUndefined();
  });

  it('a rate rationed for low credit: fix billing; the window stays as information, never as the reset', () => {
    const c = run({
      text:
        'Request was throttled. Your rate limit for creating predictions is reduced to 6 requests per ' +
        'minute with a burst of 1 requests while you have less than $5.0 in credit. Your rate limit ' +
        'resets in ~10s.',
      status: 429,
      url: 'https://replicate.com/x/y',
    });
    expect([c.owner, c.action]).toEqual(['provider', 'fix-billing']);
    expect(c.reset).toBeUndefined();
    expect(statedSeconds(c)).toBe(10);
  });

  it('service load is not a quota: retry later', () => {
    for (const text of [
      'The model is overloaded. Please try again later.',
      'DALL·E is currently experiencing high demand.',
      'It looks like image creation is temporarily unavailable.',
    ]) {
      expect(run({ text }).owner).toBe('service-load');
      expect(run({ text }).action).toBe('retry-later');
    }
    expect(run({ text: '', status: 503 }).owner).toBe('service-load');
  });

  it('Cloudflare 1015 is an edge limit, not a tier limit', () => {
    const c = run({ text: 'error code: 1015', status: 429, headers: { 'retry-after': '54749' } });
    expect([c.owner, c.bucket, c.action]).toEqual(['unknown', 'edge-rate-limit', 'retry-later']);
  });

  it('"too long" is not a rate limit', () => {
    const c = run({
      text: 'The message you submitted was too long, please reload the conversation and submit something shorter.',
      url: 'https://chatgpt.com/',
    });
    expect([c.bucket, c.action]).toEqual(['message-too-long', 'simplify']);
  });

  it('"Image generation failed" is not a quota', () => {
    const c = run({ text: 'Image generation failed Try again', url: 'https://chatgpt.com/c/1' });
    expect(c.owner).not.toBe('chatgpt-app');
    expect(c.action).toBe('retry-later');
  });

  it('ChatGPT app caps say wait, with the reset as a countdown', () => {
    const c = run({
      text:
        "You've hit the Plus plan limit for image generations requests. You can create more images when " +
        'the limit resets in 3 hours and 5 minutes.',
      url: 'https://chatgpt.com/c/1',
    });
    expect([c.owner, c.bucket, c.action]).toEqual(['chatgpt-app', 'app-image-quota', 'wait']);
    expect(c.reset?.inSeconds).toBe(3 * 3600 + 5 * 60);
    expect(c.reset?.source).toBe('text:duration');
  });
});

describe('the page decides its own wording, not an error quoted on it', () => {
  it("an API 429 quoted on chatgpt.com is the API project's, not a ChatGPT plan cap", () => {
    const text =
      'Rate limit reached for gpt-image-2 in organization org-EY…mf1 on images per min (IPM): Limit 5, ' +
      'Used 5, Requested 1. Please try again in 12s.';
    const c = run({ text, url: 'https://chatgpt.com/c/1' });
    expect([c.owner, c.bucket, c.action]).toEqual(['openai-api', 'api-images-per-minute', 'reduce-throughput']);
    expect(c.reasons.join(' ')).toMatch(/only shows a quoted openai error/);
    // The same route picked on the paste page reads it the same way.
    expect(run({ text, route: { family: 'chatgpt' } }).owner).toBe('openai-api');
  });

  it("a pasted API error body on chatgpt.com keeps its code's owner; ChatGPT's own help link names no API", () => {
    const body =
      '{"error":{"message":"Too many requests, please slow down.","type":"requests","code":"rate_limit_exceeded"}}';
    expect(run({ text: body, url: 'https://chatgpt.com/c/1' }).owner).toBe('openai-api');
    const own = 'Unusual activity has been detected from your device. Try again later. help.openai.com';
    expect(run({ text: own, url: 'https://chatgpt.com/c/1' }).owner).toBe('chatgpt-app');
  });

  it('"too many requests" on ChatGPT is the account throttle; usage limits and budgets on API pages are billing', () => {
    const ko = run({ text: '요청이 너무 많습니다. 몇 분 후에 다시 시도해 주세요.', url: 'https://chatgpt.com/' });
    expect([ko.owner, ko.bucket, ko.action]).toEqual(['chatgpt-app', 'app-account-throttle', 'wait']);
    const usage = run({ text: "You've reached your usage limit.", url: 'https://platform.openai.com/playground' });
    expect([usage.owner, usage.action]).toEqual(['openai-billing', 'fix-billing']);
    const budget = run({ text: 'You have reached the monthly usage limit for this project.' });
    expect([budget.owner, budget.bucket]).toEqual(['openai-billing', 'billing-hard-limit']);
  });

  it('load wording wins over plan-cap words in the same notice', () => {
    const c = run({ text: '현재 수요가 많아 이미지 생성 요청이 제한되고 있습니다.', url: 'https://chatgpt.com/' });
    expect([c.owner, c.action]).toEqual(['service-load', 'retry-later']);
  });
});

describe('origin decides shared wording', () => {
  it('the Gemini quota sentence: provider with a Google page, OpenAI billing without one', () => {
    const withGoogle = run({
      text: `429 ${GEMINI_SENTENCE}`,
      status: 429,
      url: 'https://aistudio.google.com/prompts/new_chat',
    });
    expect([withGoogle.owner, withGoogle.provider]).toEqual(['provider', 'google-gemini-api']);
    expect(withGoogle.reasons).toContain('origin aistudio.google.com decides the owner');
    const without = run({ text: `429 ${GEMINI_SENTENCE}`, status: 429 });
    expect([without.owner, without.action]).toEqual(['openai-billing', 'fix-billing']);
    expect(without.provider).toBeUndefined();
  });

  const geminiBody = (quotaId: string, limit: string) =>
    JSON.stringify({
      error: {
        code: 429,
        message:
          `${GEMINI_SENTENCE}\n* Quota exceeded for metric: ` +
          `generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: ${limit}, model: ` +
          `gemini-2.5-flash-image\nPlease retry in 28.021237377s.`,
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [
              { quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests', quotaId },
            ],
          },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '28s' },
        ],
      },
    });

  it('a full Gemini body names Google itself: per-minute quota → slow down, with RetryInfo first', () => {
    const c = run({ text: geminiBody('GenerateRequestsPerMinutePerProjectPerModel-FreeTier', '10'), status: 429 });
    expect([c.owner, c.provider, c.bucket, c.action]).toEqual([
      'provider',
      'google-gemini-api',
      'provider-rate',
      'reduce-throughput',
    ]);
    expect(c.reset?.source).toBe('body:retry-delay');
    expect(c.reset?.inSeconds).toBe(28);
  });

  it('a Gemini per-day quota waits; a Gemini limit of 0 is no tier access', () => {
    const day = run({ text: geminiBody('GenerateRequestsPerDayPerProjectPerModel-FreeTier', '25'), status: 429 });
    expect([day.bucket, day.action]).toEqual(['provider-quota', 'wait']);
    const zero = run({ text: geminiBody('GenerateRequestsPerDayPerProjectPerModel-FreeTier', '0'), status: 429 });
    expect([zero.owner, zero.bucket, zero.action]).toEqual(['provider', 'api-no-tier-access', 'fix-billing']);
    expect(zero.reset).toBeUndefined();
  });

  it('OpenRouter relays reset headers inside the body (epoch ms)', () => {
    const reset = Date.parse('2026-11-27T12:01:00Z');
    const c = run({
      text: JSON.stringify({
        error: {
          message: 'Rate limit exceeded: free-models-per-min.',
          code: 429,
          metadata: {
            headers: { 'X-RateLimit-Limit': '20', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) },
          },
        },
      }),
      status: 429,
      url: 'https://openrouter.ai/chat',
    });
    expect([c.owner, c.provider, c.action]).toEqual(['provider', 'openrouter', 'reduce-throughput']);
    expect(c.reset?.source).toBe('header:x-ratelimit-reset');
    expect(c.reset?.at).toBe('2026-11-27T12:01:00.000Z');
  });

  it('words can name the service when there is no page (fal, Replicate, Azure)', () => {
    expect(
      run({
        text: 'HTTP 403 {"detail":"User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing"}',
      }).provider,
    ).toBe('fal');
    expect(
      run({ text: 'Request to https://api.replicate.com/v1/predictions failed with status 402 Payment Required' })
        .provider,
    ).toBe('replicate');
    const azure = run({
      text:
        '{"error":{"code":"RateLimitReached","message":"Your requests to dalle3 for dall-e-3 in East US ' +
        'have exceeded the call rate limit for your current OpenAI S0 pricing tier. Please retry after 6 ' +
        'seconds."}}',
    });
    expect(azure.owner).toBe('azure');
  });

  it('a bare 429 belongs to whoever runs the page', () => {
    expect(run({ text: '', status: 429 }).owner).toBe('openai-api');
    expect(run({ text: '', status: 429, url: 'https://chatgpt.com/backend-api/f/conversation' }).owner).toBe(
      'chatgpt-app',
    );
    expect(run({ text: '', status: 429, url: 'https://fal.run/fal-ai/flux' }).owner).toBe('provider');
    expect(run({ text: '', status: 429 }).confidence).toBe('low');
  });
});

describe('ChatGPT stream shapes (structure first)', () => {
  it('the image tool quota exception, bare and in delta frames', () => {
    const msg = quotaToolMessage("You've hit the Free plan limit for image generation.");
    for (const text of [JSON.stringify(msg), sse({ o: 'add', v: msg }), sse({ p: '', o: 'add', v: msg, c: 1 })]) {
      const c = run({ text });
      expect([c.owner, c.bucket, c.action, c.confidence]).toEqual(['chatgpt-app', 'app-image-quota', 'wait', 'high']);
      expect(c.reasons[0]).toBe('image tool returned ChatGPTAgentToolRateLimitException');
    }
  });

  it('the same exception from another tool (python) is the app, but not the image quota', () => {
    const c = run({
      text: JSON.stringify({
        message: {
          author: { role: 'tool', name: 'python' },
          content: {
            content_type: 'system_error',
            name: 'ChatGPTAgentToolRateLimitException',
            text: "It seems like I can't do more advanced data analysis right now.",
          },
        },
      }),
    });
    expect(c.owner).toBe('chatgpt-app');
    expect(c.bucket).not.toBe('app-image-quota');
    expect(c.bucket).toBe('app-feature-cap');
    expect(c.reasons[0]).toMatch(/python tool .* not the image tool/);
  });

  it('the cooldown: image tool text with is_error', () => {
    const c = run({
      text: sse({
        o: 'add',
        v: {
          message: {
            author: IMAGE_TOOL,
            content: {
              content_type: 'text',
              parts: [
                "You're generating images too quickly. To ensure the best experience for everyone, we have rate " +
                  'limits in place. Please wait for an hour before generating more images.',
              ],
            },
            metadata: { is_error: true },
          },
        },
      }),
    });
    expect([c.owner, c.bucket, c.action, c.confidence]).toEqual(['chatgpt-app', 'app-image-cooldown', 'wait', 'high']);
    expect(statedSeconds(c)).toBe(3600);
  });

  it('the cooldown streamed in appends with is_error patched in afterwards (CRLF lines)', () => {
    const words = [
      "You're ",
      'generating images too ',
      'quickly. Please ',
      'wait for an ',
      'hour before generating more images.',
    ];
    const text = [
      sse({
        p: '',
        o: 'add',
        v: { message: { id: 't1', author: IMAGE_TOOL, content: { content_type: 'text', parts: [''] }, metadata: {} } },
      }),
      sse({ p: '/message/content/parts/0', o: 'append', v: words[0] }),
      ...words.slice(1).map((v) => sse({ v })),
      sse({ p: '', o: 'patch', v: [{ p: '/message/metadata', o: 'add', v: { is_error: true } }] }),
      sse({
        p: '',
        o: 'add',
        v: { message: { id: 'a1', author: { role: 'assistant' }, content: { content_type: 'text', parts: [''] } } },
      }),
      sse({ v: 'I could not generate the image because of a rate limit.' }),
      'data: [DONE]',
    ].join('\r\n');
    const c = run({ text });
    expect([c.owner, c.bucket, c.confidence]).toEqual(['chatgpt-app', 'app-image-cooldown', 'high']);
    expect(statedSeconds(c)).toBe(3600);
  });

  it('a whole quota turn: blocked_features gives the primary reset; the words are kept too (10 h vs 9 h)', () => {
    const text = [
      'event: delta_encoding',
      'data: "v1"',
      'event: delta',
      sse({
        p: '',
        o: 'add',
        v: quotaToolMessage('你已达到 Free 套餐的图像生成请求上限。上限将在 10小时 后重置，届时可创建更多图像。'),
        c: 1,
      }),
      sse({
        p: '',
        o: 'add',
        v: { message: { author: { role: 'assistant' }, content: { content_type: 'text', parts: [''] } } },
        c: 2,
      }),
      sse({ v: '你已达到 Free 套餐的图像生成请求上限。' }),
      sse({ type: 'message_stream_complete' }),
      sse({
        type: 'conversation_detail_metadata',
        blocked_features: [
          {
            name: 'image_gen',
            resets_after: '2026-11-27T21:00:00+00:00',
            resets_after_text: '9小时 内',
            limit: 25.0,
            description: '你当前的图片生成次数已用完。',
          },
        ],
        limits_progress: null,
      }),
      'data: [DONE]',
    ].join('\n');
    const c = run({ text, url: 'https://chatgpt.com/c/1' });
    expect([c.owner, c.bucket, c.action, c.confidence]).toEqual(['chatgpt-app', 'app-image-quota', 'wait', 'high']);
    expect(c.reset).toMatchObject({
      source: 'blocked_features.resets_after',
      at: '2026-11-27T21:00:00.000Z',
      inSeconds: 9 * 3600,
      stated: '9小时 内',
    });
    expect(c.resets?.map((r) => r.inSeconds)).toEqual([9 * 3600, 10 * 3600]);
  });

  it('blocked_features as conversation/init returns it (a bare array)', () => {
    const c = run({
      text: JSON.stringify([
        { name: 'image_gen', resets_after: '2026-11-27T17:00:00+00:00', resets_after_text: 'in 5 hours', limit: 3 },
      ]),
    });
    expect([c.owner, c.bucket]).toEqual(['chatgpt-app', 'app-image-quota']);
    expect(c.reset?.inSeconds).toBe(18000);
  });

  it('a blocked feature other than image_gen is a feature cap with its own reset', () => {
    const c = run({
      text: sse({
        type: 'conversation_detail_metadata',
        blocked_features: [
          { name: 'file_upload', resets_after: '2026-11-27T13:00:00+00:00', resets_after_text: 'in 1 hour' },
        ],
      }),
    });
    expect([c.owner, c.bucket]).toEqual(['chatgpt-app', 'app-feature-cap']);
    expect(c.reset?.inSeconds).toBe(3600);
  });

  it('limits_progress with image_gen remaining 0 is a softer quota signal; remaining > 0 is none', () => {
    const exhausted = run({
      text: sse({
        type: 'conversation_detail_metadata',
        blocked_features: [],
        limits_progress: [{ feature_name: 'image_gen', remaining: 0, reset_after: '2026-11-28T00:00:00+00:00' }],
      }),
    });
    expect([exhausted.owner, exhausted.bucket, exhausted.confidence]).toEqual([
      'chatgpt-app',
      'app-image-quota',
      'medium',
    ]);
    expect(exhausted.reset).toMatchObject({ source: 'limits_progress.reset_after', at: '2026-11-28T00:00:00.000Z' });
    const open = run({
      text: sse({
        type: 'conversation_detail_metadata',
        blocked_features: [],
        limits_progress: [{ feature_name: 'image_gen', remaining: 117, reset_after: '2026-11-28T00:00:00+00:00' }],
      }),
    });
    expect(open.owner).toBe('unknown');
  });

  it('older model cap: detail.code model_cap_exceeded with clears_in', () => {
    const c = run({
      text: '{"detail":{"code":"model_cap_exceeded","clears_in":1800,"message":"You\'ve reached the current usage cap for GPT-4."}}',
      status: 429,
    });
    expect([c.owner, c.bucket, c.action]).toEqual(['chatgpt-app', 'app-message-cap', 'wait']);
    expect(c.reset).toMatchObject({ source: 'clears_in', inSeconds: 1800 });
  });

  it('a limit is never inferred from assistant prose in a stream', () => {
    const text = [
      sse({
        p: '',
        o: 'add',
        v: {
          message: {
            author: { role: 'assistant' },
            content: {
              content_type: 'text',
              parts: ["You've hit the Plus plan limit for image generations requests."],
            },
          },
        },
      }),
      sse({ v: ' You can create more images when the limit resets in 2 hours.' }),
      sse({ o: 'patch', v: [{ p: '/message/content/parts/0', o: 'append', v: ' Rate limit reached.' }] }),
      'data: [DONE]',
    ].join('\n');
    const c = run({ text, url: 'https://chatgpt.com/c/1' });
    expect([c.owner, c.confidence]).toEqual(['unknown', 'low']);
    expect(c.reset).toBeUndefined();
  });

  it('nor from ordinary tool output (a browsing result quoting limit words)', () => {
    const text = sse({
      p: '',
      o: 'add',
      v: {
        message: {
          author: { role: 'tool', name: 'web.run' },
          content: {
            content_type: 'text',
            parts: ['Docs: "Rate limit reached for requests… Please try again in 20s."'],
          },
        },
      },
    });
    expect(run({ text, url: 'https://chatgpt.com/c/1' }).owner).toBe('unknown');
  });
});

describe('precedence', () => {
  it('a moderation block wins over a limit signal in the same turn', () => {
    const c = run({
      text: [
        sse(quotaToolMessage("You've hit the Free plan limit for image generation.")),
        sse({ type: 'moderation', moderation_response: { blocked: true }, conversation_id: 'x' }),
      ].join('\n'),
    });
    expect([c.owner, c.action, c.confidence]).toEqual(['content-policy', 'simplify', 'high']);
    expect(c.reset).toBeUndefined();
  });

  it('an unblocked moderation event is no signal', () => {
    const c = run({ text: sse({ type: 'moderation', moderation_response: { blocked: false, flagged: false } }) });
    expect(c.owner).toBe('unknown');
  });

  it('an exact code outranks words and the bare status', () => {
    const c = run({
      text: '{"error":{"message":"Please slow down","type":"invalid_request_error","code":"billing_hard_limit_reached"}}',
      status: 429,
    });
    expect([c.owner, c.bucket]).toEqual(['openai-billing', 'billing-hard-limit']);
  });

  it('codes are read from Python-repr and PHP print_r bodies too', () => {
    expect(
      run({
        text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Please wait.', 'type': None, 'code': 'insufficient_quota'}}",
      }).owner,
    ).toBe('openai-billing');
    expect(
      run({ text: 'stdClass Object ( [error] => stdClass Object ( [message] => x [code] => moderation_blocked ) )' })
        .owner,
    ).toBe('content-policy');
  });

  it('plain prose with no limit words is unknown, low confidence, no reset', () => {
    const c = run({ text: 'Here is a watercolor fox in the snow. I will be back in 5 minutes.' });
    expect([c.owner, c.bucket, c.confidence]).toEqual(['unknown', 'unknown', 'low']);
    expect(c.reset).toBeUndefined();
  });
});

describe('Korean and other locales', () => {
  it('Korean plan limit, cooldown, message cap and throttle cues', () => {
    const url = 'https://chatgpt.com/c/1';
    const quota = run({ text: '이미지 생성 한도에 도달했습니다. 3시간 후에 초기화됩니다.', url, locale: 'ko' });
    expect([quota.owner, quota.bucket, quota.action]).toEqual(['chatgpt-app', 'app-image-quota', 'wait']);
    expect(quota.reset?.inSeconds).toBe(3 * 3600);
    expect(run({ text: '이미지를 너무 빠르게 생성하고 있습니다. 잠시 후 다시 시도해 주세요.', url }).bucket).toBe(
      'app-image-cooldown',
    );
    expect(run({ text: '메시지 한도에 도달했습니다.', url }).bucket).toBe('app-message-cap');
    expect(run({ text: '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.', url }).owner).toBe('chatgpt-app');
    expect(run({ text: '요청하신 이미지는 콘텐츠 정책에 위배되어 생성할 수 없습니다.', url }).owner).toBe(
      'content-policy',
    );
    const later = run({ text: '잠시 후 다시 시도해 주세요.', url });
    expect([later.action, later.confidence]).toEqual(['retry-later', 'low']);
  });
});

describe('robustness', () => {
  it('HTML in the text stays as it is: the words inside still classify', () => {
    const c = run({
      text:
        '<div class="markdown prose"><p>You’ve hit the Plus plan limit for image generations requests. ' +
        'You can create more images when the limit resets in 2 hours.</p><button>Try again</button></div>',
      url: 'https://chatgpt.com/c/1',
    });
    expect([c.owner, c.bucket]).toEqual(['chatgpt-app', 'app-image-quota']);
    expect(c.reset?.inSeconds).toBe(7200);
  });

  it('huge input is bounded: only the first 64 KB are read, quickly', () => {
    const cases = [
      'a'.repeat(5_000_000) + " You've hit the Plus plan limit for image generations requests.",
      '{'.repeat(2_000_000),
      '['.repeat(200_000) + ']'.repeat(200_000),
      'data: {"v":"x"}\n'.repeat(200_000),
      'limit '.repeat(500_000),
      'rate limit reached for '.repeat(100_000),
      `${'1'.repeat(100_000)} hours`,
      JSON.stringify({ error: { message: 'x'.repeat(3_000_000), code: 'rate_limit_exceeded' } }),
    ];
    for (const text of cases) {
      const started = performance.now();
      const c = run({ text, status: 429 });
      expect(performance.now() - started).toBeLessThan(1500);
      if (text.length > MAX_TEXT_CHARS) expect(c.reasons[0]).toMatch(/first 64 KB/);
    }
    // the limit words beyond the cap were not read
    expect(
      run({ text: 'a'.repeat(5_000_000) + " You've hit the Plus plan limit for image generations requests." }).owner,
    ).toBe('unknown');
  });

  it('never throws on malformed input', () => {
    const weird: unknown[] = [
      null,
      undefined,
      42,
      'text',
      [],
      {},
      { text: 5 },
      { text: null, headers: 'x' },
      { text: 'x', headers: { a: {} }, status: 'x', url: 7 },
      { text: 'x', url: '::::' },
    ];
    for (const input of weird) {
      const c = classify(input as ClassifyInput, OPTIONS);
      expect(classificationProblems(c)).toEqual([]);
    }
    const badClock = classify({ text: 'resets in 2 hours' }, { now: new Date(Number.NaN), timeZone: 'Not/AZone' });
    expect(classificationProblems(badClock)).toEqual([]);
  });

  it('property: arbitrary strings and objects never throw and always give valid labels', () => {
    const header = fc.dictionary(
      fc.string({ maxLength: 30 }),
      fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String)),
      { maxKeys: 5 },
    );
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.anything({ maxDepth: 3 }).map((v) => {
        try {
          return JSON.stringify(v) ?? '';
        } catch {
          return '';
        }
      }),
      fc.json({ maxDepth: 3 }).map((j) => `data: ${j}\nevent: delta\ndata: [DONE]`),
      fc
        .constantFrom(
          'Rate limit reached for ',
          'limit: 0',
          'resets in ',
          '{"error":',
          'data: ',
          '画像',
          '한도',
          'blocked_features',
        )
        .chain((prefix) => fc.string({ maxLength: 100 }).map((rest) => prefix + rest)),
    );
    const input = fc.record(
      {
        text,
        status: fc.integer({ min: 0, max: 700 }),
        headers: header,
        url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 })),
        locale: fc.constantFrom('en', 'ko', 'ja', 'zh-CN'),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(input, (i) => {
        const c = classify(i, OPTIONS);
        expect(classificationProblems(c)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const c = classify(junk as ClassifyInput, OPTIONS);
        expect(classificationProblems(c)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
