import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore, openEventStore, type OpenEventStoreOptions } from '@civic/event-store';
import {
  CivicMetrics,
  Clock,
  createPgPool,
  DEFAULT_OPEN_DATA_SCHEDULE,
  DEFAULT_SATISFACTION_FOLLOW_UP_DAYS,
  type JobsConfig,
  queueBackend,
  SystemClock,
  WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from '@civic/platform';
import { CancelDeadlineTimersHandler } from '../deadlines/cancel-deadline-timers.handler';
import { DeadlineMissedHandler } from '../deadlines/deadline-missed.handler';
import { DeadlineReminderHandler } from '../deadlines/deadline-reminder.handler';
import { OpenDataExportHandler } from '../maintenance/open-data-export.handler';
import { PersonalDataRetentionHandler } from '../maintenance/personal-data-retention.handler';
import { CitizenNotificationHandler, DeadlineEscalationHandler, Mailer, NOTIFICATION_PROVIDERS } from '../notifications';
import { ideaReactions } from '../reactors/idea-reactions';
import { supportReactions } from '../reactors/support-reactions';
import { BudgetWinnerIdeasHandler } from '../budgets/budget-winner-ideas.handler';
import { BudgetIdeaProposalHandler } from '../budgets/budget-idea-proposal.handler';
import { satisfactionReactions } from '../reactors/satisfaction-reactions';
import { autoRoutingReactions } from '../reactors/auto-routing-reactions';
import { AutoRoutingHandler } from '../routing/auto-routing.handler';
import { SatisfactionFollowUpHandler } from '../satisfaction/satisfaction-follow-up.handler';
import { SupportConfirmationHandler } from '../supports/support-confirmation.handler';
import { SUPPORT_LINKS } from '../supports/support-links.token';
import { initiativeReactions } from '../initiatives/initiative-reactions';
import { budgetReactions } from '../budgets/budget-reactions';
import { BallotConfirmationMailHandler } from '../budgets/ballot-confirmation-mail.handler';
import { VoterDataErasureHandler } from '../budgets/voter-data-erasure.handler';
import { INITIATIVE_JOB_HANDLERS, initiativeJobProviders } from '../initiatives/initiative-job-providers';
import { ReactorRunner, type ReactorRunnerOptions } from '../reactors/reactor-runner';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';
import type { JobHandler } from './job-handler';
import { JOB_OPTIONS } from './job-options';
import { JobProcessors } from './job-processors';
import { JobQueues, QUEUE_CALL_TIMEOUT_MS } from './job-queues';
import { withTimeout } from '@civic/platform';
import { JobRegistry } from './job-registry';
import {
  PersonalDataVault,
  IdeaRepository,
  reactorStatus,
  TrackingTokens,
  PersonalDataRetention,
  SubmitterContacts,
  SubmitterDataEraser,
  SupportRepository,
  SupporterDataEraser,
  SupportLinks,
  VoterKeys,
  budgetVoterSecret,
  BudgetRoundRepository,
} from '@civic/casework';

export interface JobsOptions {
  readonly databaseUrl: string;
  /** Absent: BullMQ on its PostgreSQL backend. */
  readonly redisUrl: string | null;
  readonly calendar: WorkingDayCalendarOptions;
  readonly eventStore?: Omit<OpenEventStoreOptions, 'pool'>;
  readonly config: JobsConfig;
  /** The citizen's links carry their tracking token, derived with this secret. */
  readonly trackingTokenSecret: string;
  /** To open a citizen's sealed e-mail address, and for retention. */
  readonly piiMasterKey: Buffer;
  /** Old master keys still accepted for unwrapping during a rotation (PII_PREVIOUS_MASTER_KEYS). */
  readonly piiPreviousMasterKeys?: readonly Buffer[];
  readonly personalDataRetentionMonths: number;
  /** Tests pass a clock they control. */
  readonly clock?: Clock;
  readonly concurrency?: number;
  readonly reactor?: ReactorRunnerOptions;
  /** How long to wait before trying again to schedule the retention job when Redis was down at start (default a minute). */
  readonly scheduleRetryMs?: number;
  /** How long shutdown waits for running jobs and for Redis before dropping the connections (default 10 s). */
  readonly closeTimeoutMs?: number;
}

export const JobsOptionsToken = Symbol('JobsOptions');

/** The reactor's name: its checkpoint in reactor_checkpoints. */
// Migration 1732406400005 names it too, to start an existing installation's reactor at the head.
export const IDEA_JOBS_REACTOR = 'idea-jobs';

const RETENTION_SCHEDULER_ID = 'personal-data-retention';
const OPEN_DATA_SCHEDULER_ID = 'open-data-export';

/** Every job handler; the registry checks that each job has exactly one. */
export const JOB_HANDLER_CLASSES = [
  CitizenNotificationHandler,
  DeadlineEscalationHandler,
  DeadlineReminderHandler,
  DeadlineMissedHandler,
  CancelDeadlineTimersHandler,
  PersonalDataRetentionHandler,
  OpenDataExportHandler,
  SupportConfirmationHandler,
  SatisfactionFollowUpHandler,
  BudgetWinnerIdeasHandler,
  BudgetIdeaProposalHandler,
  AutoRoutingHandler,
  ...INITIATIVE_JOB_HANDLERS,
  BallotConfirmationMailHandler,
  VoterDataErasureHandler,
];

@Injectable()
export class JobsHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  readonly processors: JobProcessors;
  readonly reactor: ReactorRunner;

  constructor(
    @Inject(JobsOptionsToken) private readonly options: JobsOptions,
    @Inject(JobQueues) readonly queues: JobQueues,
    @Inject(JobRegistry) registry: JobRegistry,
    @Inject(Clock) clock: Clock,
    @Inject(WorkingDayCalendar) calendar: WorkingDayCalendar,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Mailer) private readonly mailer: Mailer,
  ) {
    const backend = queueBackend(options);
    this.processors = new JobProcessors(backend, options.config.queuePrefix, registry, clock, this.logger, options.concurrency);
    const reactions = { calendar, reminderWorkingDays: options.config.reminderWorkingDays };
    this.reactor = new ReactorRunner(
      pool,
      store,
      {
        name: IDEA_JOBS_REACTOR,
        // One reactor, one checkpoint: the supports', satisfaction's, initiatives', budget rounds' and automatic routing's reactions read the same $all.
        react: (event) => [
          ...ideaReactions(event, reactions),
          ...supportReactions(event),
          ...satisfactionReactions(event, options.config.satisfactionFollowUpDays ?? DEFAULT_SATISFACTION_FOLLOW_UP_DAYS),
          ...initiativeReactions(event, calendar),
          ...budgetReactions(event),
          ...autoRoutingReactions(event, options.config.autoRoutingMinConfidence),
        ],
      },
      queues,
      {
        logger: this.logger,
        ...options.reactor,
      },
    );
  }

  private retentionRetry: NodeJS.Timeout | null = null;
  private stopping = false;
  private readonly metricSources: Array<() => void> = [];

  onApplicationBootstrap(): void {
    const metrics = CivicMetrics.of();
    this.metricSources.push(
      metrics.addScrapeSource('reactor-lag', async () => metrics.setReactorLag(await reactorStatus(this.pool, this.store))),
      metrics.addScrapeSource('queues', async () => metrics.setQueueDepths(await this.queues.depths())),
    );
    this.reactor.start();
    // Not awaited: a worker must start (and project) while Redis is down.
    void this.scheduleRetention();
  }

  /** Upserted by every worker: the same id, so one schedule however many run. Redis down at start: tried again every minute. */
  private async scheduleRetention(): Promise<void> {
    try {
      const maintenance = this.queues.get('maintenance');
      const tz = this.options.calendar.timeZone;
      const scheduling = Promise.all([
        maintenance.upsertJobScheduler(
          RETENTION_SCHEDULER_ID,
          { pattern: this.options.config.retentionSchedule, tz },
          { name: 'personal-data-retention', data: {}, opts: JOB_OPTIONS['personal-data-retention'] },
        ),
        maintenance.upsertJobScheduler(
          OPEN_DATA_SCHEDULER_ID,
          { pattern: this.options.config.openDataSchedule ?? DEFAULT_OPEN_DATA_SCHEDULE, tz },
          { name: 'open-data-export', data: {}, opts: JOB_OPTIONS['open-data-export'] },
        ),
      ]);
      await withTimeout(scheduling, QUEUE_CALL_TIMEOUT_MS, 'the job queue did not answer');
    } catch (error) {
      if (this.stopping) return;
      const retryMs = this.options.scheduleRetryMs ?? 60_000;
      this.logger.warn(
        `Could not schedule the retention and open-data jobs yet (${(error as Error).message}); trying again in ${Math.round(retryMs / 1000)} s`,
      );
      this.retentionRetry = setTimeout(() => void this.scheduleRetention(), retryMs);
      this.retentionRetry.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.metricSources.forEach((remove) => remove());
    if (this.retentionRetry) clearTimeout(this.retentionRetry);
    await this.reactor.stop();
    const closeTimeoutMs = this.options.closeTimeoutMs ?? 10_000;
    await this.processors.close(closeTimeoutMs);
    await this.queues.close(closeTimeoutMs);
    await this.mailer.close();
    await this.store.close();
    await this.pool.end();
  }
}

/** Reactors and job processors: the worker's side effects, driven by the event stream. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: JobsOptionsToken, useValue: options },
      { provide: JOBS_CONFIG, useValue: options.config },
      // The reactor's connection, the event store's LISTEN, and the queries of up to 8 concurrent jobs per queue.
      { provide: WORKER_POOL, useFactory: () => createPgPool(options.databaseUrl, 16) },
      {
        provide: EVENT_STORE,
        useFactory: (pool: Pool) => openEventStore({ ...options.eventStore, pool, observer: CivicMetrics.of().eventStoreObserver }),
        inject: [WORKER_POOL],
      },
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: WorkingDayCalendar, useValue: new WorkingDayCalendar(options.calendar) },
      { provide: TrackingTokens, useValue: new TrackingTokens(options.trackingTokenSecret) },
      { provide: SUPPORT_LINKS, useValue: new SupportLinks(options.trackingTokenSecret) },
      {
        provide: PersonalDataVault,
        useFactory: (pool: Pool) => new PersonalDataVault(pool, options.piiMasterKey, options.piiPreviousMasterKeys),
        inject: [WORKER_POOL],
      },
      { provide: SubmitterContacts, useFactory: (vault: PersonalDataVault) => new SubmitterContacts(vault), inject: [PersonalDataVault] },
      { provide: IdeaRepository, useFactory: (store: EventStore) => new IdeaRepository(store), inject: [EVENT_STORE] },
      {
        provide: SubmitterDataEraser,
        useFactory: (ideas: IdeaRepository, contacts: SubmitterContacts, clock: Clock) => new SubmitterDataEraser(ideas, contacts, clock),
        inject: [IdeaRepository, SubmitterContacts, Clock],
      },
      { provide: SupportRepository, useFactory: (store: EventStore) => new SupportRepository(store), inject: [EVENT_STORE] },
      {
        provide: SupporterDataEraser,
        useFactory: (supports: SupportRepository, vault: PersonalDataVault, clock: Clock) => new SupporterDataEraser(supports, vault, clock),
        inject: [SupportRepository, PersonalDataVault, Clock],
      },
      {
        provide: PersonalDataRetention,
        useFactory: (pool: Pool, eraser: SubmitterDataEraser, clock: Clock, supporters: SupporterDataEraser) =>
          new PersonalDataRetention(pool, eraser, clock, options.personalDataRetentionMonths, supporters),
        inject: [WORKER_POOL, SubmitterDataEraser, Clock, SupporterDataEraser],
      },
      {
        provide: JobQueues,
        useFactory: (clock: Clock) => new JobQueues(queueBackend(options), options.config.queuePrefix, clock, new Logger('Jobs')),
        inject: [Clock],
      },
      ...NOTIFICATION_PROVIDERS,
      ...initiativeJobProviders(options.trackingTokenSecret, options.personalDataRetentionMonths),
      { provide: VoterKeys, useValue: new VoterKeys(budgetVoterSecret(options.trackingTokenSecret)) },
      { provide: BudgetRoundRepository, useFactory: (store: EventStore) => new BudgetRoundRepository(store), inject: [EVENT_STORE] },
      ...JOB_HANDLER_CLASSES,
      { provide: JobRegistry, useFactory: (...handlers: JobHandler[]) => JobRegistry.of(handlers), inject: JOB_HANDLER_CLASSES },
      JobsHost,
    ];
    return { module: JobsModule, providers, exports: [JobsHost, JobQueues] };
  }
}
