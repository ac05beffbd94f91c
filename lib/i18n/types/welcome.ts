import type { UserVisibleVersion } from '../../first-run/first-run.ts';

/** The welcome page and the popup's "what's new" line. */
export interface FirstRunStrings {
  welcome: {
    pageTitle: string;
    title: string;
    intro: string;
    capturedTitle: string;
    captured: string[];
    privacyTitle: string;
    /** The privacy promise, in two lines. */
    privacy: [string, string];
    demoTitle: string;
    demoBody: string;
    demoLink: string;
    providersTitle: string;
    providersBody: string;
    providersLink: string;
    pinHint: string;
  };
  /** One line per user-visible version (lib/first-run/first-run.ts USER_VISIBLE_VERSIONS). */
  whatsNew: Record<UserVisibleVersion, string>;
  whatsNewDismiss: string;
}
