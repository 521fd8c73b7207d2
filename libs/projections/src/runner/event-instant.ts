import type { StoredEvent } from '@civic/event-store';

const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of the digits at [from, to), or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether `at` is exactly what toISOString gives for the instant it names (YYYY-MM-DDTHH:mm:ss.sssZ, a day
 * the month has, hours below 24): then it is its own ISO form, with no Date to parse and print again.
 */
export function isCanonicalIso(at: string): boolean {
  if (at.length !== 24 || at[4] !== '-' || at[7] !== '-' || at[10] !== 'T' || at[13] !== ':' || at[16] !== ':' || at[19] !== '.' || at[23] !== 'Z') {
    return false;
  }
  const year = digits(at, 0, 4);
  const month = digits(at, 5, 7);
  const day = digits(at, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return false;
  const hours = digits(at, 11, 13);
  const minutes = digits(at, 14, 16);
  const seconds = digits(at, 17, 19);
  return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60 && digits(at, 20, 23) >= 0;
}

/** An instant's ISO form, as new Date(at).toISOString() gives it (and throws for what names no instant). */
export function isoOf(at: string): string {
  return isCanonicalIso(at) ? at : new Date(at).toISOString();
}

/** When the event's fact happened, as ISO: its data's `at`; the recording time only if an event ever lacked a usable one. */
export function eventInstant(event: StoredEvent): string {
  const at = (event.data as { at?: unknown } | null | undefined)?.at;
  if (typeof at === 'string' && isCanonicalIso(at)) return at;
  const time = typeof at === 'string' ? Date.parse(at) : NaN;
  return new Date(Number.isNaN(time) ? event.recordedAt : time).toISOString();
}
