import { withoutTrackingToken } from '@civic/platform';

/**
 * The URL a problem names as its instance, and the log line shows: a tracking token is the
 * citizen's only credential, so it is never echoed or logged; every bad link reads the same.
 */
export function problemInstance(originalUrl: string): string {
  return withoutTrackingToken(originalUrl);
}
