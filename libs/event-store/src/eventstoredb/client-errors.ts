import { CancelledError, DeadlineExceededError, NotLeaderError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedVersion } from '../errors';
import { EventStoreUnavailable } from '../event-store-unavailable';
import type { ExpectedRevision } from '../event-store.port';

/** What the caller asked for, to report a lost race in our terms (the client only knows its own). */
export interface AppendAttempt {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
}

/**
 * The client's errors in our terms: a lost race is our WrongExpectedVersion; a
 * server that cannot be reached is EventStoreUnavailable (a closed port comes
 * back as a plain gRPC error with code 14, not the library's UnavailableError).
 * Anything else passes through unchanged.
 */
export function toEventStoreError(error: unknown, operation: string, append?: AppendAttempt): unknown {
  if (error instanceof WrongExpectedVersion || error instanceof EventStoreUnavailable) return error;
  if (error instanceof WrongExpectedVersionError && append) {
    const actual = error.actualVersion === 'no_stream' ? -1 : Number(error.actualVersion);
    return new WrongExpectedVersion(append.streamId, append.expectedRevision, actual);
  }
  if (isUnreachable(error)) return new EventStoreUnavailable(operation, (error as Error).message, { cause: error });
  return error;
}

/** gRPC status codes UNAVAILABLE (14) and DEADLINE_EXCEEDED (4); @grpc/grpc-js is the client's dependency, not ours. */
const UNREACHABLE_CODES: ReadonlySet<number> = new Set([14, 4]);

function isUnreachable(error: unknown): boolean {
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError || error instanceof CancelledError)
    return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'number' && UNREACHABLE_CODES.has(code);
}
