/**
 * Screens free text before it is shown publicly: e-mail addresses, phone
 * numbers and Danish CPR numbers become placeholders, and so do the names the
 * caller knows belong to the person (the submitter's own name).
 *
 * The trade-off: it is a pattern screen, not understanding. It errs towards
 * masking (a date-like ten-digit account number is masked as a CPR number, an
 * eight-digit number without "kr" as a phone number) but keeps what a public
 * text needs: years, amounts ("2.500 kr", "12345678 kr"), house numbers,
 * postcodes ("2300 København S"), dates (24-11-2026, 2026-11-24) and year
 * ranges (2020-2026). It does not find other people's names, addresses,
 * numbers spelt out in words, obfuscated e-mails ("karen at example dot dk"),
 * nor foreign numbers written without their + or 00 country prefix.
 */
export const MASKS = {
  email: '[e-mail fjernet]',
  phone: '[telefonnummer fjernet]',
  cpr: '[CPR-nummer fjernet]',
  name: '[navn fjernet]',
} as const;

/** [start, end) character offsets into a text. */
export type NameSpan = [start: number, end: number];

export interface MaskOptions {
  /** Names known to be personal data here, masked wherever they appear as whole words. */
  readonly names?: readonly (string | null | undefined)[];
  /**
   * Where the submitter's name stands in this very text, found with
   * findNameSpans when the text was submitted (the event keeps these, not the name).
   */
  readonly nameSpans?: readonly NameSpan[];
}

// Local part: letters of any script, digits and RFC 5322's atom specials; domain: labels of letters, digits and hyphens.
const EMAIL_CHAR = String.raw`\p{L}\p{M}\p{N}._%+\-!#$&'*/=?^\x60{|}~`;
const EMAIL = new RegExp(
  String.raw`(?<![${EMAIL_CHAR}])[${EMAIL_CHAR}]+@(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+\p{L}[\p{L}\p{M}]+`,
  'gu',
);

// A country prefix (+45, 0045, (+44)) and digit groups: +44 20 7946 0958, +1 (555) 123-4567. Judged by digit count below.
const INTERNATIONAL_PHONE = /(?<![\p{L}\p{N}+])\(?(?:\+|00)[1-9]\d{0,2}\)?(?:[ .\-\u00a0]?\(?\d{1,5}\)?){1,6}/gu;
const DIGIT_GROUP = /[ .\-\u00a0]?\(?\d+\)?/gu;

// DDMMYY-SSSS or DDMMYYSSSS (or with a space): the first six digits must be a date; days 61–91 are substitute numbers.
const CPR = /(?<!\d)(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])(?:0[1-9]|1[0-2])\d{2}[- \u00a0]?\d{4}(?!\d)/gu;

// Eight digits as Danes write them: 12345678, 12 34 56 78 (or with . or -, the same separator each time), 1234 5678.
// Not 4-4 with a hyphen (year ranges: 2020-2026), not part of a longer number (1.234.567,89), not an amount ("12345678 kr").
const DANISH_PHONE = new RegExp(
  String.raw`(?<![\d+])(?<!\d[.,\-])(?:\d{2}([ .\-\u00a0]?)\d{2}\1\d{2}\1\d{2}|\d{4}[ \u00a0]\d{4})(?!\d|[.,]\d)(?![ \u00a0]?(?:kr\b|kr\.|dkk|kroner|eur|euro|%|,-))`,
  'giu',
);

const MIN_PHONE_DIGITS = 8;
const MAX_PHONE_DIGITS = 15; // E.164

export function maskPersonalData(text: string, options: MaskOptions = {}): string {
  // Without names to look for, the answer depends on the text and the spans alone: remembered, since a rebuild
  // masks each idea's text for several read models (public status, similar ideas, the routing model's words).
  if (options.names?.length) return mask(text, options);
  const key = options.nameSpans?.length ? `${options.nameSpans.join(';')}\u0000${text}` : text;
  let masked = maskedTexts.get(key);
  if (masked === undefined) {
    masked = mask(text, options);
    if (maskedTexts.size >= MASKED_TEXTS_LIMIT) maskedTexts.clear();
    maskedTexts.set(key, masked);
  }
  return masked;
}

const maskedTexts = new Map<string, string>();
const MASKED_TEXTS_LIMIT = 20_000;

function mask(text: string, options: MaskOptions): string {
  let masked = maskSpans(text, options.nameSpans ?? []);
  masked = masked.replace(EMAIL, MASKS.email);
  masked = masked.replace(INTERNATIONAL_PHONE, maskInternationalNumber);
  masked = masked.replace(CPR, MASKS.cpr);
  masked = masked.replace(DANISH_PHONE, MASKS.phone);
  return maskNames(masked, options.names ?? []);
}

/**
 * Where the names stand in the text, as maskPersonalData's `names` would mask
 * them, leaving out what an e-mail, phone or CPR pattern masks anyway (so
 * masking the name first cannot break up an address it is part of).
 * Ordered and apart; offsets in UTF-16 code units, as String.slice counts.
 */
export function findNameSpans(text: string, names: readonly (string | null | undefined)[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (const matcher of nameMatchers(names)) {
    for (const span of spansOf(text, matcher)) {
      if (!found.some((other) => overlaps(span, other))) found.push(span);
    }
  }
  // Most texts never name their writer: the other patterns are looked for only when there is a name to keep apart from them.
  if (found.length === 0) return found;
  const patterns = [EMAIL, INTERNATIONAL_PHONE, CPR, DANISH_PHONE].flatMap((pattern) => spansOf(text, pattern));
  return found.filter((span) => !patterns.some((pattern) => overlaps(span, pattern))).sort((a, b) => a[0] - b[0]);
}

function spansOf(text: string, pattern: RegExp): NameSpan[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => [match.index, match.index + match[0].length] as NameSpan);
}

function overlaps(a: NameSpan, b: NameSpan): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Spans that do not fit the text (it cannot happen for validated events) are left alone rather than cutting text at random. */
function maskSpans(text: string, spans: readonly NameSpan[]): string {
  let masked = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (start < from || end <= start || end > text.length) continue;
    masked += text.slice(from, start) + MASKS.name;
    from = end;
  }
  return masked + text.slice(from);
}

/**
 * The pattern is greedy and may run on into a following number ("+45 12345678
 * 24-11-2026"): mask the groups that fit a phone number (at most 15 digits)
 * and leave the rest as it was.
 */
function maskInternationalNumber(match: string): string {
  const prefix = /^\(?(?:\+|00)[1-9]\d{0,2}\)?/u.exec(match)![0];
  let digits = prefix.replace(/\D/g, '').length;
  let end = prefix.length;
  for (const group of match.slice(prefix.length).matchAll(DIGIT_GROUP)) {
    const groupDigits = group[0].replace(/\D/g, '').length;
    if (digits + groupDigits > MAX_PHONE_DIGITS) break;
    digits += groupDigits;
    end = prefix.length + group.index + group[0].length;
  }
  if (digits < MIN_PHONE_DIGITS) return match;
  const number = match.slice(0, end);
  // A ")" that closes a parenthesis opened before the number belongs to the sentence.
  const closesOutside = number.endsWith(')') && count(number, ')') > count(number, '(');
  return MASKS.phone + (closesOutside ? ')' : '') + match.slice(end);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * The full name in any letter case; each part of three letters or more (and
 * a full name shorter than that) only as written or capitalised, so a name
 * that is also a word ("Mark", "Sol", "Bo") does not eat the lower-case word.
 * A genitive s goes with the name.
 */
function maskNames(text: string, names: readonly (string | null | undefined)[]): string {
  return nameMatchers(names).reduce((masked, matcher) => masked.replace(matcher, MASKS.name), text);
}

/** The last names' matchers: one submission looks for the same name in each of its texts, and building the patterns costs more than running them. */
let lastMatchers: { key: string; matchers: RegExp[] } | null = null;

function nameMatchers(names: readonly (string | null | undefined)[]): RegExp[] {
  const key = JSON.stringify(names);
  if (lastMatchers?.key !== key) lastMatchers = { key, matchers: buildNameMatchers(names) };
  return lastMatchers.matchers;
}

/** The full names first, then their parts; both as whole words. */
function buildNameMatchers(names: readonly (string | null | undefined)[]): RegExp[] {
  const full = new Set<string>();
  const parts = new Set<string>();
  for (const name of names) {
    const trimmed = name?.trim().replace(/\s+/g, ' ');
    if (!trimmed) continue;
    // A one- or two-letter name ("Bo") is also a word ("bo"): only as written.
    if ([...trimmed].length >= 3) full.add(trimmed);
    else parts.add(trimmed);
    for (const part of trimmed.split(/[\s,-]+/)) {
      if ([...part].length < 3) continue;
      parts.add(part);
      parts.add(part.charAt(0).toLocaleUpperCase('da') + part.slice(1));
    }
  }
  const matchers: RegExp[] = [];
  if (full.size > 0) matchers.push(wholeWords([...full], 'giu'));
  if (parts.size > 0) matchers.push(wholeWords([...parts], 'gu'));
  return matchers;
}

function wholeWords(words: string[], flags: string): RegExp {
  const alternatives = words
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?:${alternatives})(?:'?s)?(?![\p{L}\p{M}\p{N}])`, flags);
}
