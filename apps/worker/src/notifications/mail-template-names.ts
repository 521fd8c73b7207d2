import { CITIZEN_MAIL_KINDS, type CitizenMailKind, STAFF_MAIL_KINDS, type StaffMailKind } from '@civic/casework';

export type CitizenTemplateName = `citizen-${CitizenMailKind}`;
export type StaffTemplateName = `staff-${StaffMailKind}`;
/** Mails to a supporter (who is not the idea's submitter): the confirmation link of their support. */
export const SUPPORTER_TEMPLATE_NAMES = ['supporter-confirmation'] as const;
export type SupporterTemplateName = (typeof SUPPORTER_TEMPLATE_NAMES)[number];
/** The follow-up question to the submitter, some weeks after the answer or the implementation. */
export const FOLLOW_UP_TEMPLATE_NAMES = ['satisfaction-question'] as const;
export type FollowUpTemplateName = (typeof FOLLOW_UP_TEMPLATE_NAMES)[number];
export type MailTemplateName = CitizenTemplateName | StaffTemplateName | SupporterTemplateName | FollowUpTemplateName;

export const citizenTemplate = (kind: CitizenMailKind): CitizenTemplateName => `citizen-${kind}`;
export const staffTemplate = (kind: StaffMailKind): StaffTemplateName => `staff-${kind}`;

/** Every template there must be, per language. */
export const MAIL_TEMPLATE_NAMES: readonly MailTemplateName[] = [
  ...CITIZEN_MAIL_KINDS.map(citizenTemplate),
  ...STAFF_MAIL_KINDS.map(staffTemplate),
  ...SUPPORTER_TEMPLATE_NAMES,
  ...FOLLOW_UP_TEMPLATE_NAMES,
];

export const isCitizenTemplate = (name: MailTemplateName): name is CitizenTemplateName => name.startsWith('citizen-');
export const isSupporterTemplate = (name: MailTemplateName): name is SupporterTemplateName => name.startsWith('supporter-');
export const isFollowUpTemplate = (name: MailTemplateName): name is FollowUpTemplateName => name.startsWith('satisfaction-');
