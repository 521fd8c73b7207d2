import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the revision the writer expected: someone else wrote first. */
export class WrongExpectedVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's last revision, or -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at revision ${actual}, expected ${String(expected)}`);
    this.name = 'WrongExpectedVersion';
  }
}
