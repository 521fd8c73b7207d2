import { createHmac, timingSafeEqual } from 'node:crypto';
import { uuidText } from '../ideas/uuid-text';

const MAC_BYTES = 24;

/** The initiator's private link (revise after a return, follow the screening): base64url(initiative id ‖ HMAC), derived, never stored. */
export class InitiatorLinks {
  constructor(private readonly secret: string) {}

  issue(initiativeId: string): string {
    const id = Buffer.from(initiativeId.replace(/-/g, ''), 'hex');
    return Buffer.concat([id, this.mac(initiativeId)]).toString('base64url');
  }

  /** The initiative a token is for, or null when it is not one of ours. */
  initiativeOf(token: string): string | null {
    if (!/^[A-Za-z0-9_-]{54}$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    const initiativeId = uuidText(bytes.subarray(0, 16));
    const mac = bytes.subarray(16);
    const expected = this.mac(initiativeId);
    return mac.length === expected.length && timingSafeEqual(mac, expected) ? initiativeId : null;
  }

  private mac(initiativeId: string): Buffer {
    return createHmac('sha256', this.secret).update(`initiator:${initiativeId}`).digest().subarray(0, MAC_BYTES);
  }
}
