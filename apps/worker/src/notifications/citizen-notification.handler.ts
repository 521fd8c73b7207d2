import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { type JobsConfig, WorkingDayCalendar } from '@civic/platform';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';
import { citizenLinks } from './citizen-links';
import { citizenMailContent } from './citizen-mail-content';
import { decisionInWords } from './decision-words';
import { departmentName } from './department-names';
import { loadIdeaWithEvent } from './idea-event-at';
import { formatDeadline } from './mail-dates';
import { citizenTemplate } from './mail-template-names';
import { MailTemplates } from './mail-templates';
import { Mailer } from './mailer';
import type { Idea, TypedSubmission } from '@civic/ideas';
import { ERASED, PersonalDataVault, IdeaRepository, TrackingTokens, SubmitterContacts, type CitizenNotificationJob } from '@civic/casework';

/**
 * Tells the citizen about one event of their idea. The event gives the
 * content; the idea as it is now decides whether to write at all, so a
 * citizen who unsubscribed or had their data erased since is not written to.
 */
@Injectable()
export class CitizenNotificationHandler implements JobHandler<'citizen-notification'> {
  readonly jobName = 'citizen-notification';
  private readonly ideas: IdeaRepository;
  private readonly contacts: SubmitterContacts;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PersonalDataVault) vault: PersonalDataVault,
    @Inject(TrackingTokens) private readonly tokens: TrackingTokens,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(MailTemplates) private readonly templates: MailTemplates,
  ) {
    this.ideas = new IdeaRepository(store);
    this.contacts = new SubmitterContacts(vault);
    this.vault = vault;
  }

  private readonly vault: PersonalDataVault;

  /** The title as the citizen typed it while the key exists (the mail goes to them); the masked copy otherwise. */
  private async typedTitle(state: Idea): Promise<string> {
    if (state.sealedText === null) return state.title;
    const typed = await this.vault.open<TypedSubmission>(state.sealedText);
    return typed === ERASED ? state.title : typed.title;
  }

  async handle(data: CitizenNotificationJob, job: JobContext): Promise<string> {
    const { state, events, event } = await loadIdeaWithEvent(this.ideas, data);
    if (state.contactErasedAt !== null) return 'no mail: the contact was erased';
    if (state.notificationsStoppedAt !== null) return 'no mail: the citizen unsubscribed';
    const contact = await this.contacts.view(state);
    if (contact !== null && 'erased' in contact) return 'no mail: the contact was erased';
    if (!contact?.email) return 'no mail: no e-mail address';

    const language = state.language ?? this.config.staffMailLanguage;
    const content = citizenMailContent(data.kind, event, events, data.revision);
    const links = citizenLinks(this.config.publicBaseUrl, this.tokens.issue(state.id));
    const template = citizenTemplate(data.kind);
    const { subject, text } = this.templates.render(language, template, {
      publicCode: state.publicCode,
      title: await this.typedTitle(state),
      ...links,
      departmentName: content.department ? await departmentName(this.pool, content.department) : null,
      respondBy: content.respondBy ? formatDeadline(content.respondBy, language, this.calendar.options.timeZone) : null,
      question: content.question,
      publicAnswer: content.publicAnswer,
      decision: content.decision ? decisionInWords(content.decision, language) : null,
      note: content.note,
      percentComplete: content.percentComplete,
    });
    const outcome = await this.mailer.sendOnce(job.id, { to: [contact.email], language, template, subject, text, unsubscribeUrl: links.unsubscribeUrl });
    return `${template}: ${outcome}`;
  }
}
