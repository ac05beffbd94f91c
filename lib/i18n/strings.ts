/**
 * Every word the UI shows, in English and Korean. Owner, bucket and action texts follow the domain labels.
 * A ChatGPT app explanation never uses API tier vocabulary (TPM, IPM, RPM, tiers): the bucket texts for
 * app-* buckets are written to stay clear of it, and a test checks it.
 */
import type { Action, Bucket, Owner } from '../domain/labels.ts';

export type UiLocale = 'en' | 'ko';

export interface UiStrings {
  appTitle: string;
  emptyTitle: string;
  emptyBody: string;
  latest: string;
  recent: string;
  owner: string;
  ranOut: string;
  nextStep: string;
  resetsIn: string;
  resetAt: (time: string) => string;
  resetting: string;
  available: string;
  possiblyReset: string;
  noResetStated: string;
  noCountdownWhy: string;
  whatYouSaw: string;
  rawEvidence: string;
  why: string;
  seenTimes: (n: number) => string;
  seenAt: (when: string) => string;
  confidence: Record<'high' | 'medium' | 'low', string>;
  resetSource: string;
  apiRouteTitle: string;
  apiRouteBody: string;
  delete: string;
  loadError: string;
  saveFailed: string;
  notifyTitle: string;
  notifyBody: (site: string, time: string) => string;
  allowanceTitle: string;
  allowanceLeft: (n: number) => string;
  allowanceResets: (time: string) => string;
  allowanceNotReported: string;
  allowanceSource: (when: string) => string;
  owners: Record<Owner, string>;
  buckets: Record<Bucket, string>;
  actions: Record<Action, string>;
  actionDetails: Record<Action, string>;
}

const en: UiStrings = {
  appTitle: 'Limit Lens',
  emptyTitle: 'No stops captured yet',
  emptyBody:
    'When image generation stops on ChatGPT, Limit Lens records the message here and tells you who owns the limit and what to do next. Everything stays on this device.',
  latest: 'Latest stop',
  recent: 'Recent stops',
  owner: 'Who owns this limit',
  ranOut: 'What ran out',
  nextStep: 'Next step',
  resetsIn: 'Resets in',
  resetAt: (time) => `at ${time} (your time)`,
  resetting: 'Resetting…',
  available: 'Should be available again',
  possiblyReset: 'That time has already passed: the limit may have reset. Try once before waiting again.',
  noResetStated: 'The message states no reset time.',
  noCountdownWhy: 'Waiting will not change this: there is no countdown.',
  whatYouSaw: 'What you saw',
  rawEvidence: 'Captured evidence',
  why: 'Why Limit Lens says so',
  seenTimes: (n) => (n === 1 ? 'seen once' : `seen ${n} times`),
  seenAt: (when) => `seen ${when}`,
  confidence: { high: 'certain (structured signal)', medium: 'likely (clear wording)', low: 'uncertain (weak wording)' },
  resetSource: 'source',
  apiRouteTitle: 'Need images at volume?',
  apiRouteBody:
    'The OpenAI API is an alternative for batch generation, monitoring, stored outputs or automation. It is a separate contract with its own billing, limits, verification and logging duties, and it does not lift this ChatGPT limit.',
  delete: 'Delete',
  loadError: 'Could not load saved stops.',
  saveFailed: 'The latest stop could not be saved. Free some disk space; what was already saved is intact.',
  notifyTitle: 'Image generation should be available again',
  notifyBody: (site, time) => `The limit on ${site} was due to reset at ${time}.`,
  allowanceTitle: 'Images left, as ChatGPT reported',
  allowanceLeft: (n) => (n === 1 ? '1 image left' : `${n} images left`),
  allowanceResets: (time) => `resets ${time}`,
  allowanceNotReported: 'Not reported: ChatGPT has not sent a remaining count on this device yet.',
  allowanceSource: (when) => `source: limits_progress, seen ${when}`,
  owners: {
    'chatgpt-app': 'ChatGPT (your plan and account)',
    'openai-api': 'OpenAI API (your organization and project)',
    'openai-billing': 'OpenAI billing (monthly budget or credits)',
    'openai-access': 'OpenAI access (verification, model access, permissions)',
    azure: 'Azure OpenAI (your Microsoft subscription and deployment)',
    provider: 'A third-party provider',
    'content-policy': 'Content policy — not a limit',
    'service-load': 'Temporary overload — not a quota',
    unknown: 'Not enough evidence to say',
  },
  buckets: {
    'app-image-quota': 'Image generations allowed by your ChatGPT plan',
    'app-image-cooldown': 'Image pace: too many images in a short time',
    'app-message-cap': 'Messages allowed in this period',
    'app-feature-cap': 'A ChatGPT feature’s own allowance',
    'app-account-throttle': 'Requests from your account in a short time',
    'app-login-required': 'Image creation needs you to be logged in',
    'message-too-long': 'The message was too long',
    'api-requests-per-minute': 'API requests per minute (RPM)',
    'api-requests-per-day': 'API requests per day (RPD)',
    'api-tokens-per-minute': 'API tokens per minute (TPM)',
    'api-tokens-per-day': 'API tokens per day (TPD)',
    'api-images-per-minute': 'API images per minute (IPM)',
    'api-input-images': 'API input images',
    'api-enqueued-tokens': 'Batch enqueued tokens',
    'api-rate-unspecified': 'An API rate limit',
    'api-no-tier-access': 'No image access at your API tier (limit 0)',
    'billing-quota': 'API credits or quota',
    'billing-hard-limit': 'Monthly API budget (hard limit)',
    'org-verification': 'Organization verification',
    'model-access': 'Access to this model',
    login: 'Sign-in',
    'azure-call-rate': 'Azure deployment call rate',
    'azure-token-rate': 'Azure deployment token rate',
    'azure-daily-quota': 'Azure daily quota',
    'azure-resource-blocked': 'Azure resource blocked',
    'provider-credits': 'Provider credits or balance',
    'provider-rate': 'Provider rate limit',
    'provider-quota': 'Provider quota',
    'provider-account-locked': 'Provider account locked',
    'content-policy': 'Nothing ran out: the request was refused',
    'service-overload': 'Nothing ran out: the service is busy',
    'edge-rate-limit': 'A network edge limit, not your plan',
    unknown: 'Unknown',
  },
  actions: {
    wait: 'Wait for the reset',
    simplify: 'Change the request',
    'retry-later': 'Retry later, not in a loop',
    'reduce-throughput': 'Slow down',
    'fix-billing': 'Fix billing',
    'get-access': 'Get access',
    'owner-console': 'Use the owner’s console',
  },
  actionDetails: {
    wait: 'Retrying or upgrading mid-wait does not help; the limit lifts at the reset.',
    simplify: 'Rephrase a refused prompt, or ask for fewer or smaller images.',
    'retry-later': 'This is temporary. Try again in a while, with growing pauses.',
    'reduce-throughput': 'Lower concurrency, queue requests and follow the reset headers; consider a higher tier.',
    'fix-billing': 'Raise the monthly limit, add credits or a payment method. Retries create no budget.',
    'get-access': 'Verify the organization, check model access, project permissions or the endpoint, or log in.',
    'owner-console': 'The fix lives in the owner’s own console (Azure portal quota, the provider’s dashboard).',
  },
};

const ko: UiStrings = {
  appTitle: 'Limit Lens',
  emptyTitle: '아직 기록된 중단이 없습니다',
  emptyBody:
    'ChatGPT에서 이미지 생성이 멈추면 Limit Lens가 메시지를 여기에 기록하고, 누가 한도를 관리하는지와 다음에 할 일을 알려 줍니다. 모든 기록은 이 기기에만 저장됩니다.',
  latest: '최근 중단',
  recent: '이전 중단',
  owner: '한도 관리 주체',
  ranOut: '소진된 한도',
  nextStep: '다음 단계',
  resetsIn: '초기화까지',
  resetAt: (time) => `${time} (현지 시각)`,
  resetting: '초기화 중…',
  available: '다시 사용할 수 있을 것입니다',
  possiblyReset: '표시된 시각이 이미 지났습니다. 한도가 초기화되었을 수 있으니 다시 기다리기 전에 한 번 시도해 보세요.',
  noResetStated: '메시지에 초기화 시각이 없습니다.',
  noCountdownWhy: '기다려도 해결되지 않으므로 카운트다운이 없습니다.',
  whatYouSaw: '화면에 표시된 문구',
  rawEvidence: '수집된 증거',
  why: '판단 근거',
  seenTimes: (n) => (n === 1 ? '1회 발생' : `${n}회 발생`),
  seenAt: (when) => `${when}에 확인`,
  confidence: { high: '확실 (구조화된 신호)', medium: '가능성 높음 (명확한 문구)', low: '불확실 (약한 문구)' },
  resetSource: '출처',
  apiRouteTitle: '이미지를 대량으로 만들어야 하나요?',
  apiRouteBody:
    '일괄 생성, 모니터링, 결과 저장, 자동화가 필요하다면 OpenAI API를 대안으로 검토할 수 있습니다. API는 별도의 결제, 한도, 인증, 로그 관리 의무가 있는 별개의 계약이며, 이 ChatGPT 한도를 풀어 주지 않습니다.',
  delete: '삭제',
  loadError: '저장된 기록을 불러오지 못했습니다.',
  saveFailed: '최근 중단을 저장하지 못했습니다. 디스크 공간을 확보하세요. 이미 저장된 기록은 그대로입니다.',
  notifyTitle: '이미지 생성을 다시 사용할 수 있을 것입니다',
  notifyBody: (site, time) => `${site}의 한도가 ${time}에 초기화될 예정이었습니다.`,
  allowanceTitle: 'ChatGPT가 알려 준 남은 이미지 수',
  allowanceLeft: (n) => `${n}장 남음`,
  allowanceResets: (time) => `${time}에 초기화`,
  allowanceNotReported: '보고되지 않음: 이 기기에서 ChatGPT가 아직 남은 횟수를 보내지 않았습니다.',
  allowanceSource: (when) => `출처: limits_progress, ${when}에 확인`,
  owners: {
    'chatgpt-app': 'ChatGPT (요금제와 계정)',
    'openai-api': 'OpenAI API (조직과 프로젝트)',
    'openai-billing': 'OpenAI 결제 (월간 예산 또는 크레딧)',
    'openai-access': 'OpenAI 접근 권한 (인증, 모델 접근, 권한)',
    azure: 'Azure OpenAI (Microsoft 구독과 배포)',
    provider: '외부 제공업체',
    'content-policy': '콘텐츠 정책 — 한도가 아님',
    'service-load': '일시적 과부하 — 할당량이 아님',
    unknown: '판단할 근거가 부족함',
  },
  buckets: {
    'app-image-quota': 'ChatGPT 요금제의 이미지 생성 횟수',
    'app-image-cooldown': '이미지 생성 속도: 짧은 시간에 너무 많은 이미지',
    'app-message-cap': '이 기간에 보낼 수 있는 메시지 수',
    'app-feature-cap': 'ChatGPT 기능별 사용 한도',
    'app-account-throttle': '짧은 시간에 계정에서 보낸 요청 수',
    'app-login-required': '이미지 생성에는 로그인이 필요함',
    'message-too-long': '메시지가 너무 김',
    'api-requests-per-minute': 'API 분당 요청 수 (RPM)',
    'api-requests-per-day': 'API 일일 요청 수 (RPD)',
    'api-tokens-per-minute': 'API 분당 토큰 수 (TPM)',
    'api-tokens-per-day': 'API 일일 토큰 수 (TPD)',
    'api-images-per-minute': 'API 분당 이미지 수 (IPM)',
    'api-input-images': 'API 입력 이미지 수',
    'api-enqueued-tokens': '배치 대기열 토큰 수',
    'api-rate-unspecified': 'API 속도 제한',
    'api-no-tier-access': '현재 API 등급에서 이미지 사용 불가 (한도 0)',
    'billing-quota': 'API 크레딧 또는 할당량',
    'billing-hard-limit': '월간 API 예산 (하드 리밋)',
    'org-verification': '조직 인증',
    'model-access': '이 모델에 대한 접근 권한',
    login: '로그인',
    'azure-call-rate': 'Azure 배포 호출 속도',
    'azure-token-rate': 'Azure 배포 토큰 속도',
    'azure-daily-quota': 'Azure 일일 할당량',
    'azure-resource-blocked': 'Azure 리소스 차단',
    'provider-credits': '제공업체 크레딧 또는 잔액',
    'provider-rate': '제공업체 속도 제한',
    'provider-quota': '제공업체 할당량',
    'provider-account-locked': '제공업체 계정 잠금',
    'content-policy': '소진된 것은 없음: 요청이 거부됨',
    'service-overload': '소진된 것은 없음: 서비스가 혼잡함',
    'edge-rate-limit': '네트워크 경계 제한 (요금제와 무관)',
    unknown: '알 수 없음',
  },
  actions: {
    wait: '초기화까지 기다리기',
    simplify: '요청 바꾸기',
    'retry-later': '나중에 다시 시도 (반복 재시도 금지)',
    'reduce-throughput': '요청 속도 낮추기',
    'fix-billing': '결제 문제 해결',
    'get-access': '접근 권한 확보',
    'owner-console': '관리 주체의 콘솔 사용',
  },
  actionDetails: {
    wait: '기다리는 동안 재시도하거나 업그레이드해도 소용없습니다. 초기화 시각에 한도가 풀립니다.',
    simplify: '거부된 프롬프트를 바꾸거나, 더 적거나 작은 이미지를 요청하세요.',
    'retry-later': '일시적인 문제입니다. 간격을 늘려 가며 잠시 후 다시 시도하세요.',
    'reduce-throughput': '동시 요청을 줄이고 대기열을 두며 reset 헤더를 따르세요. 상위 등급도 검토하세요.',
    'fix-billing': '월간 한도를 올리거나 크레딧·결제 수단을 추가하세요. 재시도로는 예산이 생기지 않습니다.',
    'get-access': '조직 인증, 모델 접근, 프로젝트 권한, 엔드포인트를 확인하거나 로그인하세요.',
    'owner-console': '해결 방법은 관리 주체의 콘솔(Azure 포털 할당량, 제공업체 대시보드)에 있습니다.',
  },
};

export const STRINGS: Record<UiLocale, UiStrings> = { en, ko };

/** Korean when the browser runs in Korean, English otherwise. */
export function pickLocale(language: string | undefined): UiLocale {
  return language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
