/** The options page in English: general settings, provider sites and detection health. */
import type { GeneralSettingsStrings, HealthStrings, ProviderSettingsStrings } from '../types/index.ts';
import { evidenceCount as e } from '../../health/rules.ts';

export const generalSettings: GeneralSettingsStrings = {
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
    'Where the browser allows it: always for text you save with “Save as limit evidence”, and for a ' +
    'stop found on a tab where you clicked the Limit Lens button since the page loaded. Only the tab ' +
    'in front; kept on this device and shown in the stop’s packet. A screenshot shows whatever is on ' +
    'screen and is never masked on export.',
};

export const providerSettings: ProviderSettingsStrings = {
  title: 'Provider sites',
  intro:
    'Turn on the sites where you generate images outside ChatGPT. Each one is off until you turn it ' +
    'on; turning it on asks your browser for access to that site and its API, and nothing runs there ' +
    'before you agree. Limit Lens only reads the page’s own error responses and headers; it never ' +
    'sends a request of its own.',
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
};

export const health: HealthStrings = {
  title: 'Detection health',
  intro:
    'Limit Lens checks, on this device, that it still recognises how ChatGPT sends its replies: it ' +
    'counts what it recognised (never what was said) for 30 days.',
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
            : `Some socket frames came in an envelope we do not know (${e(r, 'unknownEnvelopes')}); ` +
              `${e(r, 'socketTurns')} turns were read from the socket.`,
    },
    selectors: {
      name: 'Page markup',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'checks')
            ? 'Assistant replies were found on the page.'
            : 'No reply checked yet.'
          : `Assistant replies were matched by none of our selectors after ${e(r, 'missed')} of ` +
            `${e(r, 'checks')} turns. The text you saw may be missing from stops.`,
    },
    'image-tool': {
      name: 'Image tool',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'messages')
            ? `Image-tool messages recognised: ${e(r, 'messages')}.`
            : 'No image-tool message seen yet.'
          : `No image-tool message recognised since ${r.since ?? '?'}, over ${e(r, 'turnsSince')} turns. If ` +
            `you made images since then, ChatGPT may have changed how it sends them.`,
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
    'Diagnostics hold the versions, these counts, the verdicts, unknown names as hashes with their ' +
    'lengths, and the selector table. No conversation text, ids, addresses, tokens or headers.',
  notice: (v) =>
    v === 'broken'
      ? 'Detection is broken: ChatGPT seems to have changed.'
      : 'Detection is degraded: ChatGPT may have changed.',
  noticeLink: 'See health',
};
