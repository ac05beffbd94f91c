/**
 * Words of the "Import a session" page (components/SessionView.tsx, SessionTimeline.tsx), in English and Korean.
 * Kept apart from strings.ts so the page can grow without touching the shared table; owner, bucket and action
 * names come from strings.ts (UiStrings), never repeated here.
 */
import type { UiLocale } from './strings.ts';

export interface SessionStrings {
  title: string;
  intro: string;
  privacy: string;
  /** Link from the paste page and the popup. */
  link: string;
  fileLabel: string;
  textLabel: string;
  readText: string;
  cancel: string;
  reading: (percent: string, found: string) => string;
  /** Shown when reading stops on a problem. */
  problems: Record<'not-json' | 'not-har' | 'malformed' | 'truncated' | 'read-failed', string>;
  counts: {
    entries: (n: string) => string;
    listed: (n: string) => string;
    uneventful: (n: string) => string;
    quiet: (n: string) => string;
    binary: (n: string) => string;
    skipped: (n: string) => string;
    cutValues: (n: string) => string;
    cutLines: (n: string) => string;
    notUtf8: (n: string) => string;
    moreRows: (shown: string, total: string) => string;
  };
  listTitle: string;
  columns: { pick: string; time: string; status: string; owner: string; bucket: string; action: string; reset: string; request: string; masks: string };
  pickRow: (n: string) => string;
  pickAll: string;
  noRows: string;
  noReset: string;
  /** A successful response, listed only for its rate-limit headers. */
  okRow: (remaining: string) => string;
  inSeconds: (s: string) => string;
  bodyNotes: Record<'binary' | 'base64' | 'cut', string>;
  masksNone: string;
  masksCount: (n: string) => string;
  save: (n: string) => string;
  saving: (done: string, total: string) => string;
  saved: (created: string, merged: string, refused: string) => string;
  saveFailed: (message: string) => string;
  openHistory: string;
  timeline: {
    title: string;
    intro: string;
    noTimes: string;
    ranOut: (bucket: string, n: string, first: string, last: string) => string;
    resets: (time: string) => string;
    requests: string;
    perMinute: (n: string) => string;
    limit: (kind: string, n: string) => string;
    peak: (n: string, time: string) => string;
    limitKinds: Record<string, string>;
  };
}

const en: SessionStrings = {
  title: 'Import a session',
  intro: 'Load a HAR file (DevTools → Network → “Save all as HAR”), a log, or JSON Lines. Every error response and every response with rate-limit headers is classified and listed in time order.',
  privacy: 'Read on this device only, in the background so the page stays responsive. Cookies, authorization headers and keys are masked before anything is shown; request bodies (your prompts) are never kept. Nothing is saved until you pick rows and press Save.',
  link: 'Import a whole session (HAR file or log)',
  fileLabel: 'HAR, log or JSON Lines file',
  textLabel: 'Or paste many lines of a log',
  readText: 'Read the pasted lines',
  cancel: 'Stop reading',
  reading: (percent, found) => `Reading… ${percent} read, ${found} found so far`,
  problems: {
    'not-json': 'This file is not a HAR file or a log Limit Lens can read.',
    'not-har': 'This JSON file has no log.entries: it is not a HAR file.',
    malformed: 'The HAR file is damaged (invalid JSON); the entries before the damage are listed.',
    truncated: 'The HAR file ends early (a cut download or copy?); the entries before the cut are listed.',
    'read-failed': 'The file could not be read.',
  },
  counts: {
    entries: (n) => `${n} requests read`,
    listed: (n) => `${n} classified`,
    uneventful: (n) => `${n} without an error or rate-limit headers left out`,
    quiet: (n) => `${n} log lines without a limit word left out`,
    binary: (n) => `${n} lines of binary content (not text) left out`,
    skipped: (n) => `${n} entries skipped (too large or not valid JSON)`,
    cutValues: (n) => `${n} long bodies read only in part`,
    cutLines: (n) => `${n} very long lines read only in part`,
    notUtf8: (n) => `${n} characters were not UTF-8 and were replaced`,
    moreRows: (shown, total) => `Showing the first ${shown} of ${total}; the time line and counts cover all of them.`,
  },
  listTitle: 'Responses, in time order',
  columns: { pick: 'Save', time: 'Time', status: 'Status', owner: 'Who owns the limit', bucket: 'What ran out', action: 'Next step', reset: 'Reset', request: 'Request', masks: 'Masked' },
  pickRow: (n) => `Save response ${n}`,
  pickAll: 'Pick every stop',
  noRows: 'No error responses or rate-limit headers were found.',
  noReset: 'not stated',
  okRow: (remaining) => `Succeeded; listed for its rate-limit headers${remaining ? ` (${remaining})` : ''}`,
  inSeconds: (s) => `in ${s}`,
  bodyNotes: { binary: 'binary body left out', base64: 'base64 body decoded', cut: 'long body cut' },
  masksNone: 'nothing to mask',
  masksCount: (n) => `${n} masked`,
  save: (n) => `Save ${n} as evidence`,
  saving: (done, total) => `Saving ${done} of ${total}…`,
  saved: (created, merged, refused) => `Saved: ${created} new, ${merged} merged with earlier stops, ${refused} not a stop.`,
  saveFailed: (message) => `Saving failed: ${message}`,
  openHistory: 'Open the stop history',
  timeline: {
    title: 'Time line',
    intro: 'When each limit ran out (dots) and how long it said to wait (bars), with requests per minute below.',
    noTimes: 'This input has no times, so there is no time line.',
    ranOut: (bucket, n, first, last) => `${bucket}: ran out ${n} times, first at ${first}, last at ${last}`,
    resets: (time) => `, resets at ${time}`,
    requests: 'Requests per minute',
    perMinute: (n) => `${n}/min`,
    limit: (kind, n) => `stated ${kind} limit ${n}/min`,
    peak: (n, time) => `Peak ${n} requests a minute at ${time}`,
    limitKinds: { requests: 'requests', images: 'images', tokens: 'tokens' },
  },
};

const ko: SessionStrings = {
  title: '세션 가져오기',
  intro: 'HAR 파일(DevTools → Network → “Save all as HAR”), 로그, JSON Lines 파일을 불러오세요. 오류 응답과 속도 제한 헤더가 있는 응답을 모두 분류해 시간 순서로 보여 드립니다.',
  privacy: '이 기기에서만, 백그라운드에서 읽으므로 페이지가 멈추지 않습니다. 쿠키, 인증 헤더, 키는 화면에 보이기 전에 가립니다. 요청 본문(프롬프트)은 보관하지 않습니다. 행을 골라 저장을 누르기 전에는 아무것도 저장되지 않습니다.',
  link: '세션 전체 가져오기(HAR 파일 또는 로그)',
  fileLabel: 'HAR, 로그 또는 JSON Lines 파일',
  textLabel: '또는 로그 여러 줄을 붙여 넣기',
  readText: '붙여 넣은 줄 읽기',
  cancel: '읽기 중지',
  reading: (percent, found) => `읽는 중… ${percent} 읽음, 지금까지 ${found}건 발견`,
  problems: {
    'not-json': 'Limit Lens가 읽을 수 있는 HAR 파일이나 로그가 아닙니다.',
    'not-har': '이 JSON 파일에는 log.entries가 없습니다. HAR 파일이 아닙니다.',
    malformed: 'HAR 파일이 손상되었습니다(잘못된 JSON). 손상된 곳 앞의 항목만 보여 드립니다.',
    truncated: 'HAR 파일이 중간에 끝납니다(다운로드나 복사가 끊겼나요?). 끊긴 곳 앞의 항목만 보여 드립니다.',
    'read-failed': '파일을 읽을 수 없습니다.',
  },
  counts: {
    entries: (n) => `요청 ${n}건 읽음`,
    listed: (n) => `${n}건 분류함`,
    uneventful: (n) => `오류나 속도 제한 헤더가 없는 ${n}건 제외`,
    quiet: (n) => `한도 관련 단어가 없는 로그 ${n}줄 제외`,
    binary: (n) => `텍스트가 아닌 바이너리 ${n}줄 제외`,
    skipped: (n) => `너무 크거나 JSON이 올바르지 않은 항목 ${n}건 건너뜀`,
    cutValues: (n) => `긴 본문 ${n}개는 앞부분만 읽음`,
    cutLines: (n) => `아주 긴 줄 ${n}개는 앞부분만 읽음`,
    notUtf8: (n) => `UTF-8이 아닌 문자 ${n}개를 대체함`,
    moreRows: (shown, total) => `${total}건 중 처음 ${shown}건만 표시합니다. 시간 흐름과 집계에는 모두 포함됩니다.`,
  },
  listTitle: '응답(시간 순서)',
  columns: { pick: '저장', time: '시각', status: '상태', owner: '한도를 정한 곳', bucket: '소진된 한도', action: '다음에 할 일', reset: '초기화', request: '요청', masks: '가림' },
  pickRow: (n) => `응답 ${n} 저장`,
  pickAll: '한도 기록 모두 선택',
  noRows: '오류 응답이나 속도 제한 헤더를 찾지 못했습니다.',
  noReset: '정보 없음',
  okRow: (remaining) => `성공한 요청입니다. 속도 제한 헤더가 있어 함께 표시합니다${remaining ? ` (${remaining})` : ''}.`,
  inSeconds: (s) => `${s} 후`,
  bodyNotes: { binary: '바이너리 본문 제외', base64: 'base64 본문 해독함', cut: '긴 본문 잘림' },
  masksNone: '가릴 것 없음',
  masksCount: (n) => `${n}개 가림`,
  save: (n) => `${n}건을 증거로 저장`,
  saving: (done, total) => `${total}건 중 ${done}건 저장 중…`,
  saved: (created, merged, refused) => `저장함: 새 기록 ${created}건, 이전 기록에 합침 ${merged}건, 한도 문제가 아님 ${refused}건.`,
  saveFailed: (message) => `저장하지 못했습니다: ${message}`,
  openHistory: '기록 보기',
  timeline: {
    title: '시간 흐름',
    intro: '각 한도가 소진된 때(점)와 기다리라고 한 시간(막대), 아래에는 분당 요청 수를 보여 드립니다.',
    noTimes: '이 입력에는 시각 정보가 없어 시간 흐름을 그릴 수 없습니다.',
    ranOut: (bucket, n, first, last) => `${bucket}: ${n}번 소진, 처음 ${first}, 마지막 ${last}`,
    resets: (time) => `, ${time}에 초기화`,
    requests: '분당 요청 수',
    perMinute: (n) => `분당 ${n}건`,
    limit: (kind, n) => `명시된 ${kind} 한도 분당 ${n}건`,
    peak: (n, time) => `${time}에 분당 최대 ${n}건`,
    limitKinds: { requests: '요청', images: '이미지', tokens: '토큰' },
  },
};

export const SESSION_STRINGS: Record<UiLocale, SessionStrings> = { en, ko };
