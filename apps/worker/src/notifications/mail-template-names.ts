import { CITIZEN_MAIL_KINDS, type CitizenMailKind, STAFF_MAIL_KINDS, type StaffMailKind } from '@civic/casework';

export type CitizenTemplateName = `citizen-${CitizenMailKind}`;
export type StaffTemplateName = `staff-${StaffMailKind}`;
export type MailTemplateName = CitizenTemplateName | StaffTemplateName;

export const citizenTemplate = (kind: CitizenMailKind): CitizenTemplateName => `citizen-${kind}`;
export const staffTemplate = (kind: StaffMailKind): StaffTemplateName => `staff-${kind}`;

/** Every template there must be, per language. */
export const MAIL_TEMPLATE_NAMES: readonly MailTemplateName[] = [...CITIZEN_MAIL_KINDS.map(citizenTemplate), ...STAFF_MAIL_KINDS.map(staffTemplate)];

export const isCitizenTemplate = (name: MailTemplateName): name is CitizenTemplateName => name.startsWith('citizen-');
