/** The caller changed an idea from a revision it is no longer at (HTTP: If-Match, answered 412). */
export class StaleRevisionError extends Error {
  constructor(
    readonly expectedRevision: number,
    readonly currentRevision: number,
  ) {
    super(`You sent If-Match "${expectedRevision}" but the idea is at revision ${currentRevision}. Reload it and try again.`);
    this.name = 'StaleRevisionError';
  }
}
