/** An error in GeoReport v2's own shape: `[{ "code", "description" }]` (or `<errors>`), with this HTTP status. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}
