import { SESSION_STRINGS } from '@/lib/i18n/strings.ts';
import { startPage } from '@/utils/start-page.tsx';
import { SessionPage } from './App.tsx';

// The language the user chose in the settings, else the browser's (as the popup does).
startPage({
  title: (locale) => `Limit Lens — ${SESSION_STRINGS[locale].title}`,
  app: (locale) => <SessionPage locale={locale} />,
});
