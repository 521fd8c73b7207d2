export { CitizenNotificationHandler } from './citizen-notification.handler';
export { DeadlineEscalationHandler } from './deadline-escalation.handler';
export { MailTemplates, MailTemplateError, type RenderedMail } from './mail-templates';
export { Mailer, type OutgoingMail, type SendOutcome } from './mailer';
export { StaffNotifications, type DeadlineEscalation, type DeadlineReminder, type StaffMailOutcome } from './staff-notifications';
export { NOTIFICATION_JOB_HANDLERS, NOTIFICATION_PROVIDERS } from './notification-providers';
export type { CitizenMailValues, StaffMailValues } from './mail-values';
export type { CitizenTemplateName, MailTemplateName, StaffTemplateName } from './mail-template-names';
