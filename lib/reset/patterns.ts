/**
 * The words limit messages use to say how long a limit lasts (units, numbers, and what joins them), kept as data so a
 * new language or wording is a table edit, not a new regex. The words around a duration that make it a reset are in
 * context-words.ts, those of clock times in clock-words.ts; `text.ts` compiles them into a few linear-time regexes.
 *
 * Every entry carries a note with the reason it exists or the trap it avoids; matching is case-insensitive.
 */

export type Lang =
  | 'en'
  | 'ko'
  | 'ja'
  | 'zh'
  | 'vi'
  | 'es'
  | 'pt'
  | 'fr'
  | 'de'
  | 'it'
  | 'nl'
  | 'id'
  | 'ru'
  | 'tr'
  | 'pl'
  | 'hi'
  | 'ar'
  | 'th';

/** How a number was written; units can refuse some kinds where the pairing means something else. */
export type NumberKind = 'digit' | 'word' | 'article' | 'vague' | 'native' | 'cjk' | 'half';

export interface DurationUnit {
  words: readonly string[];
  seconds: number;
  langs: readonly Lang[];
  /** Number kinds that make this unit mean something other than a duration. */
  rejects?: readonly NumberKind[];
  /** Regex source that must NOT follow the unit word. */
  notFollowedBy?: string;
  note: string;
}

const HOUR = 3600;
const DAY = 86_400;
/** Months are only ever stated loosely ("about 1 month"); 30 days matches ChatGPT's "720 hours". */
const MONTH = 30 * DAY;

export const DURATION_UNITS: readonly DurationUnit[] = [
  // English. Single letters (h, m, s, ms) are only read glued to a number, Go-style: see COMPACT_UNITS.
  { words: ['hours', 'hour', 'hrs', 'hr'], seconds: HOUR, langs: ['en'], note: '"resets in 12 hours and 43 minutes"' },
  {
    words: ['minutes', 'minute', 'mins', 'min'],
    seconds: 60,
    langs: ['en', 'fr', 'de'],
    note: '"in 42 minutes"; fr/de spell it the same',
  },
  {
    words: ['seconds', 'second', 'secs', 'sec'],
    seconds: 1,
    langs: ['en'],
    note: 'Azure "Please retry after 60 seconds"',
  },
  { words: ['milliseconds', 'millisecond'], seconds: 0.001, langs: ['en'], note: 'rare in prose; "ms" is compact' },
  {
    words: ['days', 'day'],
    seconds: DAY,
    langs: ['en'],
    note: '"2 days"; "a day" needs a trigger word (see articles)',
  },
  { words: ['weeks', 'week'], seconds: 7 * DAY, langs: ['en'], note: 'long lockouts' },
  { words: ['months', 'month'], seconds: MONTH, langs: ['en'], note: 'long lockouts, 30 days' },
  // Korean. Native numerals (한, 두…) read as people with 분 ("한 분" = one person), so they are refused there.
  { words: ['시간'], seconds: HOUR, langs: ['ko'], note: '"10시간 18분 후"; bare 시 (no 간) is a clock hour' },
  { words: ['분'], seconds: 60, langs: ['ko'], rejects: ['native'], note: '"30분"; "한 분" is one person' },
  {
    words: ['초'],
    seconds: 1,
    langs: ['ko'],
    rejects: ['native'],
    notFollowedBy: '과',
    note: '"초과" means "exceeds"',
  },
  {
    words: ['일'],
    seconds: DAY,
    langs: ['ko'],
    rejects: ['native'],
    note: '"약 30일"; "3월 2일" is a date (월 is a negative prefix)',
  },
  { words: ['주일', '주'], seconds: 7 * DAY, langs: ['ko'], rejects: ['native'], note: '"2주"' },
  { words: ['개월', '달'], seconds: MONTH, langs: ['ko'], note: '"1개월", "한 달"' },
  // Japanese. Bare 時 (no 間) is a clock hour. Shared kanji units refuse kanji numerals: 十分 is "enough", 半分 "half".
  { words: ['時間'], seconds: HOUR, langs: ['ja'], note: '"17時間後", "3時間20分"' },
  {
    words: ['分間', '分'],
    seconds: 60,
    langs: ['ja', 'zh'],
    rejects: ['cjk', 'half'],
    note: '"20分"; 十分/半分 are words, not durations',
  },
  { words: ['秒間', '秒'], seconds: 1, langs: ['ja', 'zh'], rejects: ['cjk', 'half'], note: '"30秒"' },
  {
    words: ['日間', '日'],
    seconds: DAY,
    langs: ['ja', 'zh'],
    rejects: ['cjk', 'half'],
    note: '"2日"; "3月2日" is a date (月 is a negative prefix)',
  },
  { words: ['週間'], seconds: 7 * DAY, langs: ['ja'], note: '"2週間"' },
  {
    words: ['か月', 'カ月', 'ヶ月', 'ケ月', 'ヵ月', '箇月'],
    seconds: MONTH,
    langs: ['ja'],
    note: 'every spelling of "months" in use',
  },
  // Chinese (simplified and traditional). 个/個 between number and unit is consumed as a measure word.
  { words: ['小时', '小時', '钟头', '鐘頭'], seconds: HOUR, langs: ['zh'], note: '"10小时", "22 小时后", "9小时 内"' },
  { words: ['分钟', '分鐘'], seconds: 60, langs: ['zh'], note: '"30分钟"' },
  { words: ['秒钟', '秒鐘'], seconds: 1, langs: ['zh'], note: '"30秒钟"' },
  { words: ['天'], seconds: DAY, langs: ['zh'], note: '"2天"; 每天/第一天 are excluded by negative prefixes' },
  { words: ['星期', '周', '週'], seconds: 7 * DAY, langs: ['zh', 'ja'], note: '"2周", "两个星期"' },
  { words: ['个月', '個月'], seconds: MONTH, langs: ['zh'], note: '"1个月"; bare 月 is a month name' },
  // Vietnamese. "giờ" after "lúc" is a clock hour ("lúc 3 giờ"): lúc is a negative prefix here and a clock prefix below.
  { words: ['giờ', 'tiếng'], seconds: HOUR, langs: ['vi'], note: '"6 giờ 44 phút"; "tiếng" is the spoken form' },
  { words: ['phút'], seconds: 60, langs: ['vi'], note: '"30 phút"' },
  { words: ['giây'], seconds: 1, langs: ['vi'], note: 'seconds' },
  { words: ['ngày'], seconds: DAY, langs: ['vi'], note: '"2 ngày"' },
  { words: ['tuần'], seconds: 7 * DAY, langs: ['vi'], note: 'weeks' },
  { words: ['tháng'], seconds: MONTH, langs: ['vi'], note: 'months' },
  // Beyond the five required languages: cheap, unambiguous, digits only.
  { words: ['horas', 'hora'], seconds: HOUR, langs: ['es', 'pt'], note: 'es/pt hours' },
  { words: ['minutos', 'minuto'], seconds: 60, langs: ['es', 'pt'], note: 'es/pt minutes' },
  { words: ['segundos'], seconds: 1, langs: ['es', 'pt'], note: 'plural only: "segundo" is also "second (ordinal)"' },
  { words: ['días', 'dias', 'día', 'dia'], seconds: DAY, langs: ['es', 'pt'], note: 'es/pt days' },
  { words: ['heures', 'heure'], seconds: HOUR, langs: ['fr'], note: 'fr hours' },
  { words: ['secondes'], seconds: 1, langs: ['fr'], note: 'fr seconds' },
  { words: ['jours', 'jour'], seconds: DAY, langs: ['fr'], note: 'fr days' },
  { words: ['stunden', 'stunde'], seconds: HOUR, langs: ['de'], note: 'de hours' },
  { words: ['sekunden'], seconds: 1, langs: ['de'], note: 'de seconds' },
  { words: ['tagen', 'tage'], seconds: DAY, langs: ['de'], note: 'de days; bare "Tag" is too common a word' },
  // The other languages ChatGPT users write most: digits only, the forms a reset sentence uses.
  { words: ['ore', 'ora'], seconds: HOUR, langs: ['it'], note: 'it "tra 2 ore e 15 minuti"' },
  { words: ['minuti'], seconds: 60, langs: ['it'], note: 'it minutes ("minuto" is shared with es/pt)' },
  { words: ['secondi'], seconds: 1, langs: ['it'], note: 'it seconds' },
  { words: ['giorni'], seconds: DAY, langs: ['it'], note: 'it days, plural only' },
  { words: ['uur'], seconds: HOUR, langs: ['nl'], note: 'nl "over 7 uur en 5 minuten"' },
  { words: ['minuten', 'minuut'], seconds: 60, langs: ['nl', 'de'], note: 'nl minutes; de "Minuten" too' },
  { words: ['seconden'], seconds: 1, langs: ['nl'], note: 'nl seconds' },
  { words: ['dagen'], seconds: DAY, langs: ['nl'], note: 'nl days' },
  { words: ['jam'], seconds: HOUR, langs: ['id'], note: 'id "dalam 3 jam 40 menit"; "pukul" is the clock' },
  { words: ['menit'], seconds: 60, langs: ['id'], note: 'id minutes' },
  { words: ['detik'], seconds: 1, langs: ['id'], note: 'id seconds' },
  { words: ['hari'], seconds: DAY, langs: ['id'], note: 'id days' },
  { words: ['часов', 'часа', 'час'], seconds: HOUR, langs: ['ru'], note: 'ru "через 2 часа 30 минут"' },
  { words: ['минут', 'минуты', 'минуту'], seconds: 60, langs: ['ru'], note: 'ru minutes, every case after a number' },
  { words: ['секунд', 'секунды', 'секунду'], seconds: 1, langs: ['ru'], note: 'ru seconds' },
  { words: ['дней', 'дня', 'день'], seconds: DAY, langs: ['ru'], note: 'ru days' },
  {
    words: ['saat'],
    seconds: HOUR,
    langs: ['tr'],
    note: 'tr "1 saat 15 dakika sonra"; "saat 12:39" is a clock prefix, no digit before it',
  },
  { words: ['dakika'], seconds: 60, langs: ['tr'], note: 'tr minutes' },
  { words: ['saniye'], seconds: 1, langs: ['tr'], note: 'tr seconds' },
  { words: ['gün'], seconds: DAY, langs: ['tr'], note: 'tr days' },
  {
    words: ['godzin', 'godziny', 'godzinę', 'godzina'],
    seconds: HOUR,
    langs: ['pl'],
    note: 'pl "za 2 godziny i 10 minut"',
  },
  { words: ['minut', 'minuty', 'minutę'], seconds: 60, langs: ['pl'], note: 'pl minutes' },
  { words: ['sekund', 'sekundy', 'sekundę'], seconds: 1, langs: ['pl'], note: 'pl seconds' },
  { words: ['dni'], seconds: DAY, langs: ['pl'], note: 'pl days' },
  { words: ['घंटे', 'घंटा', 'घंटों'], seconds: HOUR, langs: ['hi'], note: 'hi "3 घंटे 20 मिनट में"' },
  { words: ['मिनट'], seconds: 60, langs: ['hi'], note: 'hi minutes' },
  { words: ['सेकंड'], seconds: 1, langs: ['hi'], note: 'hi seconds' },
  { words: ['दिन'], seconds: DAY, langs: ['hi'], note: 'hi days' },
  { words: ['ساعات', 'ساعة'], seconds: HOUR, langs: ['ar'], note: 'ar "خلال 5 ساعات و20 دقيقة"' },
  { words: ['دقائق', 'دقيقة'], seconds: 60, langs: ['ar'], note: 'ar minutes' },
  { words: ['ثوان', 'ثانية'], seconds: 1, langs: ['ar'], note: 'ar seconds' },
  { words: ['أيام', 'يوم'], seconds: DAY, langs: ['ar'], note: 'ar days' },
  { words: ['ชั่วโมง'], seconds: HOUR, langs: ['th'], note: 'th "ในอีก 6 ชั่วโมง 44 นาที"' },
  { words: ['นาที'], seconds: 60, langs: ['th'], note: 'th minutes' },
  { words: ['วินาที'], seconds: 1, langs: ['th'], note: 'th seconds' },
  { words: ['วัน'], seconds: DAY, langs: ['th'], note: 'th days' },
];

/**
 * Go-style units glued to digits ("26.604s", "1m30s", "12ms", "~10s"), the format of OpenAI, Gemini and Replicate
 * messages. Lowercase only: "5M tokens" is five million, not five minutes.
 */
export const COMPACT_UNITS: Readonly<Record<string, number>> = { h: HOUR, m: 60, s: 1, ms: 0.001 };

export interface NumberWord {
  words: readonly string[];
  value: number;
  kind: NumberKind;
  langs: readonly Lang[];
  /** Only a duration right after a trigger word ("wait for an hour"): "50 images a day" is a rate. */
  needsTrigger?: true;
  note: string;
}

/**
 * "A few minutes" is stated but vague. The type needs a number, so vague counts are read as 5 units: an upper-leaning
 * guess (so nobody retries too early), ranked after every precise value, with the words kept verbatim in `stated`.
 */
export const VAGUE_COUNT = 5;

const EN_ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS: ReadonlyArray<readonly [string, number]> = [
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
];

function englishNumberWords(): NumberWord[] {
  const out: NumberWord[] = [];
  EN_ONES.forEach((w, i) =>
    out.push({ words: [w], value: i + 1, kind: 'word', langs: ['en'], note: 'spelled-out count' }),
  );
  EN_TEENS.forEach((w, i) =>
    out.push({ words: [w], value: i + 10, kind: 'word', langs: ['en'], note: 'spelled-out count' }),
  );
  for (const [tens, v] of EN_TENS) {
    out.push({ words: [tens], value: v, kind: 'word', langs: ['en'], note: 'spelled-out count' });
    EN_ONES.forEach((w, i) =>
      out.push({
        words: [`${tens}-${w}`, `${tens} ${w}`],
        value: v + i + 1,
        kind: 'word',
        langs: ['en'],
        note: '"twenty-four hours"',
      }),
    );
  }
  return out;
}

export const NUMBER_WORDS: readonly NumberWord[] = [
  {
    words: ['a', 'an'],
    value: 1,
    kind: 'article',
    langs: ['en'],
    needsTrigger: true,
    note: '"wait for an hour"; "a day" alone is usually a rate',
  },
  { words: ['half an', 'half a'], value: 0.5, kind: 'half', langs: ['en'], note: '"half an hour"' },
  {
    words: ['a few', 'few', 'several'],
    value: VAGUE_COUNT,
    kind: 'vague',
    langs: ['en'],
    note: '"wait a few minutes": vague, see VAGUE_COUNT',
  },
  { words: ['a couple of', 'a couple', 'couple of'], value: 2, kind: 'vague', langs: ['en'], note: 'vague pair' },
  ...englishNumberWords(),
  { words: ['한'], value: 1, kind: 'native', langs: ['ko'], note: '"한 시간"' },
  { words: ['두'], value: 2, kind: 'native', langs: ['ko'], note: '"두 시간"' },
  { words: ['세'], value: 3, kind: 'native', langs: ['ko'], note: '"세 시간"' },
  {
    words: ['네'],
    value: 4,
    kind: 'native',
    langs: ['ko'],
    note: '"네 시간" ("네" alone is "yes", but never before a unit)',
  },
  { words: ['다섯'], value: 5, kind: 'native', langs: ['ko'], note: 'native five' },
  { words: ['몇'], value: VAGUE_COUNT, kind: 'vague', langs: ['ko'], note: '"몇 시간" (a few hours)' },
  { words: ['数'], value: VAGUE_COUNT, kind: 'vague', langs: ['ja'], note: '"数分後", "数時間"' },
  { words: ['几', '幾'], value: VAGUE_COUNT, kind: 'vague', langs: ['zh'], note: '"几分钟", "几个小时"' },
  { words: ['半'], value: 0.5, kind: 'half', langs: ['zh'], note: '"半小时", "半个小时"' },
  { words: ['vài', 'mấy'], value: VAGUE_COUNT, kind: 'vague', langs: ['vi'], note: '"vài phút"' },
];

/** Between a number and its unit: "wait 5 more minutes". */
export const NUMBER_UNIT_FILLERS: readonly string[] = ['more', 'additional', 'extra', 'further'];

/** Chinese/Japanese numerals up to 99 ("两个小时", "十二小时"); parsed in text.ts. Shared kanji units refuse them (十分). */
export const CJK_NUMERAL_CHARS = '一二两兩三四五六七八九十';

/** Joins components of one duration: "12 hours and 43 minutes", "1 hour, 30 minutes", "10시간 18분", "3時間20分". */
export const COMPONENT_JOINERS: readonly string[] = [
  'and',
  'và',
  'und',
  'et',
  'y',
  'e',
  '&',
  '又',
  '零',
  'en',
  'i',
  'و',
];

/** After a unit, adds half of it: "an hour and a half", "1시간 반", "1時間半", "3 giờ rưỡi". */
export const HALF_SUFFIXES: ReadonlyArray<{ word: string; notFollowedBy?: string; note: string }> = [
  { word: 'and a half', note: 'en' },
  { word: '반', notFollowedBy: '드시|대', note: 'ko; 반드시 ("surely") and 반대 ("opposite") start with it' },
  { word: '半', notFollowedBy: '分', note: 'ja/zh; 半分 is "half"' },
  { word: 'rưỡi', note: 'vi' },
];

/** Written before a number to say it is approximate; kept in `stated` ("~10s", "약 30일"). */
export const APPROX_PREFIXES: readonly string[] = [
  '~',
  '≈',
  'about',
  'around',
  'approximately',
  'approx.',
  'roughly',
  'nearly',
  'almost',
  '약',
  '대략',
  '約',
  '约',
  '大约',
  '大約',
  '大概',
  'khoảng',
  'chừng',
  'environ',
  'etwa',
  'ca.',
  'aproximadamente',
];
