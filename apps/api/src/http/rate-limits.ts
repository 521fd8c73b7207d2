import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblems } from '../openapi/api-problems';

/** The named per-IP limits; each counts every route that carries its decorator together. */
export type RateLimitName = 'submit' | 'track';

export const RATE_LIMIT_METADATA = 'civic:rate-limit';

/** `POST /ideas`: RATE_LIMIT_SUBMIT_PER_MINUTE per client IP. */
export const SubmitRateLimit = () =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_METADATA, 'submit' satisfies RateLimitName),
    ApiProblems({ 429: 'Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again' }),
  );

export const TRACK_RATE_LIMITED = 'Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again';

/** Every `/track/:token…` route (lookup, replies, withdrawal, erasure): RATE_LIMIT_TRACK_PER_MINUTE per client IP, counted together. */
export const TrackRateLimit = () =>
  applyDecorators(SetMetadata(RATE_LIMIT_METADATA, 'track' satisfies RateLimitName), ApiProblems({ 429: TRACK_RATE_LIMITED }));
