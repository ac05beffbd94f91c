import { STRINGS } from '@/lib/i18n/strings.ts';
import { startPage } from '@/utils/start-page.tsx';
import { OptionsPage } from './App.tsx';

// The language the user chose in the settings, else the browser's (as the popup does).
startPage({
  title: (locale) => `Limit Lens — ${STRINGS[locale].generalSettings.pageTitle}`,
  app: (locale, settings) => <OptionsPage locale={locale} initialSettings={settings} />,
});
