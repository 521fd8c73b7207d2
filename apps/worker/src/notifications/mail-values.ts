/**
 * What the templates may use. Every citizen mail gets every citizen
 * placeholder (null where it does not apply), so a template can say
 * `{{#if respondBy}}` under Handlebars' strict mode; anything else is a typo
 * that MailTemplates refuses at start.
 */
export interface CitizenMailValues {
  readonly publicCode: string;
  readonly title: string;
  readonly trackingUrl: string;
  readonly unsubscribeUrl: string;
  readonly departmentName: string | null;
  /** Already formatted for the mail's language, in the municipality's time zone. */
  readonly respondBy: string | null;
  readonly question: string | null;
  readonly publicAnswer: string | null;
  /** The decision in plain words of the mail's language. */
  readonly decision: string | null;
  readonly note: string | null;
  readonly percentComplete: number | null;
}

/** Staff mails carry no citizen personal data: only the case, its deadline and who has it. */
export interface StaffMailValues {
  readonly publicCode: string;
  readonly title: string;
  readonly respondBy: string;
  /** Only in reminders. */
  readonly workingDaysLeft: number | null;
  readonly departmentName: string;
  /** The staff subject the idea is assigned to, or null. */
  readonly assignee: string | null;
}

/** A supporter's mail: the idea (its public title) and the link that confirms or withdraws the support. */
export interface SupporterMailValues {
  readonly publicCode: string;
  readonly title: string;
  readonly supportUrl: string;
}

const SUPPORTER_KEYS = { publicCode: true, title: true, supportUrl: true } as const satisfies Record<keyof SupporterMailValues, true>;

/** The follow-up question: the idea, the page that asks it, and the one-click unsubscribe as in every citizen mail. */
export interface FollowUpMailValues {
  readonly publicCode: string;
  readonly title: string;
  readonly satisfactionUrl: string;
  readonly unsubscribeUrl: string;
}

const FOLLOW_UP_KEYS = { publicCode: true, title: true, satisfactionUrl: true, unsubscribeUrl: true } as const satisfies Record<keyof FollowUpMailValues, true>;

const CITIZEN_KEYS = {
  publicCode: true,
  title: true,
  trackingUrl: true,
  unsubscribeUrl: true,
  departmentName: true,
  respondBy: true,
  question: true,
  publicAnswer: true,
  decision: true,
  note: true,
  percentComplete: true,
} as const satisfies Record<keyof CitizenMailValues, true>;

const STAFF_KEYS = {
  publicCode: true,
  title: true,
  respondBy: true,
  workingDaysLeft: true,
  departmentName: true,
  assignee: true,
} as const satisfies Record<keyof StaffMailValues, true>;

export const CITIZEN_PLACEHOLDERS: ReadonlySet<string> = new Set(Object.keys(CITIZEN_KEYS));
export const STAFF_PLACEHOLDERS: ReadonlySet<string> = new Set(Object.keys(STAFF_KEYS));
export const SUPPORTER_PLACEHOLDERS: ReadonlySet<string> = new Set(Object.keys(SUPPORTER_KEYS));
export const FOLLOW_UP_PLACEHOLDERS: ReadonlySet<string> = new Set(Object.keys(FOLLOW_UP_KEYS));
