import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { WrongExpectedVersion } from '@civic/event-store';
import { AlreadyRoutedError, type IdeaSubmitted, responseDeadline, toIdeaEvent } from '@civic/ideas';
import { Clock, type JobsConfig, WorkingDayCalendar } from '@civic/platform';
import { ideaFeatures, suggestRoutingFor } from '@civic/projections';
import { type AutoRoutingJob, IdeaRepository } from '@civic/casework';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';

/** Who the event store records as having routed the idea. */
export const ROUTING_MODEL_ACTOR = 'system:routing-model';

/**
 * Routes an idea no rule matched by the routing model's suggestion, through
 * the domain's own RouteIdea as the system (routedBy 'model', with the
 * confidence and the words that weighed most), when the confidence reaches
 * AUTO_ROUTING_MIN_CONFIDENCE. Anyone who routed the idea first wins: the job
 * then does nothing, and the domain refuses a model routing of a routed idea
 * even when the race is lost between the read and the append (expected
 * revision). The features are the submission's own, as the read model computes
 * them, so the job need not wait for the model to have seen the idea; the model
 * is asked as it is when the job runs.
 */
@Injectable()
export class AutoRoutingHandler implements JobHandler<'auto-routing'> {
  readonly jobName = 'auto-routing';

  constructor(
    @Inject(IdeaRepository) private readonly ideas: IdeaRepository,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  async handle(data: AutoRoutingJob, job: JobContext): Promise<string> {
    const threshold = this.config.autoRoutingMinConfidence ?? null;
    if (threshold === null) return 'automatic routing is off';
    for (let attempt = 1; attempt <= 5; attempt++) {
      const loaded = await this.ideas.load(data.ideaId);
      const idea = loaded.state;
      if (idea.department !== null) return `already routed to ${idea.department}`;
      if (idea.status !== 'received') return `not open for routing (${idea.status})`;
      const submitted = loaded.events.map(toIdeaEvent).find((event) => event?.type === 'IdeaSubmitted') as IdeaSubmitted | undefined;
      if (!submitted) throw new Error(`Idea ${data.ideaId} has no IdeaSubmitted`);
      const d = submitted.data;
      const features = ideaFeatures({
        title: d.title,
        description: d.description,
        category: d.category,
        district: d.district,
        nameSpans: d.submitterNameSpans,
      });
      const rows = async <Row>(statement: string, values: unknown[]) => (await this.pool.query(statement, values)).rows as Row[];
      const suggestion = await suggestRoutingFor(rows, features);
      if (suggestion === null) return 'the routing model has learnt nothing yet';
      const percent = Math.round(suggestion.confidence * 100);
      if (suggestion.confidence < threshold) return `not confident enough: ${suggestion.department} at ${percent} % < ${Math.round(threshold * 100)} %`;
      const departments = await this.pool.query<{ code: string; response_working_days: number | null }>(
        'SELECT code, response_working_days FROM departments ORDER BY code',
      );
      const target = departments.rows.find((row) => row.code === suggestion.department);
      if (!target) return `department ${suggestion.department} no longer exists`;
      const now = this.clock.now();
      try {
        await this.ideas.decideAndAppend(
          loaded,
          {
            type: 'RouteIdea',
            ideaId: data.ideaId,
            at: now.toISOString(),
            department: suggestion.department,
            knownDepartments: departments.rows.map((row) => row.code),
            routedBy: 'model',
            ruleId: null,
            reason: `Routed automatically by the routing model (confidence ${percent} %)`,
            responseDeadline: responseDeadline(now, target.response_working_days ?? undefined, this.calendar),
            automatic: { confidence: suggestion.confidence, words: suggestion.reasons.map((reason) => reason.feature).slice(0, 10) },
          },
          { actor: ROUTING_MODEL_ACTOR, correlationId: job.correlationId },
        );
        return `routed to ${suggestion.department} (confidence ${percent} %)`;
      } catch (error) {
        if (error instanceof AlreadyRoutedError) return `already routed to ${error.department}`;
        // Something else happened to the idea meanwhile: look again.
        if (!(error instanceof WrongExpectedVersion)) throw error;
      }
    }
    throw new Error(`Idea ${data.ideaId} kept changing while the routing model tried to route it`);
  }
}
