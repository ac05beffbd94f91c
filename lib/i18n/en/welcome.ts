/** The welcome page and the popup's "what's new" line in English. */
import type { FirstRunStrings } from '../types/index.ts';

export const firstRun: FirstRunStrings = {
  welcome: {
    pageTitle: 'Welcome to Limit Lens',
    title: 'Welcome to Limit Lens',
    intro:
      'When image generation stops, Limit Lens tells you who owns the limit, which bucket ran out, and what to do next.',
    capturedTitle: 'What it captures, and where',
    captured: [
      'On chatgpt.com: the image tool’s stop messages (a limit, a cooldown, a refusal) from the page’s ' +
        'own traffic, and the error text you see. Ordinary answers are not read.',
      'On provider sites you turn on: their error responses and rate-limit headers. Nothing runs on a site before you turn it on.',
      'Each stop is kept in this browser, in the extension’s own storage. The toolbar button shows the ' +
        'latest; the history page keeps the rest until you delete them.',
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
      'The OpenAI platform, Azure OpenAI, OpenRouter, fal, Replicate, Google AI Studio and sites you ' +
      'add are off until you turn them on; each asks your browser for access to that site only.',
    providersLink: 'Turn on provider sites',
    pinHint: 'Pin Limit Lens to the toolbar: its badge shows how long until a limit resets.',
  },
  whatsNew: {
    '0.2.0':
      'New in 0.2.0: stops ChatGPT sends over its live connection are caught too, and exports mask more kinds of secrets.',
  },
  whatsNewDismiss: 'Dismiss',
};
