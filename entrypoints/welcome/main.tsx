import { render } from 'preact';
import { WelcomeView } from '@/components/WelcomeView.tsx';
import { FIRST_RUN_STRINGS } from '@/lib/i18n/strings.ts';
import { resolveLocale } from '@/lib/settings/settings.ts';
import { loadSettings } from '@/lib/settings/store.ts';
import '@/components/theme.css';
import '@/components/layout.css';

// Opened once by the background on install (lib/first-run/); the text follows the browser's language.
void loadSettings().then((settings) => {
  const locale = resolveLocale(settings, browser.i18n.getUILanguage());
  const strings = FIRST_RUN_STRINGS[locale].welcome;
  document.documentElement.lang = locale;
  document.title = strings.pageTitle;
  render(
    <WelcomeView strings={strings} locale={locale} pasteUrl={browser.runtime.getURL('/paste.html')} optionsUrl={browser.runtime.getURL('/options.html')} />,
    document.getElementById('app')!,
  );
});
