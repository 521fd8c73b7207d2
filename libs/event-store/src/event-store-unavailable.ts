/**
 * The event store's server did not answer: refused, unreachable, or silent past
 * our own timeout. Readiness reports it as down; a request fails with it and
 * the process keeps running, so it recovers by itself when the server returns.
 */
export class EventStoreUnavailable extends Error {
  constructor(
    /** What we were doing, e.g. "append to idea-…". */
    readonly operation: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Event store unavailable (${operation}): ${reason}`, options);
    this.name = 'EventStoreUnavailable';
  }
}
