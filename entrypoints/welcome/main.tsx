import { WelcomeView } from '@/components/WelcomeView.tsx';
import { FIRST_RUN_STRINGS } from '@/lib/i18n/strings.ts';
import { startPage } from '@/utils/start-page.tsx';
import '@/components/theme.css';
import '@/components/layout.css';

// Opened once by the background on install (lib/first-run/); the text follows the browser's language.
startPage({
  title: (locale) => FIRST_RUN_STRINGS[locale].welcome.pageTitle,
  app: (locale) => (
    <WelcomeView
      strings={FIRST_RUN_STRINGS[locale].welcome}
      locale={locale}
      pasteUrl={browser.runtime.getURL('/paste.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />
  ),
});
