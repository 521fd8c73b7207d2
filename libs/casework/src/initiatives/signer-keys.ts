import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who a signer is, without saying it: an HMAC of the normalised e-mail
 * address (or of the identity provider's issuer and pseudonymous subject)
 * with the initiative. The same person gets the same key on one initiative,
 * unlinkable keys across initiatives, and nobody without the secret can test
 * an address against a key.
 */
export class SignerKeys {
  constructor(private readonly secret: string) {}

  byEmail(initiativeId: string, email: string): string {
    return this.mac(`signer-email:${initiativeId}:${normaliseEmail(email)}`);
  }

  byIdentity(initiativeId: string, issuer: string, subject: string): string {
    return this.mac(`signer-oidc:${initiativeId}:${issuer}:${subject}`);
  }

  /** The link that confirms the signature request at `revision` of the signer's stream: `<signer key>.<revision>.<mac>`. */
  confirmationToken(initiativeId: string, signerKey: string, revision: number): string {
    return `${signerKey}.${revision}.${this.mac(`signature-confirm:${initiativeId}:${signerKey}:${revision}`).slice(0, 32)}`;
  }

  /** The signer key and request revision a confirmation token names, or null when it is not one of ours for this initiative. */
  readConfirmationToken(initiativeId: string, token: string): { signerKey: string; revision: number } | null {
    const match = /^([0-9a-f]{64})\.(\d{1,6})\.([0-9a-f]{32})$/.exec(token);
    if (!match) return null;
    const [signerKey, revision] = [match[1], Number(match[2])];
    const expected = Buffer.from(this.confirmationToken(initiativeId, signerKey, revision));
    const actual = Buffer.from(token);
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? { signerKey, revision } : null;
  }

  private mac(message: string): string {
    return createHmac('sha256', this.secret).update(message).digest('hex');
  }
}

/** Case and surrounding spaces never make a second person: Karen@Example.DK is karen@example.dk. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
