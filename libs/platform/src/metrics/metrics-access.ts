import { createHash, timingSafeEqual } from 'node:crypto';

/** Who may scrape: with METRICS_TOKEN set, only a request with `Authorization: Bearer <token>`; without, anyone who can reach the port. */
export function mayScrape(token: string | null, authorization: string | undefined): boolean {
  if (token === null) return true;
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!given) return false;
  // Compare digests: equal lengths for timingSafeEqual, and nothing learnt from the time taken.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(token).digest());
}

/** The challenge sent with a 401 from /metrics. */
export const METRICS_CHALLENGE = 'Bearer realm="metrics"';
