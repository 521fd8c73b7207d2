import type { StoredEvent } from '@civic/event-store';
import type { JobRequest } from './job-request';

/**
 * Turns events into job requests, and nothing else: a reactor never writes a
 * read model or the event store; the jobs it asks for do the work.
 */
export interface Reactor {
  /** Names its checkpoint: renaming it replays $all (harmless, the job ids repeat). */
  readonly name: string;
  react(event: StoredEvent): JobRequest[];
}

/** Where the requests go (BullMQ); must be idempotent by job id. */
export interface JobEnqueuer {
  enqueue(requests: readonly JobRequest[]): Promise<void>;
}
