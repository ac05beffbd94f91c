/** The welcome page and the popup's "what's new" line in Korean. */
import type { FirstRunStrings } from '../types/index.ts';

export const firstRun: FirstRunStrings = {
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
      'OpenAI 플랫폼, Azure OpenAI, OpenRouter, fal, Replicate, Google AI Studio와 직접 추가한 사이트는 켜기 전까지 꺼져 ' +
      '있으며, 켤 때 그 사이트에 대한 접근 권한만 브라우저에 요청합니다.',
    providersLink: '제공자 사이트 켜기',
    pinHint: 'Limit Lens를 도구 모음에 고정하세요. 배지에 한도가 초기화되기까지 남은 시간이 표시됩니다.',
  },
  whatsNew: {
    '0.2.0':
      '0.2.0의 새 기능: ChatGPT가 실시간 연결로 보내는 중단도 수집하고, 내보내기에서 더 많은 종류의 비밀 정보를 가립니다.',
  },
  whatsNewDismiss: '닫기',
};
