/** How the API serves /metrics. */
export interface MetricsOptions {
  /** METRICS_TOKEN: a scrape must send it as a bearer token; null: none asked for. */
  readonly token: string | null;
  /** false: no /metrics route at all (production without METRICS_TOKEN: the API's port faces the public). */
  readonly enabled: boolean;
}

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = { token: null, enabled: true };

export const METRICS_OPTIONS = Symbol('MetricsOptions');
