/** How the Open311 GeoReport v2 endpoints behave, from configuration. */
export interface Open311Options {
  /** POST requests per API key per minute (OPEN311_RATE_LIMIT_PER_KEY_PER_MINUTE); 0 turns the limit off. */
  readonly perKeyPerMinute: number;
  /** The one jurisdiction this endpoint serves (OPEN311_JURISDICTION_ID); a request naming another is refused. null: any is accepted. */
  readonly jurisdictionId: string | null;
}

export const DEFAULT_OPEN311_OPTIONS: Open311Options = { perKeyPerMinute: 60, jurisdictionId: null };

export const OPEN311_OPTIONS = Symbol('Open311Options');
