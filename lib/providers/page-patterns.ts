/**
 * Words that make text on a provider page, or an error hidden in a successful response, worth sending to the
 * background. They only decide what is sent: the classifier gives the labels, and what it cannot place as a stop
 * is not stored. Shipped in the provider content scripts: keep it short, no zod, no dexie.
 */

export const LIMIT_WORDS: readonly RegExp[] = [
  /\brate[ _-]?limit/i,
  /\btoo many requests\b|\bthrottl/i,
  /\bquota\b|\bRESOURCE_EXHAUSTED\b/i,
  /\binsufficient[ _](?:credit|balance|funds|quota)|\bout of credits?\b|\bnot have enough (?:balance|credits?)\b|\bexhausted balance\b/i,
  /\bbilling\b|\bhard limit\b|\btop[ _-]?up\b/i,
  /\bmust be verified\b|\bverify (?:your )?organi[sz]ation\b|\bdoes not exist or you do not have access\b/i,
  /\b(?:retry|try again) (?:after|in)\b/i,
  /\b(?:limit|capacity) (?:reached|exceeded)\b|\bexceeded\b[^.]{0,40}\blimit\b/i,
  /\boverloaded\b|\bhigh demand\b/i,
  /\bcontent (?:policy|filter)\b|\bsafety system\b|\bmoderat/i,
  /한도|할당량|크레딧|요청이\s*너무\s*많/,
  /上限|配额|额度|速率限制|クォータ/,
];

export function looksLikeLimit(text: string): boolean {
  for (const re of LIMIT_WORDS) if (re.test(text)) return true;
  return false;
}
