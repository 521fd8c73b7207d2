import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '../event-store.port';

/** Ours and EventStoreDB's mean the same: any, no_stream, stream_exists, or the stream's last revision. */
export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) throw new RangeError(`Not a stream revision: ${expected}`);
      return BigInt(expected);
  }
}
