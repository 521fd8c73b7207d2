import { createHmac, timingSafeEqual } from 'node:crypto';
import { normaliseEmail } from '@civic/supports';
import { uuidText } from '../ideas/uuid-text';

const MAC_BYTES = 24;

/**
 * Who a supporter is, and the link that acts for them, both keyed with a
 * secret (TRACKING_TOKEN_SECRET, under labels of their own):
 * - the support id is an HMAC of the idea and the normalised address, so the
 *   same person supporting the same idea lands on the same stream (counted
 *   once), while without the key nobody can tell that two supports of two
 *   ideas came from one address;
 * - the link is base64url(support id ‖ HMAC(support id)): derived, never
 *   stored, checked in constant time.
 */
export class SupportLinks {
  private readonly idKey: Buffer;
  private readonly linkKey: Buffer;

  constructor(secret: string) {
    this.idKey = createHmac('sha256', secret).update('civic-ideas:supporter-id').digest();
    this.linkKey = createHmac('sha256', secret).update('civic-ideas:support-link').digest();
  }

  /** A uuid-shaped id: the first 16 bytes of HMAC(idea ‖ address). */
  supportIdFor(ideaId: string, email: string): string {
    const mac = createHmac('sha256', this.idKey)
      .update(`${ideaId}\n${normaliseEmail(email)}`)
      .digest();
    return uuidText(mac.subarray(0, 16));
  }

  issue(supportId: string): string {
    const id = Buffer.from(supportId.replace(/-/g, ''), 'hex');
    return Buffer.concat([id, this.mac(supportId)]).toString('base64url');
  }

  /** The support a link names, or null when it is not one this secret issued. */
  supportIdOf(token: string): string | null {
    if (!/^[A-Za-z0-9_-]{54}$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    const supportId = uuidText(bytes.subarray(0, 16));
    const given = bytes.subarray(16);
    const expected = this.mac(supportId);
    return given.length === expected.length && timingSafeEqual(given, expected) ? supportId : null;
  }

  private mac(supportId: string): Buffer {
    return createHmac('sha256', this.linkKey).update(supportId).digest().subarray(0, MAC_BYTES);
  }
}
