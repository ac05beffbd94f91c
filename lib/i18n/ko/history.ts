/** The history page in Korean: the list, export with its redaction preview, import, the newer-database notice. */
import type { ExportStrings, HistoryStrings, ImportStrings, RedactionStrings, StorageStrings } from '../types/index.ts';

export const historyPage: HistoryStrings = {
  title: '기록',
  intro:
    'Limit Lens가 이 기기에 저장한 모든 기록입니다. 필터와 검색으로 찾고, 문제 보고 자료를 열고, 증거를 내보내거나 파일을 가져올 수 있습니다.',
  stored: (n) => `이 기기에 ${n}건 저장됨`,
  settingsLink: '설정: 보관 기간, 스크린샷, 언어',
  filtersTitle: '필터',
  ownerLabel: '한도를 정한 곳',
  actionLabel: '다음에 할 일',
  siteLabel: '사이트',
  fromLabel: '시작 날짜',
  toLabel: '종료 날짜',
  searchLabel: '검색',
  searchHint: '화면 문구, 증거, 페이지 주소, 판단 근거에서 찾을 단어',
  any: '전체',
  resetFilters: '필터 지우기',
  resultsTitle: '기록',
  showing: (first, last, total) => `전체 ${total}건 중 ${first}–${last}`,
  none: '이 필터에 맞는 기록이 없습니다.',
  empty: '아직 저장된 기록이 없습니다.',
  searching: '검색 중…',
  cappedMatches: (n) => `검색 결과가 ${n}건에 도달해 멈췄습니다. 단어나 필터를 추가해 범위를 좁히세요.`,
  cappedTime: '검색이 오래 걸려 지금까지 찾은 결과만 표시합니다. 단어나 필터를 추가해 범위를 좁히세요.',
  columns: {
    select: '선택',
    seen: '마지막 확인',
    owner: '한도를 정한 곳',
    action: '다음에 할 일',
    site: '사이트',
    text: '화면 문구',
    actions: '작업',
  },
  selectRow: (when) => `${when}에 확인된 기록 선택`,
  selectPage: '이 페이지의 기록 모두 선택',
  openPacket: '보고 자료',
  openPacketLabel: (when) => `${when}에 확인된 기록의 문제 보고 자료 열기`,
  exportOne: '내보내기',
  exportOneLabel: (when) => `${when}에 확인된 기록 내보내기`,
  deleteLabel: (when) => `${when}에 확인된 기록 삭제`,
  screenshots: (n) => `스크린샷 ${n}장`,
  layers: { network: '페이지 통신', dom: '페이지 문구', both: '통신과 문구', manual: '직접 저장' },
  pagination: '페이지',
  previous: '이전',
  next: '다음',
  pageOf: (page, pages) => `${pages}쪽 중 ${page}쪽`,
  exportSelected: (n) => `선택 항목 내보내기 (${n})`,
  exportMatching: (n) => `검색 결과 모두 내보내기 (${n})`,
  exportAll: (n) => `전체 내보내기 (${n})`,
  clearAll: '모두 삭제…',
  clearConfirm: (n) =>
    `저장된 기록 ${n}건과 스크린샷을 모두 삭제할까요? 되돌릴 수 없습니다. 사본이 필요하면 먼저 내보내세요.`,
  clearYes: '모두 삭제',
  cancel: '취소',
  cleared: (n) => `${n}건을 삭제했습니다.`,
  deleted: '삭제했습니다.',
  loadError: (message) => `기록을 불러오지 못했습니다: ${message}`,
  screenshotsTitle: '스크린샷',
  screenshotsNote: '기록될 때의 탭 화면입니다. 이 기기에만 저장되며 내보낼 때 가려지지 않습니다.',
  screenshotAlt: (n, when) => `${when}에 찍은 탭 스크린샷 ${n}`,
};

export const exportPanel: ExportStrings = {
  title: '내보내기',
  scope: (n) => `기록 ${n}건 내보내기`,
  loading: (done, total) => `기록 읽는 중… ${total}건 중 ${done}건`,
  preparing: '가릴 항목 확인 중…',
  redact: '비밀 정보와 식별자 가리기 (권장)',
  redactHint:
    'API 키, 토큰, 쿠키, 이메일 주소를 가리고 조직·프로젝트 ID는 일부만 남깁니다. 요청 ID와 모델 이름은 지원팀에 필요하므로 그대로 둡니다.',
  conversationIds: 'ChatGPT 대화 ID도 가리기',
  conversationIdsHint: '대화는 본인만 열 수 있고, ID는 해당 대화를 다시 찾는 데 도움이 됩니다. 필요할 때 가리세요.',
  formats: '저장 형식',
  json: 'JSON',
  jsonHint: '전체 내용, 다시 가져올 수 있음',
  csv: 'CSV',
  csvHint: '스프레드시트, 기록당 한 행',
  md: 'Markdown 문제 보고 자료',
  mdHint: '지원 요청에 붙여 넣기용',
  zip: '증거 묶음 (.zip)',
  zipHint: (n) => `문제 보고 자료, JSON, 스크린샷 ${n}장`,
  screenshotsNotRedacted: '스크린샷은 찍힌 그대로 포함되며 가려지지 않습니다. 공유하기 전에 확인하세요.',
  tooLarge: (mb, limitMb) =>
    `이 JSON은 ${mb}MB입니다. 가져오기는 최대 ${limitMb}MB까지 읽습니다. 다시 가져오려면 더 적은 기록씩 나누어 내보내세요.`,
  saveAnyway: '그래도 저장',
  saved: (fileName) => `${fileName} 파일을 저장했습니다.`,
  close: '닫기',
  failed: (message) => `내보내지 못했습니다: ${message}`,
};

export const redactionPreview: RedactionStrings = {
  title: '가려질 항목',
  summary: (n) => `${n}개 값이 가려집니다.`,
  nothing:
    '비밀 정보나 식별자로 보이는 값을 찾지 못했습니다. 가리기는 안전망일 뿐 보장이 아니므로 이름 같은 개인 정보는 직접 확인하세요.',
  off: '가리기가 꺼져 있습니다. 키, 쿠키, 이메일 주소, ID가 수집된 그대로 내보내집니다.',
  kinds: {
    'api-key': 'API 키',
    bearer: 'Bearer 토큰',
    authorization: 'Authorization 값',
    cookie: '쿠키',
    'session-token': '세션 토큰',
    jwt: 'JSON 웹 토큰',
    'private-key': '개인 키',
    'secret-field': '비밀 필드',
    'url-credentials': 'URL 속 비밀번호',
    'url-secret': 'URL 속 비밀 매개변수',
    email: '이메일 주소',
    'org-id': '조직 ID (일부)',
    'project-id': '프로젝트 ID (일부)',
    'user-id': '사용자 ID (일부)',
    'conversation-id': '대화 ID',
  },
  columns: { stop: '기록', field: '필드', kind: '종류', original: '수집된 값', masked: '내보낼 값' },
  more: (n) => `…외 ${n}개`,
  localNote: '수집된 값은 이 기기의 이 화면에만 표시되며 내보낸 파일에는 절대 기록되지 않습니다.',
};

export const importPanel: ImportStrings = {
  title: '가져오기',
  intro: '이 브라우저나 다른 브라우저의 Limit Lens에서 내보낸 JSON 파일입니다. 이미 저장된 기록은 건너뜁니다.',
  fileLabel: '내보낸 파일 (.json)',
  reading: '파일 읽는 중…',
  ready: (n, exportedAt) => `이 파일에는 기록 ${n}건이 있습니다 (${exportedAt}에 내보냄).`,
  redactedFile: '내보낼 때 가리기가 적용되었습니다.',
  importButton: '가져오기',
  importing: '가져오는 중…',
  invalid: (fileName) => `${fileName} 파일을 가져올 수 없습니다:`,
  unchanged: '저장된 기록은 바뀌지 않았습니다.',
  done: (added, duplicates) => `${added}건을 추가했고, 이미 저장된 ${duplicates}건은 건너뛰었습니다.`,
  byOwner: '추가된 기록 (한도를 정한 곳별)',
  failed: (message) => `가져오지 못했습니다: ${message}`,
  repaired: (n) =>
    `기록 ${n}건은 처음 본 시각과 마지막으로 본 시각이 뒤바뀌어 있습니다 (이전 버전에서 순서가 어긋나게 저장됨). 두 시각을 바로잡아 가져옵니다.`,
  tooLarge: (fileMb, limitMb) =>
    `파일이 너무 큽니다 (${fileMb} MB). 텍스트는 ${limitMb} MB까지 가져올 수 있습니다. 한 번에 더 적은 기록을 내보내 주세요.`,
  storageFull: '브라우저가 더 이상 데이터를 저장하지 않습니다 (저장 공간 한도에 도달함). 아무것도 가져오지 않았습니다.',
  writeFailed: (errorName) => `가져온 기록을 저장하지 못했습니다 (${errorName}). 아무것도 가져오지 않았습니다.`,
};

export const storageNotice: StorageStrings = {
  newerSchema: (kept) =>
    '저장된 기록은 더 새로운 버전의 Limit Lens가 만든 것이라, 이 버전은 기록을 그대로 둡니다. ' +
    'Limit Lens를 업데이트하면 다시 볼 수 있습니다.' +
    (kept > 0 ? ` 그때까지 새 기록 ${kept}건은 따로 보관합니다.` : ''),
};
