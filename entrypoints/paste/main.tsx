import { STRINGS } from '@/lib/i18n/strings.ts';
import { startPage } from '@/utils/start-page.tsx';
import { PastePage } from './App.tsx';

// The language the user chose in the settings, else the browser's (as the popup does).
startPage({
  title: (locale) => `Limit Lens — ${STRINGS[locale].paste.title}`,
  app: (locale) => <PastePage locale={locale} />,
});
