import { createHash } from 'node:crypto';
import { uuidText } from '@civic/casework';

/**
 * The same Idempotency-Key always names the same idea, so a retry finds the
 * stream its first attempt wrote instead of creating a second idea.
 */
export function ideaIdForIdempotencyKey(key: string): string {
  const bytes = createHash('sha256').update(`idempotency:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5 layout (name-based)
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  return uuidText(bytes);
}

/** The purpose the vault's digest of a request is derived for. */
export const REQUEST_DIGEST_PURPOSE = 'idempotency-request';

/**
 * What a retry must repeat exactly, contact included: the request body,
 * canonically serialised, with the contact normalised (so a retry that only
 * differs in the e-mail's case or the phone's spacing is still the same).
 * Only ever stored as a digest keyed by the submitter's data key.
 */
export function canonicalRequest(body: object & { contact?: ContactLike | null }): string {
  return canonicalJson({ ...body, contact: body.contact ? normaliseContact(body.contact) : undefined });
}

/**
 * How events written before the keyed digest fingerprinted a request: SHA-256
 * of the body without its contact. Such a fingerprint alone never proves the
 * same request; the contact must be compared as well.
 */
export function legacyRequestFingerprint(body: object): string {
  return createHash('sha256')
    .update(canonicalJson({ ...body, contact: undefined }))
    .digest('hex');
}

interface ContactLike {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

export function normaliseContact({ name, email, phone }: ContactLike): ContactLike {
  return {
    name: name?.normalize('NFC').trim().replace(/\s+/g, ' '),
    email: email?.normalize('NFC').trim().toLowerCase(),
    phone: phone?.replace(/[\s()-]/g, ''),
  };
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;
