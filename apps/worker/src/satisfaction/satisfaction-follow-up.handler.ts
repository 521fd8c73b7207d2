import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { Clock, type JobsConfig } from '@civic/platform';
import { IdeaRepository, PersonalDataVault, SatisfactionRepository, SubmitterContacts, TrackingTokens, type SatisfactionFollowUpJob } from '@civic/casework';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { citizenLinks } from '../notifications/citizen-links';
import { MailTemplates } from '../notifications/mail-templates';
import { Mailer } from '../notifications/mailer';
import { JOBS_CONFIG } from '../worker-tokens';

/**
 * Some weeks after the answer (or the implementation), one question: was it
 * satisfying? Only to a citizen who left an e-mail and has not stopped the
 * e-mails or erased it. SatisfactionAsked in the follow-up's own stream is
 * recorded before the mail goes, so the question is asked once per idea;
 * the mail key is the idea's, so a retry after the append sends it once.
 */
@Injectable()
export class SatisfactionFollowUpHandler implements JobHandler<'satisfaction-follow-up'> {
  readonly jobName = 'satisfaction-follow-up';
  private readonly ideas: IdeaRepository;
  private readonly satisfaction: SatisfactionRepository;
  private readonly contacts: SubmitterContacts;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PersonalDataVault) vault: PersonalDataVault,
    @Inject(TrackingTokens) private readonly tokens: TrackingTokens,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(MailTemplates) private readonly templates: MailTemplates,
  ) {
    this.ideas = new IdeaRepository(store);
    this.satisfaction = new SatisfactionRepository(store);
    this.contacts = new SubmitterContacts(vault);
  }

  async handle(data: SatisfactionFollowUpJob, job: JobContext): Promise<string> {
    const now = this.clock.now();
    if (now < new Date(data.dueAt)) return job.retryAt(new Date(data.dueAt));
    const { state } = await this.ideas.load(data.ideaId);
    if (state.notificationsStoppedAt !== null) return 'no question: the citizen stopped the e-mails';
    const contact = await this.contacts.view(state);
    if (contact === null || 'erased' in contact || !contact.email) return 'no question: no e-mail address';
    const language = state.language ?? this.config.staffMailLanguage;
    await this.satisfaction.execute(
      { type: 'AskSatisfaction', ideaId: state.id, subject: data.subject, department: state.department, language, at: now.toISOString() },
      { actor: 'system', correlationId: job.correlationId },
    );
    const followUp = await this.satisfaction.load(state.id);
    if (followUp.state.rating !== null) return 'no question: already answered';
    const links = citizenLinks(this.config.publicBaseUrl, this.tokens.issue(state.id));
    const { subject, text } = this.templates.render(language, 'satisfaction-question', {
      publicCode: state.publicCode,
      title: state.title,
      satisfactionUrl: `${links.trackingUrl}/page/satisfaction`,
      unsubscribeUrl: links.unsubscribeUrl,
    });
    const outcome = await this.mailer.sendOnce(`satisfaction-question.${state.id}`, {
      to: [contact.email],
      language,
      template: 'satisfaction-question',
      subject,
      text,
      unsubscribeUrl: links.unsubscribeUrl,
    });
    return `satisfaction-question: ${outcome}`;
  }
}
