import { startPopup } from './popup/main.tsx';

/**
 * The popup's code, as one plain script (popup.html loads it with `defer`): an extension page pays for every module
 * request of a module graph before its first line runs, and a plain script is one request, evaluated as soon as the
 * page is parsed. Everything the first card needs is in it (Preact, the cards, both locales' card words); what
 * comes after the first paint is a script of its own (popup-extras.tsx).
 */
export default defineUnlistedScript(startPopup);
