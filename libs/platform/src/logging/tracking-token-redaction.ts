/**
 * A URL as logs and problem documents may show it: a tracking token is the
 * citizen's only credential, so it is never echoed or logged.
 */
export function withoutTrackingToken(url: string): string {
  // A support's link (/supports/<token>) confirms and withdraws it: a credential too.
  return url.replace(/^\/track\/[^/?#]*/, '/track/{token}').replace(/^\/supports\/[^/?#]*/, '/supports/{token}');
}
