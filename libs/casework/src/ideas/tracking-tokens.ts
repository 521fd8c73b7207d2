import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { uuidText } from './uuid-text';

const SECRET_BYTES = 24;

/**
 * A citizen's private link: base64url(idea id ‖ HMAC(secret, idea id)).
 * Derived, not stored, so an idempotent retry of a submit gets the same link;
 * the idea keeps only the token's hash, so a lookup checks against the event.
 */
export class TrackingTokens {
  constructor(private readonly secret: string) {}

  issue(ideaId: string): string {
    const id = Buffer.from(ideaId.replace(/-/g, ''), 'hex');
    const mac = createHmac('sha256', this.secret).update(`tracking:${ideaId}`).digest().subarray(0, SECRET_BYTES);
    return Buffer.concat([id, mac]).toString('base64url');
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** The idea a token names, or null when it cannot be one of ours. */
  static ideaIdOf(token: string): string | null {
    if (!/^[A-Za-z0-9_-]{54}$/.test(token)) return null;
    return uuidText(Buffer.from(token, 'base64url').subarray(0, 16));
  }

  /** Constant-time comparison with the hash kept in the idea. */
  static matches(token: string, expectedHash: string): boolean {
    const actual = Buffer.from(TrackingTokens.hash(token), 'hex');
    const expected = Buffer.from(expectedHash, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}
