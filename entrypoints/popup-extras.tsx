import { isUiLocale } from '@/lib/i18n/languages.ts';
import { mountExtras } from './popup/extras.tsx';

/**
 * What the popup shows besides its stops (the what's-new line, the health notice), as a script the popup adds once
 * its first card is on screen (popup/main.tsx): its code (every locale's page words, WXT's storage items) is not
 * evaluated before the first paint. The popup's locale is the page's `lang`.
 */
export default defineUnlistedScript(() => {
  const notices = document.getElementById('notices');
  const locale = document.documentElement.lang;
  if (notices && isUiLocale(locale)) mountExtras(notices, locale);
});
