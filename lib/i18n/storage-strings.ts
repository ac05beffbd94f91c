/**
 * What the pages say when the database belongs to a newer release (lib/storage/db.ts refuses it), in English and
 * Korean. Kept apart from strings.ts: it is one notice, shown by every page that reads the database.
 */
import type { UiLocale } from './strings.ts';

export interface StorageStrings {
  /** The notice in place of the list: nothing is lost, and what to do. */
  newerSchema: (keptAside: number) => string;
}

export const STORAGE_STRINGS: Record<UiLocale, StorageStrings> = {
  en: {
    newerSchema: (kept) =>
      'Your saved stops were written by a newer version of Limit Lens, so this version leaves them untouched. ' +
      'Update Limit Lens to see them again.' +
      (kept > 0 ? ` ${kept === 1 ? 'One new stop is' : `${kept} new stops are`} kept aside until then.` : ''),
  },
  ko: {
    newerSchema: (kept) =>
      '저장된 기록은 더 새로운 버전의 Limit Lens가 만든 것이라, 이 버전은 기록을 그대로 둡니다. ' +
      'Limit Lens를 업데이트하면 다시 볼 수 있습니다.' +
      (kept > 0 ? ` 그때까지 새 기록 ${kept}건은 따로 보관합니다.` : ''),
  },
};
