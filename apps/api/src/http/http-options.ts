/** The HTTP surface's protections, from configuration. */
export interface HttpOptions {
  /** Requests per minute per client IP; 0 turns a limit off. */
  readonly rateLimits: { readonly submitPerMinute: number; readonly trackPerMinute: number };
  /** Rate-limit counters live in Redis so a limit holds across API instances; null: in this process only (embedded mode). */
  readonly redisUrl: string | null;
  /** Prefix of the rate-limit keys in Redis (tests give each app its own). */
  readonly rateLimitKeyPrefix?: string;
  /** The rate-limit window; 60 s unless a test needs a short one. */
  readonly rateLimitWindowSeconds?: number;
  /** Browser origins allowed to call the API; empty: no cross-origin access. */
  readonly corsOrigins: readonly string[];
  /** Express's "trust proxy" setting; null: trust none. */
  readonly trustProxy: string | null;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = { rateLimits: { submitPerMinute: 0, trackPerMinute: 0 }, redisUrl: null, corsOrigins: [], trustProxy: null };

/** The HttpOptions, for providers that need them. */
export const HTTP_OPTIONS = Symbol('HttpOptions');
