/**
 * What every extension page (history, options, packet, paste, session, welcome) does first, in one place: read the
 * settings, choose the language, set the document's language and title, render the page's App into #app. And the
 * typed client the pages send their requests to the background with (lib/messages/protocol.ts).
 * Browser calls live here and in entrypoints/, never in lib/ or components/.
 */
import { render, type VNode } from 'preact';
import type { UiLocale } from '@/lib/i18n/strings.ts';
import { createClient } from '@/lib/messages/client.ts';
import { resolveLocale, type Settings } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';

export const pageRequest = createClient((message) => browser.runtime.sendMessage(message));

export interface PageStart {
  /** The tab's title in the chosen language. */
  title: (locale: UiLocale) => string;
  /** The page's App, given the chosen language and the settings it was chosen from. */
  app: (locale: UiLocale, settings: Settings) => VNode;
}

export function startPage({ title, app }: PageStart): void {
  void loadSettings().then((settings) => {
    const locale = resolveLocale(settings, browser.i18n.getUILanguage());
    document.documentElement.lang = locale;
    document.title = title(locale);
    render(app(locale, settings), document.getElementById('app')!);
  });
}
