/** The options page in Korean: general settings, provider sites and detection health. */
import type { GeneralSettingsStrings, HealthStrings, ProviderSettingsStrings } from '../types/index.ts';
import { evidenceCount as e } from '../../health/rules.ts';

export const generalSettings: GeneralSettingsStrings = {
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
    '브라우저가 허용하는 경우에만 찍습니다. “한도 증거로 저장”으로 저장한 텍스트는 항상, 자동으로 저장된 기록은 페이지를 연 뒤 Limit Lens 버튼을 누른 탭에서만 ' +
    '찍힙니다. 앞에 보이는 탭만 찍으며, 이 기기에만 저장되고 기록의 문제 보고 자료에 표시됩니다. 화면에 보이는 모든 것이 찍히며 내보낼 때 가려지지 않습니다.',
};

export const providerSettings: ProviderSettingsStrings = {
  title: '제공업체 사이트',
  intro:
    'ChatGPT 밖에서 이미지를 만드는 사이트를 켜세요. 각 사이트는 직접 켜기 전까지 꺼져 있으며, 켤 때 브라우저가 해당 사이트와 API에 대한 접근 권한을 묻습니다. ' +
    '동의하기 전에는 아무것도 실행되지 않습니다. Limit Lens는 페이지 자체의 오류 응답과 헤더만 읽고, 직접 요청을 보내지 않습니다.',
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
  registrationFailed: (browserError) => `브라우저가 이 사이트에서 Limit Lens를 실행하지 못했습니다 (${browserError}).`,
};

export const health: HealthStrings = {
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
