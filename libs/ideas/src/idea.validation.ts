import { InvalidCommandError } from './idea.errors';
import type { Contact, Location, ResponseDeadline, SealedContact, SubmitterNameSpans, TextSpan } from './vocabulary';
import { isOneOf, TEXT_MAX } from './vocabulary';

// The second guard: the API validates first, but the domain must not record a
// fact it could not have meant, whoever calls it.

// ISO-8601 date-time with an explicit offset, so `at` orders the same everywhere.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function requireTimestamp(value: unknown, field = 'at'): void {
  if (typeof value !== 'string' || !ISO_8601.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidCommandError(field, 'must be an ISO-8601 date-time with a time zone');
  }
}

/** Required free text: a string, not blank, at most `max` characters. */
export function requireText(value: unknown, field: string, max = TEXT_MAX): void {
  if (typeof value !== 'string') throw new InvalidCommandError(field, 'must be text');
  if (value.trim() === '') throw new InvalidCommandError(field, 'must not be blank');
  if (value.length > max) throw new InvalidCommandError(field, `must be at most ${max} characters`);
}

/** Free text that may be empty (notes, reasons), but not too long. */
export function optionalText(value: unknown, field: string, max = TEXT_MAX): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'string') throw new InvalidCommandError(field, 'must be text');
  if (value.length > max) throw new InvalidCommandError(field, `must be at most ${max} characters`);
}

export function requireOneOf(values: readonly string[], value: unknown, field: string): void {
  if (!isOneOf(values, value)) throw new InvalidCommandError(field, `must be one of ${values.join(', ')}`);
}

/** A point (lat and lon together), an address, or both; never half a point, never nothing. */
export function requireLocation(location: Location | null, field = 'location'): void {
  if (location === null) return;
  if (typeof location !== 'object') throw new InvalidCommandError(field, 'must be an object or null');
  const { lat, lon, address } = location;
  if ((lat === undefined) !== (lon === undefined)) {
    throw new InvalidCommandError(lat === undefined ? `${field}.lat` : `${field}.lon`, 'lat and lon must be given together or not at all');
  }
  if (lat !== undefined && (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90)) {
    throw new InvalidCommandError(`${field}.lat`, 'must be a latitude between -90 and 90');
  }
  if (lon !== undefined && (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180)) {
    throw new InvalidCommandError(`${field}.lon`, 'must be a longitude between -180 and 180');
  }
  if (address !== undefined) requireText(address, `${field}.address`);
  if (lat === undefined && address === undefined) throw new InvalidCommandError(field, 'must have a point (lat and lon), an address, or both');
}

/**
 * A contact in clear, as the citizen gave it. Exported for the caller, which
 * must validate before sealing: once sealed, the domain cannot look inside.
 */
export function requireContact(contact: Contact | null, field = 'contact'): void {
  if (contact === null) return;
  if (typeof contact !== 'object') throw new InvalidCommandError(field, 'must be an object or null');
  for (const key of ['name', 'email', 'phone'] as const) {
    if (contact[key] !== undefined) requireText(contact[key], `${field}.${key}`);
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function requireSealedContact(contact: SealedContact | null, field = 'contact'): void {
  if (contact === null) return;
  if (typeof contact !== 'object') throw new InvalidCommandError(field, 'must be a sealed contact or null');
  if (Object.keys(contact).some((key) => key !== 'keyId' && key !== 'ciphertext')) {
    // A clear name or e-mail must never reach an event by mistake.
    throw new InvalidCommandError(field, 'must hold only keyId and ciphertext (contact data is sealed before it reaches the domain)');
  }
  requireText(contact.keyId, `${field}.keyId`, 200);
  if (typeof contact.ciphertext !== 'string' || !BASE64.test(contact.ciphertext)) throw new InvalidCommandError(`${field}.ciphertext`, 'must be base64');
}

/** Spans must lie inside the text, in order and apart, so masking them is well defined. */
export function requireNameSpans(spans: SubmitterNameSpans, texts: { title: string; description: string }, field = 'submitterNameSpans'): void {
  if (typeof spans !== 'object' || spans === null) throw new InvalidCommandError(field, 'must be an object');
  for (const key of ['title', 'description'] as const) {
    const list: TextSpan[] = spans[key];
    if (!Array.isArray(list)) throw new InvalidCommandError(`${field}.${key}`, 'must be a list of [start, end] spans');
    let previousEnd = 0;
    for (const span of list) {
      const ok =
        Array.isArray(span) &&
        span.length === 2 &&
        Number.isInteger(span[0]) &&
        Number.isInteger(span[1]) &&
        span[0] >= previousEnd &&
        span[0] < span[1] &&
        span[1] <= texts[key].length;
      if (!ok) throw new InvalidCommandError(`${field}.${key}`, `must be ordered, non-overlapping [start, end] spans inside the ${key}`);
      previousEnd = span[1];
    }
  }
}

export function requirePercent(value: number | null, field = 'percentComplete'): void {
  if (value === null) return;
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new InvalidCommandError(field, 'must be a whole number from 0 to 100');
  }
}

/** A deadline after `at`, counted in a positive whole number of working days. */
export function requireResponseDeadline(deadline: ResponseDeadline, at: string, field = 'responseDeadline'): void {
  if (deadline === null || typeof deadline !== 'object') throw new InvalidCommandError(field, 'must be given');
  requireTimestamp(deadline.respondBy, `${field}.respondBy`);
  if (Date.parse(deadline.respondBy) <= Date.parse(at)) throw new InvalidCommandError(`${field}.respondBy`, 'must be after the routing');
  if (!Number.isInteger(deadline.workingDays) || deadline.workingDays < 1)
    throw new InvalidCommandError(`${field}.workingDays`, 'must be a whole number of at least 1');
}
