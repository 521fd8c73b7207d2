/** The target holds other events than the source where the copy would write: it stops rather than guess. */
export class CopyConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly streamRevision: number,
    detail: string,
  ) {
    super(`Cannot copy ${streamId} at revision ${streamRevision}: ${detail}. Is the target another store's, or written to by someone else?`);
    this.name = 'CopyConflict';
  }
}
