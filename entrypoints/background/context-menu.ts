import type { ClassifyInput, Classification } from '@/lib/domain/labels.ts';
import { saveSelection, SAVE_SELECTION_MENU_ID } from '@/lib/evidence/manual-capture.ts';
import type { createScreenshotTaker } from '@/lib/evidence/screenshot.ts';
import type { LimitLensDb } from '@/lib/storage/db.ts';
import { backgroundStrings } from './locale.ts';
import { notifyManualCapture } from './notifications.ts';

export interface ContextMenuDeps {
  db: LimitLensDb;
  classify: (input: ClassifyInput, options: { now: Date }) => Classification;
  stopsChanged: () => void;
  screenshots: ReturnType<typeof createScreenshotTaker>;
}

const menuTitle = async () => (await backgroundStrings()).manualCapture.menuTitle;

/**
 * Manual capture: "Save as limit evidence" on selected text, on any page. The selection arrives with the click:
 * no host permission, no script on the page. The click also grants activeTab, which the screenshot uses.
 */
export function setUpContextMenu(deps: ContextMenuDeps): { retitle: () => void } {
  const createMenu = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: SAVE_SELECTION_MENU_ID, title: await menuTitle(), contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU_ID) return;
    const result = await saveSelection(
      { db: deps.db, classify: deps.classify },
      { selectionText: info.selectionText, pageUrl: info.pageUrl, seenAt: Date.now() },
    );
    const stop = result.ok ? await deps.db.stops.get(result.id) : undefined;
    if (result.ok) {
      deps.stopsChanged();
      // The click's activeTab grant lets the opt-in screenshot picture this page, at once.
      if (stop)
        void deps.screenshots(
          {
            layer: 'manual',
            kinds: stop.evidence.kinds,
            ...(stop.visibleText ? { visibleText: stop.visibleText } : {}),
          },
          result,
          tab,
        );
    }
    await notifyManualCapture(result, stop);
  });
  // A new language renames the menu item.
  return {
    retitle: () =>
      void menuTitle().then((title) => browser.contextMenus.update(SAVE_SELECTION_MENU_ID, { title }).catch(() => {})),
  };
}
