import { STRINGS } from '@/lib/i18n/strings.ts';
import { startPage } from '@/utils/start-page.tsx';
import { HistoryPageApp } from './App.tsx';

startPage({
  title: (locale) => `Limit Lens — ${STRINGS[locale].history.title}`,
  app: (locale) => <HistoryPageApp locale={locale} />,
});
