import type { Provider } from '@nestjs/common';
import type { JobsConfig } from '@civic/platform';
import { JOBS_CONFIG } from '../worker-tokens';
import { CitizenNotificationHandler } from './citizen-notification.handler';
import { DeadlineEscalationHandler } from './deadline-escalation.handler';
import { MailTemplates } from './mail-templates';
import { Mailer } from './mailer';
import { StaffNotifications } from './staff-notifications';

/** The e-mail services. Needs JOBS_CONFIG, WORKER_POOL, EVENT_STORE and WorkingDayCalendar from the module. */
export const NOTIFICATION_PROVIDERS: Provider[] = [
  // Loaded when the module starts: a missing template stops the worker there.
  { provide: MailTemplates, useFactory: (config: JobsConfig) => MailTemplates.load(config), inject: [JOBS_CONFIG] },
  Mailer,
  StaffNotifications,
];

/** The job handlers of this folder; the jobs module lists them with the others (not in NOTIFICATION_PROVIDERS, so none is provided twice). */
export const NOTIFICATION_JOB_HANDLERS = [CitizenNotificationHandler, DeadlineEscalationHandler] as const;
