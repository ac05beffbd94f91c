/** The popup and the stop card in English: labels, owners, buckets, actions, advice and the reasons in plain words. */
import type { CardStrings, StorageStrings } from '../types/index.ts';

/** The owner names, also in the worker's notices (background.ts). */
export const owners: CardStrings['owners'] = {
  'chatgpt-app': 'ChatGPT (your plan and account)',
  'openai-api': 'OpenAI API (your organization and project)',
  'openai-billing': 'OpenAI billing (monthly budget or credits)',
  'openai-access': 'OpenAI access (organization verification, model access, project permissions)',
  azure: 'Azure OpenAI (your Microsoft subscription and deployment)',
  provider: 'A third-party provider',
  'content-policy': 'Content policy — not a limit',
  'service-load': 'Temporary overload — not a limit',
  unknown: 'Not enough evidence to say',
};

export const card: CardStrings = {
  appTitle: 'Limit Lens',
  historyLink: 'History',
  emptyTitle: 'No stops captured yet',
  emptyBody:
    'When image generation stops on ChatGPT, Limit Lens records the message here and tells you who ' +
    'owns the limit and what to do next. Everything stays on this device.',
  latest: 'Latest stop',
  recent: 'Recent stops',
  owner: 'Who owns this limit',
  ranOut: 'What ran out',
  nextStep: 'Next step',
  resetsIn: 'Resets in',
  resetAt: (time) => `at ${time} (your time)`,
  resetting: 'Resetting…',
  available: 'Should be available again',
  possiblyReset: 'That time has already passed: the limit may have reset. Try once before waiting again.',
  noResetStated: 'The message states no reset time.',
  noCountdownWhy: 'Waiting will not change this: there is no countdown.',
  whatYouSaw: 'What you saw',
  rawEvidence: 'Captured evidence',
  why: 'Why Limit Lens says so',
  seenTimes: (n) => (n === 1 ? 'seen once' : `seen ${n} times`),
  seenAt: (when) => `seen ${when}`,
  confidence: {
    high: 'certain: the response data says so',
    medium: 'likely: the message says so clearly',
    low: 'uncertain: the wording is vague',
  },
  resetSource: 'source',
  apiRouteTitle: 'Need images at volume?',
  apiRouteBody:
    'The OpenAI API is an alternative for batch generation, monitoring, stored outputs or ' +
    'automation. It is a separate contract with its own billing, limits, verification and logging ' +
    'duties, and it does not lift this ChatGPT limit.',
  delete: 'Delete',
  loadError: 'Could not load saved stops.',
  saveFailed: 'The latest stop could not be saved. Free some disk space; what was already saved is intact.',
  allowanceTitle: 'Images left, as ChatGPT reported',
  allowanceLeft: (n) => (n === 1 ? '1 image left' : `${n} images left`),
  allowanceResets: (time) => `resets ${time}`,
  allowanceNotReported: 'Not reported: ChatGPT has not sent a remaining count on this device yet.',
  allowanceSource: (when) => `source: ChatGPT’s usage report, seen ${when}`,
  owners,
  providerOwner: (name) => `${name} (a third-party provider)`,
  theProvider: 'the provider',
  buckets: {
    'app-image-quota': 'Image generations allowed by your ChatGPT plan',
    'app-image-cooldown': 'Image pace: too many images in a short time',
    'app-message-cap': 'Messages allowed in this period',
    'app-feature-cap': 'A ChatGPT feature’s own allowance',
    'app-account-throttle': 'Too many requests from your account in a short time',
    'app-login-required': 'Image creation needs you to be logged in',
    'message-too-long': 'The message was too long',
    'api-requests-per-minute': 'API requests per minute (RPM)',
    'api-requests-per-day': 'API requests per day (RPD)',
    'api-tokens-per-minute': 'API tokens per minute (TPM)',
    'api-tokens-per-day': 'API tokens per day (TPD)',
    'api-images-per-minute': 'API images per minute (IPM)',
    'api-input-images': 'API input images per minute',
    'api-enqueued-tokens': 'Tokens waiting in your Batch API queue',
    'api-rate-unspecified': 'An API rate limit',
    'api-no-tier-access': 'No image access at your API tier (limit 0)',
    'billing-quota': 'API credits or quota',
    'billing-hard-limit': 'Monthly API budget (hard limit)',
    'org-verification': 'Organization verification',
    'model-access': 'Access to this model',
    login: 'Sign-in',
    'azure-call-rate': 'Requests per minute of the Azure deployment',
    'azure-token-rate': 'Tokens per minute of the Azure deployment',
    'azure-daily-quota': 'Azure daily quota',
    'azure-resource-blocked': 'Azure resource blocked (not a quota)',
    'provider-credits': 'Provider credits or balance',
    'provider-rate': 'Provider rate limit',
    'provider-quota': 'Provider quota',
    'provider-account-locked': 'Provider account locked',
    'content-policy': 'Nothing ran out: the request was refused',
    'service-overload': 'Nothing ran out: the service is busy',
    'edge-rate-limit': 'A network protection (Cloudflare) in front of the site, not your plan',
    unknown: 'Unknown',
  },
  actions: {
    wait: 'Wait for the reset',
    simplify: 'Change the request',
    'retry-later': 'Retry later, not in a loop',
    'reduce-throughput': 'Slow down',
    'fix-billing': 'Fix billing',
    'get-access': 'Get access',
    'owner-console': 'Fix it in the service’s console',
  },
  consoleAction: (where) => `Fix it in ${where}`,
  azurePortal: 'the Azure portal',
  providerDashboard: (name) => `${name}’s dashboard`,
  serviceConsole: 'the service’s console',
  advice: {
    'wait-app': () =>
      'Retrying before the reset does not help: the limit lifts on its own at the reset. If the ' +
      'message offers an upgrade, that is the app’s own alternative.',
    'wait-cooldown': () =>
      'ChatGPT asks you to pause image requests. Retrying before the time is up does not help; the pause lifts on its own.',
    'wait-throttle': () =>
      'Too many requests came from your account in a short time. Close extra ChatGPT tabs and wait before trying again.',
    'wait-provider-daily': (p) =>
      `Retrying before the reset does not help: a daily quota resets on its own. Turning on billing or ` +
      `a paid plan at ${p} raises a free-tier quota.`,
    'wait-provider': (p) => `Retrying before the reset does not help: ${p} lifts the limit at the reset.`,
    'wait-other': () => 'Retrying before the reset does not help: the limit lifts on its own at the reset.',
    'simplify-policy': () =>
      'Nothing ran out: the content was refused. Rephrase the prompt or change what you ask for; ' +
      'waiting or sending the same prompt again will not help.',
    'simplify-too-long': () =>
      'Nothing was refused and nothing ran out: the message is too long. Shorten it or split it into parts.',
    'retry-load': () =>
      'This is temporary: the service is busy. Try again in a while, with growing pauses, not in a loop.',
    'retry-edge': () =>
      'A network protection (Cloudflare) in front of the service slowed this connection down. Wait before trying again, and not in a loop.',
    'retry-app': () =>
      'ChatGPT paused this for now. Try again later, not in a loop; if it keeps happening, check your account in ChatGPT’s help center.',
    'retry-unknown': () =>
      'Limit Lens cannot tell why this stopped. Try again in a while, with growing pauses, not in a ' +
      'loop; the incident packet keeps the evidence.',
    'throughput-api': () =>
      'Send fewer requests at a time, queue the rest, and wait as long as the response says before ' +
      'retrying. If you need more, a higher usage tier raises the limits.',
    'throughput-enqueued': () =>
      'Your Batch API queue holds too many tokens. Wait for the batches in progress to finish, or send smaller batches.',
    'throughput-provider': (p) =>
      `Send fewer requests at a time to ${p}, queue the rest, and wait as long as it says before retrying.`,
    'throughput-other': () =>
      'Send fewer requests at a time, queue the rest, and wait as long as the response says before retrying.',
    'billing-openai': () =>
      'Raise the project’s monthly budget, or add credits or a payment method, in OpenAI’s billing ' +
      'settings. Retrying does not raise the limit.',
    'billing-tier-zero': () =>
      'Your API tier has no access to this model (its limit is 0). A payment method or prepaid credit ' +
      'moves the organization to a paid tier; some models also need organization verification. Waiting ' +
      'does not help.',
    'billing-provider': (p) => `Add credit or a payment method at ${p}. Retrying does not add credit.`,
    'billing-app': () => 'Check your plan or credits in ChatGPT’s settings. Retrying does not help.',
    'billing-other': () => 'Add credit or a payment method with the service. Retrying does not add credit.',
    'access-app-login': () => 'Log in to ChatGPT (or sign up), then try again.',
    'access-app-account': () =>
      'Check your ChatGPT account: log in again, or see ChatGPT’s help center if the account is restricted.',
    'access-openai': () =>
      'Verify the organization, or check the project’s access to this model, its permissions and the ' +
      'endpoint, on platform.openai.com. Waiting does not help.',
    'access-azure': () =>
      'Sign in with an account that may use this Azure OpenAI resource, or check the deployment name and the endpoint in the Azure portal.',
    'access-provider': (p) => `Sign in to ${p}, or check that your key may use this model. Waiting does not help.`,
    'access-other': () => 'Sign in, or check that your account may use this model. Waiting does not help.',
    'console-azure-quota': () =>
      'Raise the deployment’s quota in the Azure portal, or spread requests over time. Azure quota is Microsoft’s, not OpenAI’s.',
    'console-azure-blocked': () =>
      'Azure blocked the resource after a policy review. It is not a quota: see the Azure portal or contact Microsoft support.',
    'console-provider': (p) => `Check the quota, credits or account status in ${p}’s dashboard.`,
    'console-other': () => 'The fix lives in the console of the service that owns this limit.',
  },
  units: { d: 'd', h: 'h', m: 'm', s: 's', pad: true },
  approx: (n, unit) => `about ${n} ${unit}${n === 1 ? '' : 's'}`,
  approxAt: (time) => `around ${time} (your time)`,
  resetSources: {
    'blocked_features.resets_after': 'ChatGPT’s own reset time for this feature',
    'limits_progress.reset_after': 'ChatGPT’s usage report',
    clears_in: 'ChatGPT’s waiting time in its response',
    'header:retry-after': 'the waiting time in the response headers',
    'header:retry-after-ms': 'the waiting time in the response headers',
    'header:x-ratelimit-reset-requests': 'the request limit’s reset time in the response headers',
    'header:x-ratelimit-reset-tokens': 'the token limit’s reset time in the response headers',
    'header:x-ratelimit-reset': 'the reset time in the response headers',
    'body:retry-delay': 'the waiting time in the error message',
    'text:duration': 'the waiting time the message states',
    'text:clock': 'the time of day the message states',
  },
  reasons: {
    moderation: 'ChatGPT’s safety check blocked this request.',
    imageTool: 'ChatGPT’s image tool said its limit was reached.',
    imageToolSays: (what) => `ChatGPT’s image tool said ${what}.`,
    blockedFeatures: 'ChatGPT’s own data marks image generation as blocked until the reset.',
    otherFeature: 'ChatGPT’s own data marks another feature as blocked, not image generation.',
    limitsProgress: 'ChatGPT’s usage report shows no images left.',
    queued: 'ChatGPT queued the image because of high demand.',
    otherTool: 'Another ChatGPT tool hit its limit, not the image tool.',
    code: (what) => `The error code in the response means ${what}.`,
    words: (what) => `The message says ${what}.`,
    statusOnly: (status) => `Only the HTTP status (${status}) hints at this; nothing else names a limit.`,
    noSignal: 'Nothing in the evidence names a limit.',
    page: (host) => `It was seen on ${host}, so the limit belongs to that site.`,
    named: (name) => `The message names ${name}.`,
    route: (name) => `You said it came from ${name}.`,
    quoted: (name) => `The page only shows a quoted ${name} error, so the limit is that service’s, not the page’s.`,
    chatgptShapes: 'The response is in ChatGPT’s own format.',
    limitZero: 'The limit is 0: this tier has no access to the model, so waiting never helps.',
    perDay: 'The quota is per day: it resets on its own.',
    perMinute: 'The quota is per minute: sending more slowly helps.',
    sharedCapacity: 'No quota of yours is named: the service’s shared capacity is busy.',
    lockedForBalance: 'The account was locked for its balance: topping up unlocks it.',
    azureDaily: 'The wait is a full day: the daily quota is spent.',
    truncated: 'The text was very long; only its start was read.',
    error: 'Limit Lens could not read this evidence.',
    reset: (source) => `The reset time comes from ${source}.`,
    rationed: (source) => `The next window comes from ${source}; it is for information, not a reset to wait for.`,
    kinds: {
      'content-policy': 'the request’s content was refused',
      'resource-blocked': 'the whole resource was blocked',
      'image-quota': 'the image-generation limit was reached',
      'image-cooldown': 'images were requested too quickly',
      'message-cap': 'the message limit was reached',
      'feature-cap': 'another feature’s limit was reached',
      cap: 'a usage limit was reached',
      'account-throttle': 'too many requests came from the account',
      'unusual-activity': 'unusual activity was detected',
      'login-required': 'you need to be logged in',
      'too-long': 'the request was too long',
      rate: 'requests came too fast (a rate limit)',
      'billing-quota': 'the quota or credit ran out',
      quota: 'a quota ran out',
      'billing-hard-limit': 'the monthly budget was reached',
      credits: 'the credits or balance ran out',
      'credit-throttle': 'requests are rationed because the credit is low',
      'account-locked': 'the account is locked',
      'tier-zero': 'this tier has no access (limit 0)',
      access: 'there is no access to the model or project',
      overload: 'the service is overloaded',
      'edge-rate-limit': 'a network protection (Cloudflare) limited the connection',
      'tool-failure': 'the image tool failed without naming a limit',
      'generic-error': 'an error happened that names no limit',
    },
  },
  details: 'Details',
  pasteLink: 'Paste an error to classify',
  providersLink: 'Provider sites',
};

/** Shown by the popup and the history page in place of the stops when the database is a newer release's. */
export const storageNotice: StorageStrings = {
  newerSchema: (kept) =>
    'Your saved stops were written by a newer version of Limit Lens, so this version leaves them untouched. ' +
    'Update Limit Lens to see them again.' +
    (kept > 0 ? ` ${kept === 1 ? 'One new stop is' : `${kept} new stops are`} kept aside until then.` : ''),
};
