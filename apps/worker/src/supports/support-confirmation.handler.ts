import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import type { JobsConfig } from '@civic/platform';
import { PUBLIC_STATUS } from '@civic/projections';
import type { SupportRequestedData } from '@civic/supports';
import { ERASED, PersonalDataVault, SupportLinks, SupportRepository, type SupportConfirmationJob } from '@civic/casework';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { MailTemplates } from '../notifications/mail-templates';
import { Mailer } from '../notifications/mailer';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';
import { SUPPORT_LINKS } from './support-links.token';

/**
 * Mails the link that confirms a support (double opt-in). The request gives
 * the address; the support as it is now decides whether to write at all: a
 * newer request sends its own link, and a support confirmed, withdrawn or
 * erased since needs none.
 */
@Injectable()
export class SupportConfirmationHandler implements JobHandler<'support-confirmation'> {
  readonly jobName = 'support-confirmation';
  private readonly supports: SupportRepository;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(SUPPORT_LINKS) private readonly links: SupportLinks,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(MailTemplates) private readonly templates: MailTemplates,
  ) {
    this.supports = new SupportRepository(store);
  }

  async handle(data: SupportConfirmationJob, job: JobContext): Promise<string> {
    const { state, events } = await this.supports.load(data.supportId);
    const stored = events[data.revision];
    if (!stored || stored.id !== data.eventId || stored.type !== 'SupportRequested')
      throw new Error(`Support ${data.supportId} has no SupportRequested ${data.eventId} at revision ${data.revision}`);
    if (state.status !== 'pending') return `no mail: the support is ${state.status}`;
    const latest = events.reduce((last, event, index) => (event.type === 'SupportRequested' ? index : last), -1);
    if (latest !== data.revision) return 'no mail: a newer request sends its own link';
    const request = stored.data as SupportRequestedData;
    const opened = await this.vault.open<{ email: string }>(request.email);
    if (opened === ERASED) return 'no mail: the address was erased';
    const { rows } = await this.pool.query<{ title: string }>(`SELECT title FROM ${PUBLIC_STATUS} WHERE idea_id = $1`, [request.ideaId]);
    const supportUrl = `${this.config.publicBaseUrl.replace(/\/+$/, '')}/supports/${this.links.issue(data.supportId)}`;
    const { subject, text } = this.templates.render(request.language, 'supporter-confirmation', {
      publicCode: request.publicCode,
      title: rows[0]?.title ?? request.publicCode,
      supportUrl,
    });
    const outcome = await this.mailer.sendOnce(job.id, { to: [opened.email], language: request.language, template: 'supporter-confirmation', subject, text });
    return `supporter-confirmation: ${outcome}`;
  }
}
