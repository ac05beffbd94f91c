/**
 * What the service worker says itself, in Korean: the reset notice and the "Save as limit evidence" menu item and
 * notices. Kept apart from the pages' words so the worker loads only these (lib/i18n/background-strings.ts).
 */
import type { BackgroundStrings } from '../types/index.ts';
import { owners } from './card.ts';

export const background: BackgroundStrings = {
  notifyTitle: '이미지 생성을 지금쯤 다시 사용할 수 있습니다',
  notifyBody: (site, time) => `${site}의 한도가 ${time}에 초기화되었습니다 (예정 시각 기준).`,
  manualCapture: {
    menuTitle: '한도 증거로 저장',
    savedTitle: '한도 증거로 저장했습니다',
    savedBody: (owner) => `${owner}. Limit Lens에서 문제 보고 자료를 확인하세요.`,
    failedTitle: '선택한 텍스트를 저장하지 못했습니다',
  },
  owners,
};
