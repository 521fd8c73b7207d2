import { type JobDataByName, type JobName } from '@civic/casework';

/** A job a reactor asks for: its id is derived from the event that caused it, so asking twice enqueues it once. */
export type JobRequest = {
  [Name in JobName]: {
    readonly name: Name;
    readonly jobId: string;
    readonly data: JobDataByName[Name];
    /** Not before this instant (by the application clock); absent: at once. */
    readonly runAt?: string;
  };
}[JobName];

/** `<reaction>.<event id>`: deterministic, and without the ':' BullMQ reserves. */
export function jobIdFor(reaction: string, eventId: string): string {
  return `${reaction}.${eventId}`;
}
