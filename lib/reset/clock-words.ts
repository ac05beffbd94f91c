/**
 * The words of clock times in limit messages ("tomorrow after 12:39 PM", "21:49まで", "오후 3시 45분", "14 Uhr"):
 * meridiems, hour and minute marks, zones, "tomorrow", and the words before and after a time that make it a reset.
 * Tables, as in patterns.ts: a new language or wording is an entry here with a note saying why; text.ts compiles them.
 */

export type Meridiem = 'am' | 'pm' | 'noon';

/** Written before the hour in ko/ja/zh ("오후 3:45", "午後2時", "下午3:45"). */
export const MERIDIEM_PREFIXES: ReadonlyArray<{ words: readonly string[]; meridiem: Meridiem; note: string }> = [
  { words: ['오전'], meridiem: 'am', note: 'ko "오전 9시 30분"' },
  { words: ['오후'], meridiem: 'pm', note: 'ko "오후 3:45"' },
  { words: ['午前'], meridiem: 'am', note: 'ja' },
  { words: ['午後'], meridiem: 'pm', note: 'ja' },
  { words: ['上午', '早上', '早晨', '凌晨'], meridiem: 'am', note: 'zh morning / small hours' },
  { words: ['中午'], meridiem: 'noon', note: 'zh midday: 中午12点 is 12:00, 中午1点 is 13:00' },
  { words: ['下午', '傍晚', '晚上'], meridiem: 'pm', note: 'zh "下午3:45"' },
];

/** Written after the time. */
export const MERIDIEM_SUFFIXES: ReadonlyArray<{ words: readonly string[]; meridiem: Meridiem; note: string }> = [
  { words: ['a.m.', 'a.m', 'am'], meridiem: 'am', note: '"tomorrow at 11:40 AM"' },
  { words: ['p.m.', 'p.m', 'pm'], meridiem: 'pm', note: '"after 4:28 PM"' },
  { words: ['sáng'], meridiem: 'am', note: 'vi "lúc 9 giờ sáng"' },
  { words: ['trưa'], meridiem: 'noon', note: 'vi midday' },
  { words: ['chiều', 'tối'], meridiem: 'pm', note: 'vi afternoon / evening' },
];

/**
 * Hour markers that make a number a clock hour without a colon. 시/時 differ from the duration units 시간/時間 only by
 * the missing 간/間, so they are unambiguous. 点 also means "points" and giờ is also an hour count, so those two need a
 * clock context (a prefix like 下午/在 or lúc).
 */
export const CLOCK_HOUR_MARKS: ReadonlyArray<{
  word: string;
  notFollowedBy?: string;
  needsContext: boolean;
  needsPrefix?: readonly string[];
}> = [
  // 시간 hours, 시즌 season, 시리즈 series, 시스템 system, 시험 test, 시도 attempt.
  { word: '시', notFollowedBy: '간|즌|리즈|스|험|도', needsContext: false },
  // 時間 hours, 時点 "as of", 時期 period, 時代 era.
  { word: '時', notFollowedBy: '間|点|期|代', needsContext: false },
  { word: '点钟', needsContext: true },
  { word: '點鐘', needsContext: true },
  { word: '点', needsContext: true },
  { word: '點', needsContext: true },
  { word: 'giờ', needsContext: true, needsPrefix: ['lúc', 'vào lúc'] },
];

/** Minute markers after a clock hour ("9시 30분", "14時33分", "3点45分", "3 giờ 30 phút"). */
export const CLOCK_MINUTE_MARKS: readonly string[] = ['분', '分', 'phút'];

/** Half past, after a clock hour ("3点半", "9시 반", "3 giờ rưỡi"). */
export const CLOCK_HALF_MARKS: readonly string[] = ['반', '半', 'rưỡi'];

/**
 * An explicit UTC designator after a clock time ("resets at 00:00 UTC", "12:00 GMT+9") overrides the browser's zone.
 * Named abbreviations (PT, EST, CST…) are ambiguous and left to the browser's zone.
 */
export const CLOCK_ZONE_WORDS: readonly string[] = ['UTC', 'GMT'];

/** "Tomorrow": the clock is on the next calendar day, so it cannot have passed. */
export const TOMORROW_WORDS: readonly string[] = [
  'tomorrow',
  '내일',
  '明日',
  '明天',
  'あした',
  'あす',
  'ngày mai',
  'mañana',
  'demain',
  'amanhã',
  'morgen',
  'domani',
  'besok',
  'завтра',
  'yarın',
  'jutro',
  'कल',
  'غدًا',
  'غدا',
  'พรุ่งนี้',
];

/** Between "tomorrow" and the time: "明日の14:33", "tomorrow, 9:00". */
export const TOMORROW_JOINERS: readonly string[] = ['の', '的', ','];

/**
 * Words before a clock time that make it a reset time ("try again after 12:21", "at 4:17 PM", "请在 12:21后重试" and
 * its official doubled typo "请在在", "lúc 14:30"). A bare "10:12:45" (a log timestamp) is not read.
 */
export const CLOCK_PREFIXES: readonly string[] = [
  'after',
  'at',
  'until',
  'till',
  'by',
  'from',
  'around',
  '在',
  '于',
  '於',
  '到',
  '等到',
  'lúc',
  'vào lúc',
  'vào',
  'sau',
  'từ',
  'a las',
  'después de las',
  'hasta las',
  'à',
  'après',
  'dès',
  'um',
  'ab',
  'nach',
  'às',
  'após',
  'depois das',
  'alle',
  'dopo le',
  'om',
  'na',
  'pukul',
  'после',
  'в',
  'saat',
  'po',
  'o',
  'الساعة',
  'بعد الساعة',
  'เวลา',
];

/** Words after a clock time that make it a reset time ("21:49まで", "12:21后重试", "오후 3시에", "14 Uhr"). */
export const CLOCK_SUFFIXES: readonly string[] = [
  'まで',
  '以降',
  'から',
  '頃',
  'ごろ',
  'に',
  '之后',
  '之後',
  '以后',
  '以後',
  '后',
  '後',
  '再',
  '이후',
  '부터',
  '까지',
  '후',
  '에',
  'uhr',
  'बजे',
  'น.',
];
