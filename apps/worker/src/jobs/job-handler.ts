import { type JobDataByName, type JobName } from '@civic/casework';

/** What a handler may ask of the running job. */
export interface JobContext {
  /** Deterministic (derived from the event that caused it): the key for doing an effect once. */
  readonly id: string;
  readonly attempt: number;
  /** The request chain the job belongs to: the correlation id of the event behind it, or the job id when nothing caused it. */
  readonly correlationId: string;
  log(message: string): Promise<void>;
  /** Puts the job back to wait until `at` (a timer promoted before its time by the application clock). */
  retryAt(at: Date): Promise<never>;
}

/** One handler per job name; a processor is one call into it. */
export interface JobHandler<Name extends JobName = JobName> {
  readonly jobName: Name;
  handle(data: JobDataByName[Name], job: JobContext): Promise<unknown>;
}

/** The multi-provider token under which every handler registers itself. */
export const JOB_HANDLERS = Symbol('JobHandlers');
