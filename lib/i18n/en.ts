/**
 * Every word the interface shows, in English. The shape is lib/i18n/types.ts; the list of languages LOCALES in lib/i18n/strings.ts.
 */
import type {
  ExportStrings,
  FirstRunStrings,
  GeneralSettingsStrings,
  HealthStrings,
  HistoryStrings,
  ImportStrings,
  LocaleStrings,
  ManualCaptureStrings,
  RedactionStrings,
  SessionStrings,
  UiStrings,
} from './types.ts';
import { evidenceCount as e } from '../health/rules.ts';

const HISTORY_EN: HistoryStrings = {
  title: 'History',
  intro:
    'Every stop Limit Lens kept on this device. Filter, search, open an incident packet, export evidence or import a file.',
  stored: (n) => `${n} stored on this device`,
  settingsLink: 'Settings: how long to keep stops, screenshots, language',
  filtersTitle: 'Filter',
  ownerLabel: 'Who owns the limit',
  actionLabel: 'Next step',
  siteLabel: 'Site',
  fromLabel: 'Seen from',
  toLabel: 'Seen until',
  searchLabel: 'Search',
  searchHint: 'Words in what was seen, the evidence, the page or the reasons',
  any: 'Any',
  resetFilters: 'Clear filters',
  resultsTitle: 'Stops',
  showing: (first, last, total) => `Showing ${first}–${last} of ${total}`,
  none: 'No stops match these filters.',
  empty: 'No stops stored yet.',
  searching: 'Searching…',
  cappedMatches: (n) => `The search stopped at ${n} matches: add words or filters to narrow it down.`,
  cappedTime: 'The search took too long and shows the matches found so far: add words or filters to narrow it down.',
  columns: {
    select: 'Select',
    seen: 'Last seen',
    owner: 'Who owns the limit',
    action: 'Next step',
    site: 'Site',
    text: 'What was seen',
    actions: 'Actions',
  },
  selectRow: (when) => `Select the stop seen ${when}`,
  selectPage: 'Select every stop on this page',
  openPacket: 'Incident packet',
  openPacketLabel: (when) => `Open the incident packet of the stop seen ${when}`,
  exportOne: 'Export',
  exportOneLabel: (when) => `Export the stop seen ${when}`,
  deleteLabel: (when) => `Delete the stop seen ${when}`,
  screenshots: (n) => (n === 1 ? '1 screenshot' : `${n} screenshots`),
  layers: { network: 'page traffic', dom: 'page text', both: 'traffic and text', manual: 'saved by hand' },
  pagination: 'Pages',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  exportSelected: (n) => `Export selected (${n})`,
  exportMatching: (n) => `Export all matching (${n})`,
  exportAll: (n) => `Export everything (${n})`,
  clearAll: 'Delete all…',
  clearConfirm: (n) =>
    `Delete all ${n} stored stops and their screenshots? This cannot be undone; export first to keep a copy.`,
  clearYes: 'Delete all',
  cancel: 'Cancel',
  cleared: (n) => `Deleted ${n} stops.`,
  deleted: 'Deleted.',
  loadError: (message) => `Could not load the history: ${message}`,
  screenshotsTitle: 'Screenshots',
  screenshotsNote: 'The tab as it looked when the stop was captured. Kept on this device; never masked on export.',
  screenshotAlt: (n, when) => `Screenshot ${n} of the tab, taken ${when}`,
};

const EXPORT_EN: ExportStrings = {
  title: 'Export',
  scope: (n) => (n === '1' ? 'Exporting 1 stop' : `Exporting ${n} stops`),
  loading: (done, total) => `Reading stops… ${done} of ${total}`,
  preparing: 'Checking what to mask…',
  redact: 'Mask secrets and identifiers (recommended)',
  redactHint:
    'API keys, tokens, cookies, e-mail addresses; organization and project ids partly. Request ids and model names stay: support needs them.',
  conversationIds: 'Also mask ChatGPT conversation ids',
  conversationIdsHint:
    'Only you can open your conversations, and the id helps you find the chat again; mask it when that matters.',
  formats: 'Save as',
  json: 'JSON',
  jsonHint: 'complete; can be imported again',
  csv: 'CSV',
  csvHint: 'a spreadsheet, one row per stop',
  md: 'Markdown incident packet',
  mdHint: 'to paste into a support ticket',
  zip: 'Evidence bundle (.zip)',
  zipHint: (n) => `the incident packet, the JSON and ${n === 1 ? '1 screenshot' : `${n} screenshots`}`,
  screenshotsNotRedacted:
    'Screenshots are included as they were taken: they are not masked. Look at them before sharing.',
  tooLarge: (mb, limitMb) =>
    `This JSON is ${mb} MB; import reads at most ${limitMb} MB. Export fewer stops at a time to be able to import it again.`,
  saveAnyway: 'Save anyway',
  saved: (fileName) => `Saved ${fileName}.`,
  close: 'Close',
  failed: (message) => `Could not export: ${message}`,
};

const REDACTION_EN: RedactionStrings = {
  title: 'What will be masked',
  summary: (n) => (n === '1' ? '1 value will be masked.' : `${n} values will be masked.`),
  nothing:
    'Nothing recognisable as a secret or an identifier was found. Redaction is a safety net, not a guarantee: check names or other personal details yourself.',
  off: 'Masking is off: the export keeps keys, cookies, e-mail addresses and ids exactly as captured.',
  kinds: {
    'api-key': 'API key',
    bearer: 'Bearer token',
    authorization: 'Authorization value',
    cookie: 'Cookie',
    'session-token': 'Session token',
    jwt: 'JSON Web Token',
    'private-key': 'Private key',
    'secret-field': 'Secret field',
    'url-credentials': 'Password in a URL',
    'url-secret': 'Secret URL parameter',
    email: 'E-mail address',
    'org-id': 'Organization id (partly)',
    'project-id': 'Project id (partly)',
    'user-id': 'User id (partly)',
    'conversation-id': 'Conversation id',
  },
  columns: { stop: 'Stop', field: 'Field', kind: 'What', original: 'Captured', masked: 'In the export' },
  more: (n) => `…and ${n} more.`,
  localNote: 'The captured values are shown here only, on this device; they are never written into the export.',
};

const IMPORT_EN: ImportStrings = {
  title: 'Import',
  intro: 'A JSON file exported by Limit Lens, on this or another browser. Stops already stored are skipped.',
  fileLabel: 'Export file (.json)',
  reading: 'Reading the file…',
  ready: (n, exportedAt) => `This file holds ${n === '1' ? '1 stop' : `${n} stops`}, exported ${exportedAt}.`,
  redactedFile: 'It was masked when exported.',
  importButton: 'Import',
  importing: 'Importing…',
  invalid: (fileName) => `Cannot import ${fileName}:`,
  unchanged: 'Nothing stored was changed.',
  done: (added, duplicates) =>
    `Added ${added} ${added === '1' ? 'stop' : 'stops'}; ${duplicates} already stored ${duplicates === '1' ? 'was' : 'were'} skipped.`,
  byOwner: 'Added, by owner',
  failed: (message) => `Could not import: ${message}`,
  repaired: (n) =>
    `${n === '1' ? '1 stop has' : `${n} stops have`} its first and last sighting the wrong way round (saved out of order by an older version); they will be imported with the two times swapped.`,
  tooLarge: (fileMb, limitMb) =>
    `The file is too large (${fileMb} MB); the limit is ${limitMb} MB of text. Export fewer stops at a time.`,
  storageFull: 'The browser refused to store more data (storage quota reached). Nothing was imported.',
  writeFailed: (errorName) => `The import could not be written (${errorName}). Nothing was imported.`,
};

const GENERAL_SETTINGS_EN: GeneralSettingsStrings = {
  pageTitle: 'Settings',
  title: 'General',
  notifications: 'Notify me when a limit resets',
  notificationsHint: 'One notice when a stop’s reset time arrives.',
  language: 'Language',
  languageAuto: 'Same as the browser',
  retention: 'Keep stops',
  keepAll: 'Keep everything',
  keepDays: 'Delete stops last seen more than',
  days: 'days ago',
  retentionHint: 'Older stops and their screenshots are deleted now and once a day. Export first to keep a copy.',
  screenshots: 'Take a screenshot of the tab when a stop is captured',
  screenshotsHint:
    'Where the browser allows it: always for text you save with “Save as limit evidence”, and for a stop found on a tab where you clicked the Limit Lens button since the page loaded. Only the tab in front; kept on this device and shown in the stop’s packet. A screenshot shows whatever is on screen and is never masked on export.',
};

const MANUAL_CAPTURE_EN: ManualCaptureStrings = {
  menuTitle: 'Save as limit evidence',
  savedTitle: 'Saved as limit evidence',
  savedBody: (owner) => `${owner}. Open Limit Lens to see the incident packet.`,
  failedTitle: 'Could not save the selection',
};

const ui: UiStrings = {
  appTitle: 'Limit Lens',
  historyLink: 'History',
  history: HISTORY_EN,
  export: EXPORT_EN,
  redaction: REDACTION_EN,
  import: IMPORT_EN,
  generalSettings: GENERAL_SETTINGS_EN,
  manualCapture: MANUAL_CAPTURE_EN,
  emptyTitle: 'No stops captured yet',
  emptyBody:
    'When image generation stops on ChatGPT, Limit Lens records the message here and tells you who owns the limit and what to do next. Everything stays on this device.',
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
    'The OpenAI API is an alternative for batch generation, monitoring, stored outputs or automation. It is a separate contract with its own billing, limits, verification and logging duties, and it does not lift this ChatGPT limit.',
  delete: 'Delete',
  loadError: 'Could not load saved stops.',
  saveFailed: 'The latest stop could not be saved. Free some disk space; what was already saved is intact.',
  notifyTitle: 'Image generation should be available again',
  notifyBody: (site, time) => `The limit on ${site} was due to reset at ${time}.`,
  allowanceTitle: 'Images left, as ChatGPT reported',
  allowanceLeft: (n) => (n === 1 ? '1 image left' : `${n} images left`),
  allowanceResets: (time) => `resets ${time}`,
  allowanceNotReported: 'Not reported: ChatGPT has not sent a remaining count on this device yet.',
  allowanceSource: (when) => `source: ChatGPT’s usage report, seen ${when}`,
  owners: {
    'chatgpt-app': 'ChatGPT (your plan and account)',
    'openai-api': 'OpenAI API (your organization and project)',
    'openai-billing': 'OpenAI billing (monthly budget or credits)',
    'openai-access': 'OpenAI access (organization verification, model access, project permissions)',
    azure: 'Azure OpenAI (your Microsoft subscription and deployment)',
    provider: 'A third-party provider',
    'content-policy': 'Content policy — not a limit',
    'service-load': 'Temporary overload — not a limit',
    unknown: 'Not enough evidence to say',
  },
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
      'Retrying before the reset does not help: the limit lifts on its own at the reset. If the message offers an upgrade, that is the app’s own alternative.',
    'wait-cooldown': () =>
      'ChatGPT asks you to pause image requests. Retrying before the time is up does not help; the pause lifts on its own.',
    'wait-throttle': () =>
      'Too many requests came from your account in a short time. Close extra ChatGPT tabs and wait before trying again.',
    'wait-provider-daily': (p) =>
      `Retrying before the reset does not help: a daily quota resets on its own. Turning on billing or a paid plan at ${p} raises a free-tier quota.`,
    'wait-provider': (p) => `Retrying before the reset does not help: ${p} lifts the limit at the reset.`,
    'wait-other': () => 'Retrying before the reset does not help: the limit lifts on its own at the reset.',
    'simplify-policy': () =>
      'Nothing ran out: the content was refused. Rephrase the prompt or change what you ask for; waiting or sending the same prompt again will not help.',
    'simplify-too-long': () =>
      'Nothing was refused and nothing ran out: the message is too long. Shorten it or split it into parts.',
    'retry-load': () =>
      'This is temporary: the service is busy. Try again in a while, with growing pauses, not in a loop.',
    'retry-edge': () =>
      'A network protection (Cloudflare) in front of the service slowed this connection down. Wait before trying again, and not in a loop.',
    'retry-app': () =>
      'ChatGPT paused this for now. Try again later, not in a loop; if it keeps happening, check your account in ChatGPT’s help center.',
    'retry-unknown': () =>
      'Limit Lens cannot tell why this stopped. Try again in a while, with growing pauses, not in a loop; the incident packet keeps the evidence.',
    'throughput-api': () =>
      'Send fewer requests at a time, queue the rest, and wait as long as the response says before retrying. If you need more, a higher usage tier raises the limits.',
    'throughput-enqueued': () =>
      'Your Batch API queue holds too many tokens. Wait for the batches in progress to finish, or send smaller batches.',
    'throughput-provider': (p) =>
      `Send fewer requests at a time to ${p}, queue the rest, and wait as long as it says before retrying.`,
    'throughput-other': () =>
      'Send fewer requests at a time, queue the rest, and wait as long as the response says before retrying.',
    'billing-openai': () =>
      'Raise the project’s monthly budget, or add credits or a payment method, in OpenAI’s billing settings. Retrying does not raise the limit.',
    'billing-tier-zero': () =>
      'Your API tier has no access to this model (its limit is 0). A payment method or prepaid credit moves the organization to a paid tier; some models also need organization verification. Waiting does not help.',
    'billing-provider': (p) => `Add credit or a payment method at ${p}. Retrying does not add credit.`,
    'billing-app': () => 'Check your plan or credits in ChatGPT’s settings. Retrying does not help.',
    'billing-other': () => 'Add credit or a payment method with the service. Retrying does not add credit.',
    'access-app-login': () => 'Log in to ChatGPT (or sign up), then try again.',
    'access-app-account': () =>
      'Check your ChatGPT account: log in again, or see ChatGPT’s help center if the account is restricted.',
    'access-openai': () =>
      'Verify the organization, or check the project’s access to this model, its permissions and the endpoint, on platform.openai.com. Waiting does not help.',
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
  packet: {
    title: 'Incident packet',
    intro:
      'Everything Limit Lens kept about this stop, each value with where it came from: hand it to support, or use it to decide the next step.',
    field: 'Field',
    value: 'Value',
    source: 'Where it came from',
    fields: {
      owner: 'Who owns the limit',
      bucket: 'What ran out',
      action: 'Next step',
      page: 'Page',
      endpoint: 'Endpoint',
      model: 'Model',
      organization: 'Organization',
      project: 'Project',
      'request-size': 'Request size',
      'request-quality': 'Quality setting',
      status: 'HTTP status',
      body: 'Response body',
      headers: 'Response headers',
      reset: 'Reset time',
      'other-reset': 'Other reset stated',
      'retry-count': 'Retries (repeats after the first)',
      'monthly-usage': 'Monthly usage',
      'seen-text': 'Exact text seen',
      'first-seen': 'First seen',
      'last-seen': 'Last seen',
      reasons: 'Why Limit Lens says so',
    },
    sources: {
      classifier: 'Limit Lens’s reading of the evidence',
      page: 'the page’s address',
      'page-traffic': 'the page’s own response',
      webrequest: 'response headers seen by the extension (including those hidden from the page)',
      'page-text': 'text shown on the page',
      pasted: 'pasted by you',
      evidence: 'stated in the body or text',
      'endpoint-path': 'the request’s path',
      header: 'a response header',
      record: 'kept by Limit Lens',
      'not-reported': 'not reported',
    },
    notReported: 'not reported',
    truncated: '(cut: only the start was kept)',
    monthly: {
      'monthly-limit-reached': 'Monthly budget reached (hard limit)',
      'quota-or-credits-spent': 'Credits or quota spent',
    },
    tierTitle: (model) => `Published API tier ceilings for ${model} (the OpenAI API, used directly)`,
    tierCaption: (checked) =>
      `A general ceiling, checked ${checked} — not your limit. Your project’s limits page and the response headers above are the live truth and can be stricter.`,
    tierModelUnknown: (model) => `This stop does not name its model: the table is for ${model} and may not apply.`,
    tierHeaders: { tier: 'Tier', tpm: 'Tokens per minute (TPM)', ipm: 'Images per minute (IPM)' },
    tierNotSupported: 'not supported',
    notFound: 'This stop is not saved any more.',
    loadError: 'Could not load this stop.',
  },
  paste: {
    title: 'Paste an error to classify',
    intro:
      'Paste an error from your own code or logs: a raw HTTP response with its status line and headers, curl -i or -v output, a JSON body, or a log line.',
    textLabel: 'Error text',
    routeLabel: 'Where did it come from?',
    routes: {
      auto: 'Let Limit Lens decide',
      chatgpt: 'ChatGPT app',
      openai: 'OpenAI API',
      azure: 'Azure OpenAI',
      provider: 'Another provider or gateway',
    },
    classify: 'Explain',
    save: 'Save as evidence',
    saveHint: 'Nothing is saved until you press “Save as evidence”.',
    privacy: 'Read on this device only. Cookie and authorization headers are dropped.',
    resultTitle: 'What Limit Lens makes of it',
    readAs: (format) => `Read as: ${format}`,
    formats: {
      http: 'an HTTP response (status line, headers, body)',
      'curl-verbose': 'curl -v output',
      json: 'a JSON body',
      log: 'a log line',
      text: 'plain text',
      empty: 'nothing',
    },
    notes: {
      cut: 'Only part of the paste was read.',
      binary: 'Control characters or binary junk were removed.',
      'secret-headers-dropped': 'Cookie and authorization headers were dropped.',
      'headers-capped': 'Only the first 40 headers were kept.',
      'several-responses': 'Several responses were pasted; the last one was read.',
      'body-not-json': 'The body is not JSON; it was read as text.',
    },
    cutNotice: (originalKb, headKb, tailKb) =>
      `The paste is ${originalKb} KB: Limit Lens read its first ${headKb} KB and its last ${tailKb} KB, and left the middle out.`,
    saved: 'Saved. It is now in the popup’s list.',
    savedAgain: 'This paste was already saved; nothing new was added.',
    notAStop: 'Not saved: Limit Lens found no limit or refusal in this text.',
    empty: 'Paste an error first: the text is empty.',
    failed: (message) => `Could not do that: ${message}`,
    openPacket: 'Open its incident packet',
  },
  providerSettings: {
    title: 'Provider sites',
    intro:
      'Turn on the sites where you generate images outside ChatGPT. Each one is off until you turn it on; turning it on asks your browser for access to that site and its API, and nothing runs there before you agree. Limit Lens only reads the page’s own error responses and headers; it never sends a request of its own.',
    presetsTitle: 'Built-in sites',
    customTitle: 'Your own sites',
    customIntro:
      'Add a playground, gateway or internal tool: its pages, the API it calls (for rate-limit headers), and who owns its limits.',
    noCustom: 'No sites of your own yet.',
    status: {
      off: 'Off',
      on: 'On',
      'needs-permission': 'Access was removed in the browser: turn it on again',
      error: 'On, but its scripts could not be registered',
    },
    turnOn: 'Turn on',
    turnOff: 'Turn off',
    asksFor: 'Asks for access to',
    notes: 'Notes',
    ownerKinds: { 'openai-api': 'OpenAI API', azure: 'Azure OpenAI', provider: 'A third-party provider' },
    nameLabel: 'Name',
    pagesLabel: 'Page patterns (one a line)',
    apiLabel: 'API patterns (optional, one a line)',
    patternsHint: 'Like https://studio.example.com/* or https://*.example.com/*',
    ownerLabel: 'Who owns its limits',
    add: 'Add site',
    saveEntry: 'Save',
    edit: 'Edit',
    remove: 'Remove',
    cancel: 'Cancel',
    fieldNames: { name: 'Name', pages: 'Page patterns', apiHosts: 'API patterns', ownerKind: 'Owner' },
    problems: {
      empty: 'is empty',
      'too-long': 'is too long',
      'not-https': 'must start with https://',
      'bad-host': 'has a host that is not a site name',
      'any-host': 'must name a site, not every site',
      'bad-path': 'needs a path such as /*',
      none: 'needs at least one pattern',
      'too-many': 'has too many patterns (at most 10)',
      'reserved-host': 'names ChatGPT, which Limit Lens already covers',
      unknown: 'is not one of the choices',
      'public-suffix':
        'covers sites of many owners (such as *.com or *.vercel.app): name the site itself, such as *.example.com',
    },
    permissionDenied: 'Access was not granted, so the site stays off.',
    failed: (message) => `Could not change it: ${message}`,
    unknownSite: 'this site is no longer in the list; reload the page.',
    saveFailed: 'the provider settings could not be saved.',
    tooManyCustom: (max) => `at most ${max} sites of your own.`,
    registrationFailed: (browserError) => `the browser could not run Limit Lens on this site (${browserError}).`,
  },
};

const firstRun: FirstRunStrings = {
  welcome: {
    pageTitle: 'Welcome to Limit Lens',
    title: 'Welcome to Limit Lens',
    intro:
      'When image generation stops, Limit Lens tells you who owns the limit, which bucket ran out, and what to do next.',
    capturedTitle: 'What it captures, and where',
    captured: [
      'On chatgpt.com: the image tool’s stop messages (a limit, a cooldown, a refusal) from the page’s own traffic, and the error text you see. Ordinary answers are not read.',
      'On provider sites you turn on: their error responses and rate-limit headers. Nothing runs on a site before you turn it on.',
      'Each stop is kept in this browser, in the extension’s own storage. The toolbar button shows the latest; the history page keeps the rest until you delete them.',
    ],
    privacyTitle: 'Your data stays here',
    privacy: [
      'Everything Limit Lens captures stays on this device.',
      'It sends nothing anywhere and makes no network request of its own.',
    ],
    demoTitle: 'Try it',
    demoBody: 'Paste an error message you got, from ChatGPT or an API, and see what Limit Lens makes of it.',
    demoLink: 'Paste an error',
    providersTitle: 'Generating images elsewhere too?',
    providersBody:
      'The OpenAI platform, Azure OpenAI, OpenRouter, fal, Replicate, Google AI Studio and sites you add are off until you turn them on; each asks your browser for access to that site only.',
    providersLink: 'Turn on provider sites',
    pinHint: 'Pin Limit Lens to the toolbar: its badge shows how long until a limit resets.',
  },
  whatsNew: {
    '0.2.0':
      'New in 0.2.0: stops ChatGPT sends over its live connection are caught too, and exports mask more kinds of secrets.',
  },
  whatsNewDismiss: 'Dismiss',
};

const health: HealthStrings = {
  title: 'Detection health',
  intro:
    'Limit Lens checks, on this device, that it still recognises how ChatGPT sends its replies: it counts what it recognised (never what was said) for 30 days.',
  verdicts: { ok: 'OK', degraded: 'Degraded', broken: 'Broken' },
  rules: {
    'stream-format': {
      name: 'Stream format',
      verdict: (r) =>
        r.verdict === 'ok'
          ? 'Every turn streamed in a format we know.'
          : r.verdict === 'broken'
            ? `Turns streamed, but none in a stream format we know (${e(r, 'unknown')} turns). Stops may go unnoticed.`
            : `${e(r, 'unknown')} turns streamed in a format we do not know; ${e(r, 'known')} were read.`,
    },
    transport: {
      name: 'Socket',
      verdict: (r) =>
        r.verdict === 'ok'
          ? 'Socket frames came in envelopes we know.'
          : r.verdict === 'broken'
            ? `Socket frames came in an envelope we do not know (${e(r, 'unknownEnvelopes')}), and no turn was read from the socket.`
            : `Some socket frames came in an envelope we do not know (${e(r, 'unknownEnvelopes')}); ${e(r, 'socketTurns')} turns were read from the socket.`,
    },
    selectors: {
      name: 'Page markup',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'checks')
            ? 'Assistant replies were found on the page.'
            : 'No reply checked yet.'
          : `Assistant replies were matched by none of our selectors after ${e(r, 'missed')} of ${e(r, 'checks')} turns. The text you saw may be missing from stops.`,
    },
    'image-tool': {
      name: 'Image tool',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'messages')
            ? `Image-tool messages recognised: ${e(r, 'messages')}.`
            : 'No image-tool message seen yet.'
          : `No image-tool message recognised since ${r.since ?? '?'}, over ${e(r, 'turnsSince')} turns. If you made images since then, ChatGPT may have changed how it sends them.`,
    },
    allowance: {
      name: 'Image allowance',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'reports')
            ? 'ChatGPT reports the image allowance as expected.'
            : 'ChatGPT has not reported the image allowance yet.'
          : r.since
            ? `ChatGPT reported no image allowance since ${r.since} (${e(r, 'turnsSince')} turns since).`
            : `ChatGPT reported no image allowance in ${e(r, 'turns')} turns.`,
    },
    bridge: {
      name: 'Page messages',
      verdict: (r) =>
        r.verdict === 'ok'
          ? 'Messages from the page were readable.'
          : `${e(r, 'rejected')} messages from the page could not be read (more than the turns seen).`,
    },
  },
  evidence: {
    known: 'known format',
    unknown: 'unknown format',
    unknownEvents: 'unknown events',
    unknownOps: 'unknown ops',
    unknownEnvelopes: 'unknown envelopes',
    socketTurns: 'socket turns',
    fetchTurns: 'fetch turns',
    checks: 'checked',
    matched: 'matched',
    missed: 'missed',
    messages: 'messages',
    images: 'images',
    refusals: 'refusals',
    cooldowns: 'cooldowns',
    errors: 'errors',
    turnsSince: 'turns since',
    daysSince: 'days since',
    reports: 'reports',
    imageGen: 'with image_gen',
    turns: 'turns',
    rejected: 'rejected',
  },
  noData: 'Nothing counted yet: open ChatGPT and send a message.',
  copy: 'Copy diagnostics',
  save: 'Save diagnostics',
  copied: 'Diagnostics copied.',
  copyFailed: 'Could not copy: use Save instead.',
  diagnosticsNote:
    'Diagnostics hold the versions, these counts, the verdicts, unknown names as hashes with their lengths, and the selector table. No conversation text, ids, addresses, tokens or headers.',
  notice: (v) =>
    v === 'broken'
      ? 'Detection is broken: ChatGPT seems to have changed.'
      : 'Detection is degraded: ChatGPT may have changed.',
  noticeLink: 'See health',
};

const session: SessionStrings = {
  title: 'Import a session',
  intro:
    'Load a HAR file (DevTools → Network → “Save all as HAR”), a log, or JSON Lines. Every error response and every response with rate-limit headers is classified and listed in time order.',
  privacy:
    'Read on this device only, in the background so the page stays responsive. Cookies, authorization headers and keys are masked before anything is shown; request bodies (your prompts) are never kept. Nothing is saved until you pick rows and press Save.',
  link: 'Import a whole session (HAR file or log)',
  fileLabel: 'HAR, log or JSON Lines file',
  textLabel: 'Or paste many lines of a log',
  readText: 'Read the pasted lines',
  cancel: 'Stop reading',
  reading: (percent, found) => `Reading… ${percent} read, ${found} found so far`,
  problems: {
    'not-json': 'This file is not a HAR file or a log Limit Lens can read.',
    'not-har': 'This JSON file has no log.entries: it is not a HAR file.',
    malformed: 'The HAR file is damaged (invalid JSON); the entries before the damage are listed.',
    truncated: 'The HAR file ends early (a cut download or copy?); the entries before the cut are listed.',
    'read-failed': 'The file could not be read.',
  },
  counts: {
    entries: (n) => `${n} requests read`,
    listed: (n) => `${n} classified`,
    uneventful: (n) => `${n} without an error or rate-limit headers left out`,
    quiet: (n) => `${n} log lines without a limit word left out`,
    binary: (n) => `${n} lines of binary content (not text) left out`,
    skipped: (n) => `${n} entries skipped (too large or not valid JSON)`,
    cutValues: (n) => `${n} long bodies read only in part`,
    cutLines: (n) => `${n} very long lines read only in part`,
    notUtf8: (n) => `${n} characters were not UTF-8 and were replaced`,
    moreRows: (shown, total) => `Showing the first ${shown} of ${total}; the time line and counts cover all of them.`,
  },
  listTitle: 'Responses, in time order',
  columns: {
    pick: 'Save',
    time: 'Time',
    status: 'Status',
    owner: 'Who owns the limit',
    bucket: 'What ran out',
    action: 'Next step',
    reset: 'Reset',
    request: 'Request',
    masks: 'Masked',
  },
  pickRow: (n) => `Save response ${n}`,
  pickAll: 'Pick every stop',
  noRows: 'No error responses or rate-limit headers were found.',
  noReset: 'not stated',
  okRow: (remaining) => `Succeeded; listed for its rate-limit headers${remaining ? ` (${remaining})` : ''}`,
  inSeconds: (s) => `in ${s}`,
  waitUnits: { seconds: (n) => `${n} s`, minutes: (n) => `${n} min`, hours: (n) => `${n} h` },
  bodyNotes: { binary: 'binary body left out', base64: 'base64 body decoded', cut: 'long body cut' },
  masksNone: 'nothing to mask',
  masksCount: (n) => `${n} masked`,
  save: (n) => `Save ${n} as evidence`,
  saving: (done, total) => `Saving ${done} of ${total}…`,
  saved: (created, merged, refused) =>
    `Saved: ${created} new, ${merged} merged with earlier stops, ${refused} not a stop.`,
  saveFailed: (message) => `Saving failed: ${message}`,
  openHistory: 'Open the stop history',
  timeline: {
    title: 'Time line',
    intro: 'When each limit ran out (dots) and how long it said to wait (bars), with requests per minute below.',
    noTimes: 'This input has no times, so there is no time line.',
    ranOut: (bucket, n, first, last) => `${bucket}: ran out ${n} times, first at ${first}, last at ${last}`,
    resets: (time) => `, resets at ${time}`,
    requests: 'Requests per minute',
    perMinute: (n) => `${n}/min`,
    limit: (kind, n) => `stated ${kind} limit ${n}/min`,
    peak: (n, time) => `Peak ${n} requests a minute at ${time}`,
    limitKinds: { requests: 'requests', images: 'images', tokens: 'tokens' },
  },
};

export const en: LocaleStrings = {
  language: {
    name: 'English',
    tag: 'en-US',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('en'),
  },
  ui,
  firstRun,
  health,
  session,
};
