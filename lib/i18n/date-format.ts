/**
 * Dates and times as the user's locale writes them, through one `Intl.DateTimeFormat` per locale and style.
 * `Date.prototype.toLocaleString(locale, options)` builds a new formatter on every call, which costs far more than
 * the formatting itself: the popup's cards format three dates each, and the first paint waited for all of them.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `new Date(at).toLocaleString(locale, options)`, with the formatter kept for the next call. */
export function formatDate(at: Date | number | string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f.format(at instanceof Date ? at : new Date(at));
}
