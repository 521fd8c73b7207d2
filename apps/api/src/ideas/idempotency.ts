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

/** What the retry must repeat exactly: the request body, canonically serialised. */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
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
