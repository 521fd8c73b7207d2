import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { ideaStreamId, type IdeaSubmittedData } from '@civic/ideas';
import { type JobsConfig, WorkingDayCalendar } from '@civic/platform';
import { maskPersonalData } from '@civic/projections';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';
import { departmentName } from './department-names';
import { formatDeadline } from './mail-dates';
import { staffTemplate } from './mail-template-names';
import { MailTemplates } from './mail-templates';
import type { StaffMailValues } from './mail-values';
import { Mailer, type SendOutcome } from './mailer';
import { leadAddress, staffAddress } from './staff-addresses';

export interface DeadlineEscalation {
  /** The job's id: the mail goes out once per key. */
  readonly mailKey: string;
  readonly ideaId: string;
  readonly publicCode: string;
  readonly title: string;
  readonly department: string;
  /** Staff subject, or null. */
  readonly assignee: string | null;
  /** ISO instant of the deadline. */
  readonly respondBy: string;
}

export interface DeadlineReminder extends DeadlineEscalation {
  readonly workingDaysLeft: number;
}

/** 'no-recipient': nobody has an address on file; a retry would not find one, so it is not an error. */
export type StaffMailOutcome = SendOutcome | 'no-recipient';

/** Deadline mails to staff, in STAFF_MAIL_LANGUAGE. They carry the case, never the citizen's personal data. */
@Injectable()
export class StaffNotifications {
  private readonly logger = new Logger('StaffNotifications');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(MailTemplates) private readonly templates: MailTemplates,
  ) {}

  /** To whoever has the case: the assignee at their own address, else the department lead. */
  async remind(reminder: DeadlineReminder): Promise<StaffMailOutcome> {
    const assigneeAddress = reminder.assignee ? await staffAddress(this.pool, reminder.assignee) : null;
    const to = assigneeAddress ?? (await leadAddress(this.pool, reminder.department));
    return this.send('deadline-reminder', reminder, to ? [to] : [], [], reminder.workingDaysLeft);
  }

  /** To the department lead, with the assignee in copy (or to the assignee alone when the department has no lead on file). */
  async escalate(escalation: DeadlineEscalation): Promise<StaffMailOutcome> {
    const lead = await leadAddress(this.pool, escalation.department);
    const assigneeAddress = escalation.assignee ? await staffAddress(this.pool, escalation.assignee) : null;
    const to = lead ?? assigneeAddress;
    const cc = lead && assigneeAddress && assigneeAddress !== lead ? [assigneeAddress] : [];
    return this.send('deadline-missed', escalation, to ? [to] : [], cc, null);
  }

  private async send(
    kind: 'deadline-reminder' | 'deadline-missed',
    about: DeadlineEscalation,
    to: string[],
    cc: string[],
    workingDaysLeft: number | null,
  ): Promise<StaffMailOutcome> {
    if (to.length === 0) {
      this.logger.warn(`No address for the ${kind} mail about idea ${about.ideaId} in department ${about.department}: set the department's lead_email`);
      return 'no-recipient';
    }
    const language = this.config.staffMailLanguage;
    const template = staffTemplate(kind);
    const values: StaffMailValues = {
      publicCode: about.publicCode,
      title: await this.maskedTitle(about.ideaId, about.title),
      respondBy: formatDeadline(about.respondBy, language, this.calendar.options.timeZone),
      workingDaysLeft,
      departmentName: await departmentName(this.pool, about.department),
      assignee: about.assignee,
    };
    const { subject, text } = this.templates.render(language, template, values);
    return this.mailer.sendOnce(about.mailKey, { to, cc, language, template, subject, text });
  }

  /**
   * A mail cannot be erased with the citizen's data key, so the title goes out
   * with the submitter's own name (where they wrote it) and any address or
   * number masked, as on the public page.
   */
  private async maskedTitle(ideaId: string, title: string): Promise<string> {
    const [first] = await this.store.readStream(ideaStreamId(ideaId));
    const spans = first?.type === 'IdeaSubmitted' ? (first.data as IdeaSubmittedData).submitterNameSpans?.title : undefined;
    return maskPersonalData(title, { nameSpans: spans ?? [] });
  }
}
