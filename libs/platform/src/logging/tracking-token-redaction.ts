/**
 * A URL as logs and problem documents may show it: a tracking token is the
 * citizen's only credential, so it is never echoed or logged; nor is an
 * initiator's private link, a signature's confirmation token, or the code an
 * identity provider sends back.
 */
export function withoutTrackingToken(url: string): string {
  // A support's link (/supports/<token>) confirms and withdraws it: a credential too.
  return url
    .replace(/^\/track\/[^/?#]*/, '/track/{token}')
    .replace(/^\/supports\/[^/?#]*/, '/supports/{token}')
    .replace(/^\/initiator\/[^/?#]*/, '/initiator/{token}')
    .replace(/^(\/initiatives\/[^/?#]*\/confirm\/)[^/?#]*/, '$1{token}')
    .replace(/^(\/initiatives\/identity\/callback)\?.*$/, '$1?{code}');
}
