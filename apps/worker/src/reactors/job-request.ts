import { type JobDataByName, type JobName } from '@civic/casework';

/** A job a reactor asks for: its id is derived from the event that caused it, so asking twice enqueues it once. */
export type JobRequest = {
  [Name in JobName]: {
    readonly name: Name;
    readonly jobId: string;
    readonly data: JobDataByName[Name];
    /** Not before this instant (by the application clock); absent: at once. */
    readonly runAt?: string;
    /** The correlation id of the event behind the job (and so of the request behind it): on every line the job logs. */
    readonly correlationId?: string;
  };
}[JobName];

/** `<reaction>.<event id>`: deterministic, and without the ':' BullMQ reserves. */
export function jobIdFor(reaction: string, eventId: string): string {
  return `${reaction}.${eventId}`;
}
