import type { EventStoreObserver } from '@civic/event-store';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register, type Registry } from 'prom-client';

/** A projection's or reactor's distance behind the head of $all. */
export interface LagReading {
  readonly name: string;
  readonly positionsBehind: number;
  readonly secondsBehind: number;
}

/** One queue's job counts by state, read from BullMQ at scrape time. */
export type QueueDepth = { readonly queue: string } & Readonly<Record<QueueState, number>>;
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** What a scrape reads fresh (lag from the database, queue depths from BullMQ), by name. */
export type ScrapeSourceName = 'projection-lag' | 'reactor-lag' | 'queues';

/** A source that takes longer than this is counted as an error and its gauges are left out of that scrape. */
export const SCRAPE_SOURCE_TIMEOUT_MS = 3_000;

/**
 * Every metric the service exports, one set per process (its prom-client
 * registry): in `npm start`'s one process the API and the worker share it, so
 * either endpoint shows both. Names and labels are documented in the README;
 * a label never carries an id, a token or an address.
 */
export class CivicMetrics {
  private static readonly byRegistry = new WeakMap<Registry, CivicMetrics>();

  /** The process's metrics (prom-client's default registry unless told otherwise), created on first use. */
  static of(registry: Registry = register): CivicMetrics {
    let metrics = CivicMetrics.byRegistry.get(registry);
    if (!metrics) {
      metrics = new CivicMetrics(registry);
      CivicMetrics.byRegistry.set(registry, metrics);
    }
    return metrics;
  }

  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly eventStoreAppends: Counter;
  readonly eventStoreAppendedEvents: Counter;
  readonly eventStoreAppendDuration: Histogram<'result'>;
  readonly eventStoreWrongExpectedVersion: Counter;
  readonly eventStoreAppendErrors: Counter;
  readonly projectionLagPositions: Gauge<'projection'>;
  readonly projectionLagSeconds: Gauge<'projection'>;
  readonly reactorLagPositions: Gauge<'reactor'>;
  readonly reactorLagSeconds: Gauge<'reactor'>;
  readonly queueJobs: Gauge<'queue' | 'state'>;
  readonly jobsCompleted: Counter<'queue' | 'job'>;
  readonly jobAttemptsFailed: Counter<'queue' | 'job'>;
  readonly jobsFailed: Counter<'queue' | 'job'>;
  readonly mailsSent: Counter<'template'>;
  readonly mailsRefused: Counter<'template'>;
  readonly scrapeErrors: Counter<'source'>;

  /** Per name, the sources registered (API and worker in one process may both offer one): the first still registered is read. */
  private readonly sources = new Map<ScrapeSourceName, Array<() => Promise<void>>>();

  private constructor(readonly registry: Registry) {
    const registers = [registry];
    collectDefaultMetrics({ register: registry });
    this.httpRequestDuration = new Histogram({
      name: 'civic_http_request_duration_seconds',
      help: 'HTTP requests by route template (unmatched: no route was reached), method and status, from the first byte in to the last byte out',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.eventStoreAppends = new Counter({ name: 'civic_event_store_appends_total', help: 'Appends the event store accepted', registers });
    this.eventStoreAppendedEvents = new Counter({
      name: 'civic_event_store_appended_events_total',
      help: 'Events in the appends the event store accepted',
      registers,
    });
    this.eventStoreAppendDuration = new Histogram({
      name: 'civic_event_store_append_duration_seconds',
      help: 'How long an append took, by result (ok, wrong_expected_version, error)',
      labelNames: ['result'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.eventStoreWrongExpectedVersion = new Counter({
      name: 'civic_event_store_wrong_expected_version_total',
      help: 'Appends refused because the stream had moved on (a concurrent change won the race: 409)',
      registers,
    });
    this.eventStoreAppendErrors = new Counter({
      name: 'civic_event_store_append_errors_total',
      help: 'Appends that failed for another reason (the store unreachable or timing out)',
      registers,
    });
    this.projectionLagPositions = new Gauge({
      name: 'civic_projection_lag_positions',
      help: 'Global positions between a projection’s checkpoint and the head of $all (PostgreSQL: about the number of events)',
      labelNames: ['projection'],
      registers,
    });
    this.projectionLagSeconds = new Gauge({
      name: 'civic_projection_lag_seconds',
      help: 'How long the oldest event a projection has not applied yet has waited; 0 when caught up',
      labelNames: ['projection'],
      registers,
    });
    this.reactorLagPositions = new Gauge({
      name: 'civic_reactor_lag_positions',
      help: 'Global positions between a reactor’s checkpoint and the head of $all',
      labelNames: ['reactor'],
      registers,
    });
    this.reactorLagSeconds = new Gauge({
      name: 'civic_reactor_lag_seconds',
      help: 'How long the oldest event a reactor has not turned into jobs yet has waited (grows while Redis is unreachable)',
      labelNames: ['reactor'],
      registers,
    });
    this.queueJobs = new Gauge({
      name: 'civic_queue_jobs',
      help: 'Jobs in a BullMQ queue by state (waiting, active, delayed, failed), read at scrape time',
      labelNames: ['queue', 'state'],
      registers,
    });
    this.jobsCompleted = new Counter({ name: 'civic_jobs_completed_total', help: 'Jobs this process completed', labelNames: ['queue', 'job'], registers });
    this.jobAttemptsFailed = new Counter({
      name: 'civic_job_attempts_failed_total',
      help: 'Job attempts that failed in this process, retried or not',
      labelNames: ['queue', 'job'],
      registers,
    });
    this.jobsFailed = new Counter({
      name: 'civic_jobs_failed_total',
      help: 'Jobs that failed with no retries left (they stay in the failed list on /admin/queues)',
      labelNames: ['queue', 'job'],
      registers,
    });
    this.mailsSent = new Counter({
      name: 'civic_mails_sent_total',
      help: 'E-mails the SMTP server accepted, by template',
      labelNames: ['template'],
      registers,
    });
    this.mailsRefused = new Counter({
      name: 'civic_mails_refused_total',
      help: 'E-mails the SMTP server refused or could not be reached for, by template (the job retries)',
      labelNames: ['template'],
      registers,
    });
    this.scrapeErrors = new Counter({
      name: 'civic_metrics_scrape_errors_total',
      help: 'Scrapes whose source (projection-lag, reactor-lag, queues) failed or timed out; its gauges were left out',
      labelNames: ['source'],
      registers,
    });
  }

  /** For openEventStore({ observer }): counts and times every append of this process. */
  readonly eventStoreObserver: EventStoreObserver = {
    appended: ({ result, durationSeconds, events }) => {
      this.eventStoreAppendDuration.observe({ result }, durationSeconds);
      if (result === 'ok') {
        this.eventStoreAppends.inc();
        this.eventStoreAppendedEvents.inc(events);
      } else if (result === 'wrong_expected_version') this.eventStoreWrongExpectedVersion.inc();
      else this.eventStoreAppendErrors.inc();
    },
  };

  /** Adds a source read at every scrape; returns the function that removes it again (at shutdown). */
  addScrapeSource(name: ScrapeSourceName, read: () => Promise<void>): () => void {
    const list = this.sources.get(name) ?? [];
    list.push(read);
    this.sources.set(name, list);
    return () => {
      const index = list.indexOf(read);
      if (index >= 0) list.splice(index, 1);
    };
  }

  /** Projection lag, as one reading of every projection. */
  setProjectionLag(readings: readonly LagReading[]): void {
    setLag(this.projectionLagPositions, this.projectionLagSeconds, 'projection', readings);
  }

  setReactorLag(readings: readonly LagReading[]): void {
    setLag(this.reactorLagPositions, this.reactorLagSeconds, 'reactor', readings);
  }

  setQueueDepths(depths: readonly QueueDepth[]): void {
    this.queueJobs.reset();
    for (const depth of depths) for (const state of QUEUE_STATES) this.queueJobs.set({ queue: depth.queue, state }, depth[state]);
  }

  /** The text a scrape gets: the scrape-time sources read first (a failing one leaves its gauges out), then every metric. */
  async scrape(): Promise<string> {
    await Promise.all([...this.sources].map(([name, list]) => (list[0] ? this.read(name, list[0]) : this.clear(name))));
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async read(name: ScrapeSourceName, read: () => Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([read(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), SCRAPE_SOURCE_TIMEOUT_MS)))]);
    } catch {
      this.clear(name);
      this.scrapeErrors.inc({ source: name });
    } finally {
      clearTimeout(timer);
    }
  }

  /** A source that could not be read shows no values rather than stale ones. */
  private clear(name: ScrapeSourceName): void {
    if (name === 'projection-lag') this.setProjectionLag([]);
    else if (name === 'reactor-lag') this.setReactorLag([]);
    else this.setQueueDepths([]);
  }
}

function setLag<L extends string>(positions: Gauge<L>, seconds: Gauge<L>, label: L, readings: readonly LagReading[]): void {
  positions.reset();
  seconds.reset();
  for (const reading of readings) {
    const labels = { [label]: reading.name } as Record<L, string>;
    positions.set(labels, reading.positionsBehind);
    seconds.set(labels, reading.secondsBehind);
  }
}
