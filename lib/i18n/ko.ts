/**
 * Every word the interface shows, in Korean (glossary: /work/shared/docs/glossary-ko.md). The shape is
 * lib/i18n/types.ts; the list of languages LOCALES in lib/i18n/strings.ts.
 */
import type {
  ExportStrings,
  FirstRunStrings,
  GeneralSettingsStrings,
  HealthStrings,
  HistoryStrings,
  ImportStrings,
  LocaleStrings,
  ManualCaptureStrings,
  RedactionStrings,
  SessionStrings,
  UiStrings,
} from './types.ts';
import { evidenceCount as e } from '../health/rules.ts';

const HISTORY_KO: HistoryStrings = {
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

const EXPORT_KO: ExportStrings = {
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

const REDACTION_KO: RedactionStrings = {
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

const IMPORT_KO: ImportStrings = {
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

const GENERAL_SETTINGS_KO: GeneralSettingsStrings = {
  pageTitle: '설정',
  title: '일반',
  notifications: '한도가 초기화되면 알림 받기',
  notificationsHint: '기록의 초기화 시각이 되면 한 번 알려 드립니다.',
  language: '언어',
  languageAuto: '브라우저 설정 따르기',
  retention: '기록 보관',
  keepAll: '모두 보관',
  keepDays: '마지막 확인 후',
  days: '일이 지난 기록 삭제',
  retentionHint: '오래된 기록과 스크린샷은 지금 바로, 그리고 하루에 한 번 삭제됩니다. 사본이 필요하면 먼저 내보내세요.',
  screenshots: '기록이 저장될 때 탭 스크린샷 찍기',
  screenshotsHint:
    '브라우저가 허용하는 경우에만 찍습니다. “한도 증거로 저장”으로 저장한 텍스트는 항상, 자동으로 저장된 기록은 페이지를 연 뒤 Limit Lens 버튼을 누른 탭에서만 찍힙니다. 앞에 보이는 탭만 찍으며, 이 기기에만 저장되고 기록의 문제 보고 자료에 표시됩니다. 화면에 보이는 모든 것이 찍히며 내보낼 때 가려지지 않습니다.',
};

const MANUAL_CAPTURE_KO: ManualCaptureStrings = {
  menuTitle: '한도 증거로 저장',
  savedTitle: '한도 증거로 저장했습니다',
  savedBody: (owner) => `${owner}. Limit Lens에서 문제 보고 자료를 확인하세요.`,
  failedTitle: '선택한 텍스트를 저장하지 못했습니다',
};

const ui: UiStrings = {
  appTitle: 'Limit Lens',
  historyLink: '기록',
  history: HISTORY_KO,
  export: EXPORT_KO,
  redaction: REDACTION_KO,
  import: IMPORT_KO,
  generalSettings: GENERAL_SETTINGS_KO,
  manualCapture: MANUAL_CAPTURE_KO,
  emptyTitle: '아직 기록이 없습니다',
  emptyBody:
    'ChatGPT에서 이미지 생성이 멈추면 Limit Lens가 메시지를 여기에 기록하고, 한도를 정한 곳과 다음에 할 일을 알려 드립니다. 모든 기록은 이 기기에만 저장됩니다.',
  latest: '가장 최근 기록',
  recent: '이전 기록',
  owner: '한도를 정한 곳',
  ranOut: '소진된 한도',
  nextStep: '다음에 할 일',
  resetsIn: '초기화까지',
  resetAt: (time) => `${time} (내 시간 기준)`,
  resetting: '초기화 중…',
  available: '지금쯤 다시 사용할 수 있습니다',
  possiblyReset: '표시된 시각이 이미 지났습니다. 한도가 초기화되었을 수 있으니 다시 기다리기 전에 한 번 시도해 보세요.',
  noResetStated: '메시지에 초기화 시각이 없습니다.',
  noCountdownWhy: '기다려도 해결되지 않으므로 카운트다운이 없습니다.',
  whatYouSaw: '화면에 표시된 문구',
  rawEvidence: '수집된 증거',
  why: '판단 근거',
  seenTimes: (n) => (n === 1 ? '1회 발생' : `${n}회 발생`),
  seenAt: (when) => `${when}에 확인`,
  confidence: {
    high: '확실함: 응답 데이터에 명시됨',
    medium: '가능성 높음: 문구가 분명함',
    low: '불확실함: 문구가 모호함',
  },
  resetSource: '출처',
  apiRouteTitle: '이미지를 대량으로 만들어야 하나요?',
  apiRouteBody:
    '일괄 생성, 모니터링, 결과 저장, 자동화가 필요하다면 OpenAI API를 대안으로 검토할 수 있습니다. API는 결제·사용 한도·조직 인증·로그 관리를 직접 책임지는 별도 계약이며, 이 ChatGPT 한도를 풀어 주지는 않습니다.',
  delete: '삭제',
  loadError: '저장된 기록을 불러오지 못했습니다.',
  saveFailed: '가장 최근 기록을 저장하지 못했습니다. 디스크 공간을 확보하세요. 이미 저장된 기록은 그대로입니다.',
  notifyTitle: '이미지 생성을 지금쯤 다시 사용할 수 있습니다',
  notifyBody: (site, time) => `${site}의 한도가 ${time}에 초기화되었습니다 (예정 시각 기준).`,
  allowanceTitle: 'ChatGPT가 알려 준 남은 이미지 수',
  allowanceLeft: (n) => `${n}장 남음`,
  allowanceResets: (time) => `${time}에 초기화`,
  allowanceNotReported: '아직 모름: ChatGPT가 이 기기에 남은 횟수를 알려 준 적이 없습니다.',
  allowanceSource: (when) => `출처: ChatGPT 사용량 보고, ${when}에 확인`,
  owners: {
    'chatgpt-app': 'ChatGPT (요금제와 계정)',
    'openai-api': 'OpenAI API (조직과 프로젝트)',
    'openai-billing': 'OpenAI 결제 (월 예산 또는 크레딧)',
    'openai-access': 'OpenAI 이용 권한 (조직 인증, 모델 접근, 프로젝트 권한)',
    azure: 'Azure OpenAI (Microsoft 구독과 배포)',
    provider: '외부 제공업체',
    'content-policy': '콘텐츠 정책 — 한도 문제가 아님',
    'service-load': '일시적 과부하 — 한도 문제가 아님',
    unknown: '판단할 근거가 부족함',
  },
  providerOwner: (name) => `${name} (외부 제공업체)`,
  theProvider: '해당 제공업체',
  buckets: {
    'app-image-quota': 'ChatGPT 요금제의 이미지 생성 횟수',
    'app-image-cooldown': '짧은 시간에 이미지를 너무 많이 만듦',
    'app-message-cap': '이 기간에 보낼 수 있는 메시지 수',
    'app-feature-cap': 'ChatGPT 기능별 사용 한도',
    'app-account-throttle': '짧은 시간에 이 계정에서 보낸 요청이 너무 많음',
    'app-login-required': '이미지 생성에는 로그인이 필요함',
    'message-too-long': '메시지가 너무 김',
    'api-requests-per-minute': 'API 분당 요청 한도 (RPM)',
    'api-requests-per-day': 'API 일일 요청 한도 (RPD)',
    'api-tokens-per-minute': 'API 분당 토큰 한도 (TPM)',
    'api-tokens-per-day': 'API 일일 토큰 한도 (TPD)',
    'api-images-per-minute': 'API 분당 이미지 한도 (IPM)',
    'api-input-images': 'API 분당 입력 이미지 한도',
    'api-enqueued-tokens': 'Batch API 대기열의 토큰 한도',
    'api-rate-unspecified': 'API 속도 제한',
    'api-no-tier-access': '현재 API 사용 등급에서 이미지 사용 불가 (한도 0)',
    'billing-quota': 'API 크레딧 또는 할당량',
    'billing-hard-limit': 'API 월 예산 상한',
    'org-verification': '조직 인증',
    'model-access': '이 모델에 대한 이용 권한',
    login: '로그인',
    'azure-call-rate': 'Azure 배포의 분당 호출 한도',
    'azure-token-rate': 'Azure 배포의 분당 토큰 한도',
    'azure-daily-quota': 'Azure 일일 할당량',
    'azure-resource-blocked': 'Azure 리소스 차단 (할당량 문제가 아님)',
    'provider-credits': '제공업체 크레딧 또는 잔액',
    'provider-rate': '제공업체 속도 제한',
    'provider-quota': '제공업체 할당량',
    'provider-account-locked': '제공업체 계정 잠김',
    'content-policy': '소진된 한도 없음: 요청이 거부됨',
    'service-overload': '소진된 한도 없음: 서비스가 혼잡함',
    'edge-rate-limit': 'CDN(Cloudflare) 접속 제한 (요금제와 무관)',
    unknown: '알 수 없음',
  },
  actions: {
    wait: '초기화까지 기다리기',
    simplify: '요청 바꾸기',
    'retry-later': '잠시 후 다시 시도 (연속 재시도는 피하세요)',
    'reduce-throughput': '요청 속도 줄이기',
    'fix-billing': '결제·예산 확인',
    'get-access': '이용 권한 확인',
    'owner-console': '해당 서비스 콘솔에서 확인',
  },
  consoleAction: (where) => `${where}에서 확인`,
  azurePortal: 'Azure 포털',
  providerDashboard: (name) => `${name} 대시보드`,
  serviceConsole: '해당 서비스 콘솔',
  advice: {
    'wait-app': () =>
      '초기화 전에는 다시 시도해도 소용없습니다. 초기화 시각이 되면 한도가 저절로 풀립니다. 메시지에 업그레이드 안내가 있다면 그것은 앱이 제시한 다른 방법입니다.',
    'wait-cooldown': () =>
      'ChatGPT가 이미지 요청을 잠시 멈춰 달라고 합니다. 시간이 지나기 전에는 다시 시도해도 소용없으며, 시간이 지나면 저절로 풀립니다.',
    'wait-throttle': () =>
      '짧은 시간에 이 계정에서 보낸 요청이 너무 많습니다. 여러 개 열어 둔 ChatGPT 탭을 닫고, 잠시 기다린 뒤 다시 시도하세요.',
    'wait-provider-daily': (p) =>
      `초기화 전에는 다시 시도해도 소용없습니다. 일일 할당량은 저절로 초기화됩니다. ${p}에서 결제를 켜거나 유료 요금제를 쓰면 무료 할당량보다 한도가 늘어납니다.`,
    'wait-provider': (p) => `초기화 전에는 다시 시도해도 소용없습니다. 초기화 시각이 되면 ${p}의 한도가 풀립니다.`,
    'wait-other': () => '초기화 전에는 다시 시도해도 소용없습니다. 초기화 시각이 되면 한도가 저절로 풀립니다.',
    'simplify-policy': () =>
      '소진된 한도는 없습니다. 요청 내용이 거부되었습니다. 프롬프트를 바꾸거나 요청 내용을 조정하세요. 기다리거나 같은 프롬프트를 다시 보내도 소용없습니다.',
    'simplify-too-long': () =>
      '거부되거나 소진된 것은 없습니다. 메시지가 너무 깁니다. 줄이거나 여러 번에 나누어 보내세요.',
    'retry-load': () =>
      '일시적인 문제입니다. 서비스가 혼잡합니다. 잠시 후 간격을 점점 늘려 가며 다시 시도하고, 연속으로 재시도하지 마세요.',
    'retry-edge': () =>
      '서비스 앞단의 CDN(Cloudflare)이 이 연결을 제한했습니다. 잠시 기다린 뒤 다시 시도하고, 연속으로 재시도하지 마세요.',
    'retry-app': () =>
      'ChatGPT가 요청을 잠시 막았습니다. 나중에 다시 시도하되 연속으로 재시도하지 마세요. 계속 반복되면 ChatGPT 도움말 센터에서 계정 상태를 확인하세요.',
    'retry-unknown': () =>
      'Limit Lens가 멈춘 이유를 판단하지 못했습니다. 잠시 후 간격을 늘려 가며 다시 시도하고, 연속으로 재시도하지 마세요. 증거는 문제 보고 자료에 남아 있습니다.',
    'throughput-api': () =>
      '동시 요청 수를 줄이고 나머지는 대기열로 보내며, 응답이 알려 준 시간만큼 기다린 뒤 다시 시도하세요. 더 많이 필요하면 상위 사용 등급에서 한도가 올라갑니다.',
    'throughput-enqueued': () =>
      'Batch API 대기열에 토큰이 너무 많습니다. 진행 중인 배치가 끝나기를 기다리거나 더 작은 배치로 보내세요.',
    'throughput-provider': (p) =>
      `${p}에 보내는 동시 요청 수를 줄이고 나머지는 대기열로 보내며, 알려 준 시간만큼 기다린 뒤 다시 시도하세요.`,
    'throughput-other': () =>
      '동시 요청 수를 줄이고 나머지는 대기열로 보내며, 응답이 알려 준 시간만큼 기다린 뒤 다시 시도하세요.',
    'billing-openai': () =>
      'OpenAI 결제 설정에서 프로젝트의 월 예산 상한을 올리거나 크레딧·결제 수단을 추가하세요. 다시 시도해도 한도는 늘어나지 않습니다.',
    'billing-tier-zero': () =>
      '현재 API 사용 등급에서는 이 모델을 쓸 수 없습니다 (한도 0). 결제 수단이나 선불 크레딧을 추가하면 조직이 유료 등급으로 올라가며, 일부 모델은 조직 인증도 필요합니다. 기다려도 해결되지 않습니다.',
    'billing-provider': (p) => `${p}에서 크레딧이나 결제 수단을 추가하세요. 다시 시도해도 크레딧은 생기지 않습니다.`,
    'billing-app': () => 'ChatGPT 설정에서 요금제나 크레딧을 확인하세요. 다시 시도해도 해결되지 않습니다.',
    'billing-other': () => '해당 서비스에서 크레딧이나 결제 수단을 추가하세요. 다시 시도해도 크레딧은 생기지 않습니다.',
    'access-app-login': () => 'ChatGPT에 로그인하거나 가입한 뒤 다시 시도하세요.',
    'access-app-account': () =>
      'ChatGPT 계정을 확인하세요. 다시 로그인하고, 계정이 제한되었다면 ChatGPT 도움말 센터를 확인하세요.',
    'access-openai': () =>
      'platform.openai.com에서 조직 인증을 하거나, 프로젝트의 모델 접근 권한, 프로젝트 권한, 엔드포인트를 확인하세요. 기다려도 해결되지 않습니다.',
    'access-azure': () =>
      '이 Azure OpenAI 리소스를 쓸 수 있는 계정으로 로그인하거나, Azure 포털에서 배포 이름과 엔드포인트를 확인하세요.',
    'access-provider': (p) =>
      `${p}에 로그인하거나, 사용하는 키로 이 모델을 쓸 수 있는지 확인하세요. 기다려도 해결되지 않습니다.`,
    'access-other': () => '로그인하거나, 이 계정으로 이 모델을 쓸 수 있는지 확인하세요. 기다려도 해결되지 않습니다.',
    'console-azure-quota': () =>
      'Azure 포털에서 배포의 할당량을 늘리거나 요청을 시간에 나누어 보내세요. Azure 할당량은 OpenAI가 아니라 Microsoft가 관리합니다.',
    'console-azure-blocked': () =>
      '정책 검토 후 Azure가 리소스를 차단했습니다. 할당량 문제가 아니므로 Azure 포털을 확인하거나 Microsoft 지원팀에 문의하세요.',
    'console-provider': (p) => `${p} 대시보드에서 할당량, 크레딧, 계정 상태를 확인하세요.`,
    'console-other': () => '이 한도를 정한 서비스의 콘솔에서 확인하세요.',
  },
  units: { d: '일', h: '시간', m: '분', s: '초', pad: false },
  approx: (n, unit) => `약 ${n}${{ day: '일', hour: '시간', minute: '분', second: '초' }[unit]}`,
  approxAt: (time) => `${time}쯤 (내 시간 기준)`,
  resetSources: {
    'blocked_features.resets_after': 'ChatGPT가 이 기능에 대해 알려 준 초기화 시각',
    'limits_progress.reset_after': 'ChatGPT 사용량 보고',
    clears_in: 'ChatGPT 응답에 담긴 대기 시간',
    'header:retry-after': '응답 헤더에 담긴 대기 시간',
    'header:retry-after-ms': '응답 헤더에 담긴 대기 시간',
    'header:x-ratelimit-reset-requests': '응답 헤더에 담긴 요청 한도 초기화 시각',
    'header:x-ratelimit-reset-tokens': '응답 헤더에 담긴 토큰 한도 초기화 시각',
    'header:x-ratelimit-reset': '응답 헤더에 담긴 초기화 시각',
    'body:retry-delay': '오류 메시지에 담긴 대기 시간',
    'text:duration': '메시지에 적힌 대기 시간',
    'text:clock': '메시지에 적힌 시각',
  },
  reasons: {
    moderation: 'ChatGPT의 안전 검사가 이 요청을 막았습니다.',
    imageTool: 'ChatGPT의 이미지 도구가 한도에 도달했다고 알렸습니다.',
    imageToolSays: (what) => `ChatGPT의 이미지 도구가 알린 내용: ${what}.`,
    blockedFeatures: 'ChatGPT 자체 데이터에 이미지 생성이 초기화 시각까지 막혀 있다고 나옵니다.',
    otherFeature: 'ChatGPT 자체 데이터에 이미지 생성이 아닌 다른 기능이 막혀 있다고 나옵니다.',
    limitsProgress: 'ChatGPT 사용량 보고에 남은 이미지가 없다고 나옵니다.',
    queued: '수요가 많아 ChatGPT가 이미지를 대기열에 넣었습니다.',
    otherTool: '이미지 도구가 아닌 다른 ChatGPT 도구가 한도에 도달했습니다.',
    code: (what) => `응답의 오류 코드가 뜻하는 것: ${what}.`,
    words: (what) => `메시지 내용: ${what}.`,
    statusOnly: (status) => `HTTP 상태 코드(${status})만 단서이며, 한도를 밝힌 내용은 없습니다.`,
    noSignal: '증거 어디에도 한도가 언급되지 않았습니다.',
    page: (host) => `${host}에서 확인되었으므로 이 사이트의 한도입니다.`,
    named: (name) => `메시지에 언급된 서비스: ${name}.`,
    route: (name) => `직접 지정한 출처: ${name}.`,
    quoted: (name) => `페이지에는 인용된 ${name} 오류만 있으므로, 이 페이지가 아니라 해당 서비스의 한도입니다.`,
    chatgptShapes: '응답이 ChatGPT 고유의 형식입니다.',
    limitZero: '한도가 0입니다. 이 등급에서는 모델을 쓸 수 없으므로 기다려도 해결되지 않습니다.',
    perDay: '일일 할당량이므로 저절로 초기화됩니다.',
    perMinute: '분당 한도이므로 요청 속도를 줄이면 됩니다.',
    sharedCapacity: '사용자의 할당량이 언급되지 않았습니다. 서비스 전체의 처리 용량이 부족한 상태입니다.',
    lockedForBalance: '잔액 때문에 계정이 잠겼습니다. 충전하면 풀립니다.',
    azureDaily: '대기 시간이 꼬박 하루이므로 일일 할당량이 소진된 것입니다.',
    truncated: '내용이 너무 길어 앞부분만 읽었습니다.',
    error: 'Limit Lens가 이 증거를 읽지 못했습니다.',
    reset: (source) => `초기화 시각의 출처: ${source}.`,
    rationed: (source) => `다음 사용 가능 시점의 출처: ${source}. 참고용이며, 기다려야 할 초기화 시각은 아닙니다.`,
    kinds: {
      'content-policy': '요청 내용이 거부됨',
      'resource-blocked': '리소스 전체가 차단됨',
      'image-quota': '이미지 생성 한도에 도달함',
      'image-cooldown': '짧은 시간에 이미지를 너무 많이 요청함',
      'message-cap': '메시지 한도에 도달함',
      'feature-cap': '다른 기능의 한도에 도달함',
      cap: '사용 한도에 도달함',
      'account-throttle': '이 계정에서 보낸 요청이 너무 많음',
      'unusual-activity': '비정상적인 활동이 감지됨',
      'login-required': '로그인이 필요함',
      'too-long': '요청이 너무 김',
      rate: '요청이 너무 빠름 (속도 제한)',
      'billing-quota': '할당량이나 크레딧이 소진됨',
      quota: '할당량이 소진됨',
      'billing-hard-limit': '월 예산 상한에 도달함',
      credits: '크레딧이나 잔액이 소진됨',
      'credit-throttle': '크레딧이 적어 요청 속도가 제한됨',
      'account-locked': '계정이 잠김',
      'tier-zero': '이 등급에는 이용 권한이 없음 (한도 0)',
      access: '모델이나 프로젝트에 대한 이용 권한이 없음',
      overload: '서비스가 과부하 상태임',
      'edge-rate-limit': 'CDN(Cloudflare)이 접속을 제한함',
      'tool-failure': '이미지 도구가 한도를 밝히지 않고 실패함',
      'generic-error': '한도를 밝히지 않은 오류가 발생함',
    },
  },
  details: '자세히',
  pasteLink: '오류를 붙여 넣어 분류하기',
  providersLink: '제공업체 사이트',
  packet: {
    title: '문제 보고 자료',
    intro:
      '이 기록에 대해 Limit Lens가 보관한 모든 값과 각 값의 출처입니다. 지원팀에 전달하거나 다음에 할 일을 정하는 데 쓰세요.',
    field: '항목',
    value: '값',
    source: '출처',
    fields: {
      owner: '한도를 정한 곳',
      bucket: '소진된 한도',
      action: '다음에 할 일',
      page: '페이지',
      endpoint: '엔드포인트',
      model: '모델',
      organization: '조직',
      project: '프로젝트',
      'request-size': '요청 크기',
      'request-quality': '품질 설정',
      status: 'HTTP 상태',
      body: '응답 본문',
      headers: '응답 헤더',
      reset: '초기화 시각',
      'other-reset': '함께 언급된 다른 초기화',
      'retry-count': '재시도 횟수 (첫 발생 이후 반복)',
      'monthly-usage': '월 사용량',
      'seen-text': '화면에 표시된 정확한 문구',
      'first-seen': '처음 확인',
      'last-seen': '마지막 확인',
      reasons: '판단 근거',
    },
    sources: {
      classifier: 'Limit Lens의 증거 판독',
      page: '페이지 주소',
      'page-traffic': '페이지 자체의 응답',
      webrequest: '확장 프로그램이 본 응답 헤더 (페이지에서 숨겨진 헤더 포함)',
      'page-text': '페이지에 표시된 문구',
      pasted: '직접 붙여 넣은 내용',
      evidence: '본문이나 문구에 명시됨',
      'endpoint-path': '요청 경로',
      header: '응답 헤더',
      record: 'Limit Lens 기록',
      'not-reported': '정보 없음',
    },
    notReported: '정보 없음',
    truncated: '(잘림: 앞부분만 보관됨)',
    monthly: {
      'monthly-limit-reached': '월 예산 상한 도달',
      'quota-or-credits-spent': '크레딧 또는 할당량 소진',
    },
    tierTitle: (model) => `${model} 공개 API 사용 등급별 상한 (OpenAI API 직접 사용 시)`,
    tierCaption: (checked) =>
      `${checked}에 확인한 일반적인 상한이며, 이 프로젝트의 실제 한도가 아닙니다. 실제 한도는 프로젝트의 한도 페이지와 위의 응답 헤더가 기준이며, 이 표보다 낮을 수 있습니다.`,
    tierModelUnknown: (model) => `이 기록에는 모델 이름이 없습니다. 이 표는 ${model} 기준이므로 맞지 않을 수 있습니다.`,
    tierHeaders: { tier: '사용 등급', tpm: '분당 토큰 (TPM)', ipm: '분당 이미지 (IPM)' },
    tierNotSupported: '지원 안 함',
    notFound: '이 기록은 더 이상 저장되어 있지 않습니다.',
    loadError: '이 기록을 불러오지 못했습니다.',
  },
  paste: {
    title: '오류를 붙여 넣어 분류하기',
    intro:
      '직접 작성한 코드나 로그의 오류를 붙여 넣으세요. 상태 줄과 헤더가 있는 HTTP 응답, curl -i 또는 -v 출력, JSON 본문, 로그 한 줄 모두 됩니다.',
    textLabel: '오류 내용',
    routeLabel: '어디에서 발생했나요?',
    routes: {
      auto: 'Limit Lens가 판단',
      chatgpt: 'ChatGPT 앱',
      openai: 'OpenAI API',
      azure: 'Azure OpenAI',
      provider: '다른 제공업체 또는 게이트웨이',
    },
    classify: '설명 보기',
    save: '증거로 저장',
    saveHint: '“증거로 저장”을 누르기 전에는 아무것도 저장되지 않습니다.',
    privacy: '이 기기에서만 읽습니다. 쿠키와 인증 헤더는 버립니다.',
    resultTitle: 'Limit Lens의 판단',
    readAs: (format) => `읽은 형식: ${format}`,
    formats: {
      http: 'HTTP 응답 (상태 줄, 헤더, 본문)',
      'curl-verbose': 'curl -v 출력',
      json: 'JSON 본문',
      log: '로그 한 줄',
      text: '일반 텍스트',
      empty: '내용 없음',
    },
    notes: {
      cut: '붙여 넣은 내용의 일부만 읽었습니다.',
      binary: '제어 문자나 바이너리 데이터를 제거했습니다.',
      'secret-headers-dropped': '쿠키와 인증 헤더를 버렸습니다.',
      'headers-capped': '처음 40개의 헤더만 보관했습니다.',
      'several-responses': '여러 응답이 있어 마지막 응답을 읽었습니다.',
      'body-not-json': '본문이 JSON이 아니어서 텍스트로 읽었습니다.',
    },
    cutNotice: (originalKb, headKb, tailKb) =>
      `붙여 넣은 내용이 ${originalKb} KB입니다. 앞 ${headKb} KB와 끝 ${tailKb} KB만 읽고 가운데는 건너뛰었습니다.`,
    saved: '저장했습니다. 이제 팝업 목록에 표시됩니다.',
    savedAgain: '이미 저장된 내용이라 새로 추가하지 않았습니다.',
    notAStop: '저장하지 않음: 이 내용에서 한도나 거부를 찾지 못했습니다.',
    empty: '먼저 오류를 붙여 넣으세요. 내용이 비어 있습니다.',
    failed: (message) => `처리하지 못했습니다: ${message}`,
    openPacket: '문제 보고 자료 열기',
  },
  providerSettings: {
    title: '제공업체 사이트',
    intro:
      'ChatGPT 밖에서 이미지를 만드는 사이트를 켜세요. 각 사이트는 직접 켜기 전까지 꺼져 있으며, 켤 때 브라우저가 해당 사이트와 API에 대한 접근 권한을 묻습니다. 동의하기 전에는 아무것도 실행되지 않습니다. Limit Lens는 페이지 자체의 오류 응답과 헤더만 읽고, 직접 요청을 보내지 않습니다.',
    presetsTitle: '기본 제공 사이트',
    customTitle: '직접 추가한 사이트',
    customIntro:
      '플레이그라운드, 게이트웨이, 사내 도구를 추가하세요. 페이지, 호출하는 API(속도 제한 헤더용), 한도를 정한 곳을 지정합니다.',
    noCustom: '아직 직접 추가한 사이트가 없습니다.',
    status: {
      off: '꺼짐',
      on: '켜짐',
      'needs-permission': '브라우저에서 접근 권한이 제거됨: 다시 켜세요',
      error: '켜졌지만 스크립트를 등록하지 못함',
    },
    turnOn: '켜기',
    turnOff: '끄기',
    asksFor: '접근 권한 요청 대상',
    notes: '참고',
    ownerKinds: { 'openai-api': 'OpenAI API', azure: 'Azure OpenAI', provider: '외부 제공업체' },
    nameLabel: '이름',
    pagesLabel: '페이지 패턴 (한 줄에 하나)',
    apiLabel: 'API 패턴 (선택, 한 줄에 하나)',
    patternsHint: '예: https://studio.example.com/* 또는 https://*.example.com/*',
    ownerLabel: '한도를 정한 곳',
    add: '사이트 추가',
    saveEntry: '저장',
    edit: '수정',
    remove: '삭제',
    cancel: '취소',
    fieldNames: { name: '이름', pages: '페이지 패턴', apiHosts: 'API 패턴', ownerKind: '한도를 정한 곳' },
    problems: {
      empty: '비어 있습니다',
      'too-long': '너무 깁니다',
      'not-https': 'https://로 시작해야 합니다',
      'bad-host': '호스트가 올바른 사이트 이름이 아닙니다',
      'any-host': '모든 사이트가 아닌 특정 사이트를 지정해야 합니다',
      'bad-path': '/* 같은 경로가 필요합니다',
      none: '패턴이 하나 이상 필요합니다',
      'too-many': '패턴이 너무 많습니다 (최대 10개)',
      'reserved-host': 'ChatGPT는 이미 Limit Lens가 다룹니다',
      unknown: '선택지 중 하나가 아닙니다',
      'public-suffix':
        '여러 소유자의 사이트를 포함합니다 (*.com, *.vercel.app 등). *.example.com처럼 사이트 자체를 지정하세요',
    },
    permissionDenied: '접근 권한이 허용되지 않아 사이트가 꺼진 상태로 남습니다.',
    failed: (message) => `변경하지 못했습니다: ${message}`,
    unknownSite: '이 사이트는 더 이상 목록에 없습니다. 페이지를 새로 고쳐 주세요.',
    saveFailed: '제공자 설정을 저장하지 못했습니다.',
    tooManyCustom: (max) => `직접 추가한 사이트는 ${max}개까지 둘 수 있습니다.`,
    registrationFailed: (browserError) =>
      `브라우저가 이 사이트에서 Limit Lens를 실행하지 못했습니다 (${browserError}).`,
  },
};

const firstRun: FirstRunStrings = {
  welcome: {
    pageTitle: 'Limit Lens에 오신 것을 환영합니다',
    title: 'Limit Lens에 오신 것을 환영합니다',
    intro:
      '이미지 생성이 멈추면 Limit Lens가 누구의 한도인지, 어떤 한도가 소진됐는지, 다음에 무엇을 하면 되는지 알려 드립니다.',
    capturedTitle: '무엇을, 어디에서 수집하나요',
    captured: [
      'chatgpt.com에서는 이미지 도구의 중단 메시지(한도, 쿨다운, 거부)를 페이지 자신의 트래픽에서 읽고, 화면에 보이는 오류 문구를 읽습니다. 일반 답변은 읽지 않습니다.',
      '직접 켠 제공자 사이트에서는 오류 응답과 한도 헤더를 읽습니다. 켜기 전에는 그 사이트에서 아무것도 실행되지 않습니다.',
      '중단은 이 브라우저, 확장 프로그램 자체 저장소에 보관됩니다. 도구 모음 버튼에서 최근 중단을 보고, 나머지는 직접 지울 때까지 기록 페이지에 남습니다.',
    ],
    privacyTitle: '데이터는 이 기기에만 남습니다',
    privacy: [
      'Limit Lens가 수집한 내용은 모두 이 기기에만 남습니다.',
      '어디에도 보내지 않으며, 직접 네트워크 요청을 하지 않습니다.',
    ],
    demoTitle: '직접 해 보기',
    demoBody: 'ChatGPT나 API에서 받은 오류 메시지를 붙여 넣고 Limit Lens가 어떻게 설명하는지 확인해 보세요.',
    demoLink: '오류 붙여 넣기',
    providersTitle: '다른 곳에서도 이미지를 생성하나요?',
    providersBody:
      'OpenAI 플랫폼, Azure OpenAI, OpenRouter, fal, Replicate, Google AI Studio와 직접 추가한 사이트는 켜기 전까지 꺼져 있으며, 켤 때 그 사이트에 대한 접근 권한만 브라우저에 요청합니다.',
    providersLink: '제공자 사이트 켜기',
    pinHint: 'Limit Lens를 도구 모음에 고정하세요. 배지에 한도가 초기화되기까지 남은 시간이 표시됩니다.',
  },
  whatsNew: {
    '0.2.0':
      '0.2.0의 새 기능: ChatGPT가 실시간 연결로 보내는 중단도 수집하고, 내보내기에서 더 많은 종류의 비밀 정보를 가립니다.',
  },
  whatsNewDismiss: '닫기',
};

const health: HealthStrings = {
  title: '감지 상태',
  intro:
    'Limit Lens는 ChatGPT가 답변을 보내는 방식을 아직 알아보는지 이 기기에서 확인합니다. 대화 내용은 남기지 않고, 알아본 것의 횟수만 30일 동안 셉니다.',
  verdicts: { ok: '정상', degraded: '일부 문제', broken: '작동 안 함' },
  rules: {
    'stream-format': {
      name: '스트림 형식',
      verdict: (r) =>
        r.verdict === 'ok'
          ? '모든 대화 턴이 아는 형식으로 전송되었습니다.'
          : r.verdict === 'broken'
            ? `대화 턴이 전송되었지만 아는 형식은 하나도 없었습니다(${e(r, 'unknown')}턴). 한도에 걸려도 알아채지 못할 수 있습니다.`
            : `${e(r, 'unknown')}턴이 모르는 형식으로 전송되었습니다. ${e(r, 'known')}턴은 읽었습니다.`,
    },
    transport: {
      name: '소켓',
      verdict: (r) =>
        r.verdict === 'ok'
          ? '소켓 프레임이 아는 형식으로 왔습니다.'
          : r.verdict === 'broken'
            ? `소켓 프레임이 모르는 형식으로 왔고(${e(r, 'unknownEnvelopes')}개), 소켓에서 읽은 대화 턴이 없습니다.`
            : `일부 소켓 프레임이 모르는 형식으로 왔습니다(${e(r, 'unknownEnvelopes')}개). 소켓에서 ${e(r, 'socketTurns')}턴을 읽었습니다.`,
    },
    selectors: {
      name: '페이지 구조',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'checks')
            ? '페이지에서 답변을 찾았습니다.'
            : '아직 확인한 답변이 없습니다.'
          : `대화 턴 ${e(r, 'checks')}번 중 ${e(r, 'missed')}번은 페이지에서 답변을 찾지 못했습니다. 기록에 화면에 보인 문구가 빠질 수 있습니다.`,
    },
    'image-tool': {
      name: '이미지 도구',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'messages')
            ? `알아본 이미지 도구 메시지: ${e(r, 'messages')}개.`
            : '아직 이미지 도구 메시지를 보지 못했습니다.'
          : `${r.since ?? '?'} 이후 ${e(r, 'turnsSince')}턴 동안 이미지 도구 메시지를 알아보지 못했습니다. 그사이 이미지를 만들었다면 ChatGPT가 전송 방식을 바꿨을 수 있습니다.`,
    },
    allowance: {
      name: '이미지 한도 정보',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'reports')
            ? 'ChatGPT가 이미지 한도 정보를 평소처럼 알려 줍니다.'
            : '아직 ChatGPT가 이미지 한도 정보를 알려 준 적이 없습니다.'
          : r.since
            ? `ChatGPT가 ${r.since} 이후 이미지 한도 정보를 알려 주지 않았습니다(그 뒤 ${e(r, 'turnsSince')}턴).`
            : `ChatGPT가 ${e(r, 'turns')}턴 동안 이미지 한도 정보를 알려 주지 않았습니다.`,
    },
    bridge: {
      name: '페이지 메시지',
      verdict: (r) =>
        r.verdict === 'ok'
          ? '페이지에서 온 메시지를 읽을 수 있었습니다.'
          : `페이지에서 온 메시지 ${e(r, 'rejected')}개를 읽지 못했습니다(본 대화 턴보다 많음).`,
    },
  },
  evidence: {
    known: '아는 형식',
    unknown: '모르는 형식',
    unknownEvents: '모르는 이벤트',
    unknownOps: '모르는 연산',
    unknownEnvelopes: '모르는 프레임',
    socketTurns: '소켓 턴',
    fetchTurns: 'fetch 턴',
    checks: '확인',
    matched: '찾음',
    missed: '못 찾음',
    messages: '메시지',
    images: '이미지',
    refusals: '거절',
    cooldowns: '생성 속도 초과',
    errors: '오류',
    turnsSince: '그 뒤 턴',
    daysSince: '그 뒤 일수',
    reports: '알림',
    imageGen: 'image_gen 포함',
    turns: '턴',
    rejected: '거부',
  },
  noData: '아직 센 것이 없습니다. ChatGPT를 열고 메시지를 보내 보세요.',
  copy: '진단 정보 복사',
  save: '진단 정보 저장',
  copied: '진단 정보를 복사했습니다.',
  copyFailed: '복사하지 못했습니다. 저장을 이용하세요.',
  diagnosticsNote:
    '진단 정보에는 버전, 이 횟수들, 판정, 모르는 이름의 해시와 길이, 선택자 표만 들어갑니다. 대화 내용, ID, 주소, 토큰, 헤더는 들어가지 않습니다.',
  notice: (v) =>
    v === 'broken'
      ? '감지가 작동하지 않습니다. ChatGPT가 바뀐 것 같습니다.'
      : '감지에 일부 문제가 있습니다. ChatGPT가 바뀌었을 수 있습니다.',
  noticeLink: '상태 보기',
};

const session: SessionStrings = {
  title: '세션 가져오기',
  intro:
    'HAR 파일(DevTools → Network → “Save all as HAR”), 로그, JSON Lines 파일을 불러오세요. 오류 응답과 속도 제한 헤더가 있는 응답을 모두 분류해 시간 순서로 보여 드립니다.',
  privacy:
    '이 기기에서만, 백그라운드에서 읽으므로 페이지가 멈추지 않습니다. 쿠키, 인증 헤더, 키는 화면에 보이기 전에 가립니다. 요청 본문(프롬프트)은 보관하지 않습니다. 행을 골라 저장을 누르기 전에는 아무것도 저장되지 않습니다.',
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
  columns: {
    pick: '저장',
    time: '시각',
    status: '상태',
    owner: '한도를 정한 곳',
    bucket: '소진된 한도',
    action: '다음에 할 일',
    reset: '초기화',
    request: '요청',
    masks: '가림',
  },
  pickRow: (n) => `응답 ${n} 저장`,
  pickAll: '한도 기록 모두 선택',
  noRows: '오류 응답이나 속도 제한 헤더를 찾지 못했습니다.',
  noReset: '정보 없음',
  okRow: (remaining) =>
    `성공한 요청입니다. 속도 제한 헤더가 있어 함께 표시합니다${remaining ? ` (${remaining})` : ''}.`,
  inSeconds: (s) => `${s} 후`,
  waitUnits: { seconds: (n) => `${n}초`, minutes: (n) => `${n}분`, hours: (n) => `${n}시간` },
  bodyNotes: { binary: '바이너리 본문 제외', base64: 'base64 본문 해독함', cut: '긴 본문 잘림' },
  masksNone: '가릴 것 없음',
  masksCount: (n) => `${n}개 가림`,
  save: (n) => `${n}건을 증거로 저장`,
  saving: (done, total) => `${total}건 중 ${done}건 저장 중…`,
  saved: (created, merged, refused) =>
    `저장함: 새 기록 ${created}건, 이전 기록에 합침 ${merged}건, 한도 문제가 아님 ${refused}건.`,
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

export const ko: LocaleStrings = {
  language: {
    name: '한국어',
    tag: 'ko-KR',
    matches: (browserLanguage) => browserLanguage.toLowerCase().startsWith('ko'),
  },
  ui,
  firstRun,
  health,
  session,
};
