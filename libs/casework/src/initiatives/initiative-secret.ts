import { createHash } from 'node:crypto';

/** The secret of signer keys, confirmation links and initiator links, derived from TRACKING_TOKEN_SECRET so the API and the worker agree. */
export function initiativeSecret(trackingTokenSecret: string): string {
  return createHash('sha256').update(`initiatives:${trackingTokenSecret}`).digest('hex');
}
