import type { CustomProblem, OwnerKind, ProviderStatus } from '../../providers/types.ts';
import type { RuleId, RuleResult, Verdict } from '../../health/rules.ts';

/** General settings (components/GeneralSettings.tsx). */
export interface GeneralSettingsStrings {
  /** The options page's one top heading, above General, Provider sites and Detection health. */
  pageTitle: string;
  title: string;
  notifications: string;
  notificationsHint: string;
  language: string;
  languageAuto: string;
  retention: string;
  keepAll: string;
  keepDays: string;
  days: string;
  retentionHint: string;
  screenshots: string;
  screenshotsHint: string;
}

/** The provider-sites options page (components/OptionsView.tsx). */
export interface ProviderSettingsStrings {
  title: string;
  intro: string;
  presetsTitle: string;
  customTitle: string;
  customIntro: string;
  noCustom: string;
  status: Record<ProviderStatus, string>;
  turnOn: string;
  turnOff: string;
  asksFor: string;
  notes: string;
  ownerKinds: Record<OwnerKind, string>;
  nameLabel: string;
  pagesLabel: string;
  apiLabel: string;
  patternsHint: string;
  ownerLabel: string;
  add: string;
  saveEntry: string;
  edit: string;
  remove: string;
  cancel: string;
  fieldNames: Record<CustomProblem['field'], string>;
  problems: Record<CustomProblem['problem'], string>;
  permissionDenied: string;
  failed: (message: string) => string;
  /** Why a change was refused (the background's answer), shown after `failed`. */
  unknownSite: string;
  saveFailed: string;
  tooManyCustom: (max: string) => string;
  registrationFailed: (browserError: string) => string;
}

/** Words of the health view (glossary: /work/shared/docs/glossary-ko.md). */
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
