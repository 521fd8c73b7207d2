import { SetMetadata } from '@nestjs/common';

/** The named per-IP limits; each counts every route that carries its decorator together. */
export type RateLimitName = 'submit' | 'track';

export const RATE_LIMIT_METADATA = 'civic:rate-limit';

/** `POST /ideas`: RATE_LIMIT_SUBMIT_PER_MINUTE per client IP. */
export const SubmitRateLimit = () => SetMetadata(RATE_LIMIT_METADATA, 'submit' satisfies RateLimitName);

/** Every `/track/:token…` route (lookup, replies, withdrawal, erasure): RATE_LIMIT_TRACK_PER_MINUTE per client IP, counted together. */
export const TrackRateLimit = () => SetMetadata(RATE_LIMIT_METADATA, 'track' satisfies RateLimitName);
