/**
 * Words of the health view (components/HealthSection.tsx), the popup's health notice and the diagnostics button,
 * in English and Korean (glossary: /work/shared/docs/glossary-ko.md). Kept apart from strings.ts so the health
 * check's wording can change without touching the rest of the interface.
 */
import type { RuleId, RuleResult, Verdict } from '../health/rules.ts';
import type { UiLocale } from './strings.ts';

export interface HealthStrings {
  title: string;
  intro: string;
  verdicts: Record<Verdict, string>;
  rules: Record<RuleId, { name: string; verdict: (r: RuleResult) => string }>;
  /** Labels of the evidence counts, by evidence key. */
  evidence: Record<string, string>;
  noData: string;
  copy: string;
  save: string;
  copied: string;
  copyFailed: string;
  diagnosticsNote: string;
  /** The popup's one line when something is degraded or broken. */
  notice: (verdict: Exclude<Verdict, 'ok'>) => string;
  noticeLink: string;
}

const e = (r: RuleResult, k: string): number => r.evidence[k] ?? 0;

const EN: HealthStrings = {
  title: 'Detection health',
  intro:
    'Limit Lens checks, on this device, that it still recognises how ChatGPT sends its replies: it counts what it recognised (never what was said) for 30 days.',
  verdicts: { ok: 'OK', degraded: 'Degraded', broken: 'Broken' },
  rules: {
    'stream-format': {
      name: 'Stream format',
      verdict: (r) =>
        r.verdict === 'ok'
          ? 'Every turn streamed in a format we know.'
          : r.verdict === 'broken'
            ? `Turns streamed, but none in a stream format we know (${e(r, 'unknown')} turns). Stops may go unnoticed.`
            : `${e(r, 'unknown')} turns streamed in a format we do not know; ${e(r, 'known')} were read.`,
    },
    transport: {
      name: 'Socket',
      verdict: (r) =>
        r.verdict === 'ok'
          ? 'Socket frames came in envelopes we know.'
          : r.verdict === 'broken'
            ? `Socket frames came in an envelope we do not know (${e(r, 'unknownEnvelopes')}), and no turn was read from the socket.`
            : `Some socket frames came in an envelope we do not know (${e(r, 'unknownEnvelopes')}); ${e(r, 'socketTurns')} turns were read from the socket.`,
    },
    selectors: {
      name: 'Page markup',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'checks')
            ? 'Assistant replies were found on the page.'
            : 'No reply checked yet.'
          : `Assistant replies were matched by none of our selectors after ${e(r, 'missed')} of ${e(r, 'checks')} turns. The text you saw may be missing from stops.`,
    },
    'image-tool': {
      name: 'Image tool',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'messages')
            ? `Image-tool messages recognised: ${e(r, 'messages')}.`
            : 'No image-tool message seen yet.'
          : `No image-tool message recognised since ${r.since ?? '?'}, over ${e(r, 'turnsSince')} turns. If you made images since then, ChatGPT may have changed how it sends them.`,
    },
    allowance: {
      name: 'Image allowance',
      verdict: (r) =>
        r.verdict === 'ok'
          ? e(r, 'reports')
            ? 'ChatGPT reports the image allowance as expected.'
            : 'ChatGPT has not reported the image allowance yet.'
          : r.since
            ? `ChatGPT reported no image allowance since ${r.since} (${e(r, 'turnsSince')} turns since).`
            : `ChatGPT reported no image allowance in ${e(r, 'turns')} turns.`,
    },
    bridge: {
      name: 'Page messages',
      verdict: (r) =>
        r.verdict === 'ok' ? 'Messages from the page were readable.' : `${e(r, 'rejected')} messages from the page could not be read (more than the turns seen).`,
    },
  },
  evidence: {
    known: 'known format',
    unknown: 'unknown format',
    unknownEvents: 'unknown events',
    unknownOps: 'unknown ops',
    unknownEnvelopes: 'unknown envelopes',
    socketTurns: 'socket turns',
    fetchTurns: 'fetch turns',
    checks: 'checked',
    matched: 'matched',
    missed: 'missed',
    messages: 'messages',
    images: 'images',
    refusals: 'refusals',
    cooldowns: 'cooldowns',
    errors: 'errors',
    turnsSince: 'turns since',
    daysSince: 'days since',
    reports: 'reports',
    imageGen: 'with image_gen',
    turns: 'turns',
    rejected: 'rejected',
  },
  noData: 'Nothing counted yet: open ChatGPT and send a message.',
  copy: 'Copy diagnostics',
  save: 'Save diagnostics',
  copied: 'Diagnostics copied.',
  copyFailed: 'Could not copy: use Save instead.',
  diagnosticsNote:
    'Diagnostics hold the versions, these counts, the verdicts, unknown names as hashes with their lengths, and the selector table. No conversation text, ids, addresses, tokens or headers.',
  notice: (v) => (v === 'broken' ? 'Detection is broken: ChatGPT seems to have changed.' : 'Detection is degraded: ChatGPT may have changed.'),
  noticeLink: 'See health',
};

const KO: HealthStrings = {
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
        r.verdict === 'ok' ? '페이지에서 온 메시지를 읽을 수 있었습니다.' : `페이지에서 온 메시지 ${e(r, 'rejected')}개를 읽지 못했습니다(본 대화 턴보다 많음).`,
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
  notice: (v) => (v === 'broken' ? '감지가 작동하지 않습니다. ChatGPT가 바뀐 것 같습니다.' : '감지에 일부 문제가 있습니다. ChatGPT가 바뀌었을 수 있습니다.'),
  noticeLink: '상태 보기',
};

export const HEALTH_STRINGS: Record<UiLocale, HealthStrings> = { en: EN, ko: KO };
