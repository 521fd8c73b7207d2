import { type Role, ROLES, type StaffMember } from './staff-member';

/** Where the identity provider puts roles and department codes (dotted paths reach nested claims). */
export interface StaffClaimNames {
  readonly rolesClaim: string;
  readonly departmentsClaim: string;
  /** Default 'email'. */
  readonly emailClaim?: string;
}

/** A verified token that does not name a usable subject. */
export class UnusableStaffClaims extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnusableStaffClaims';
  }
}

// The subject becomes the actor in event metadata and audit trails: no spaces, quotes or control characters.
export const SUBJECT_PATTERN = /^[A-Za-z0-9._~@:|+=/-]{1,255}$/;
export const DEPARTMENT_PATTERN = /^[\p{L}\p{N}_-]{1,50}$/u;
// Loose on purpose (the identity provider vouches for it): one @ and a dotted domain, but nothing a mail
// header would read as a second recipient or a display name (commas, semicolons, quotes, brackets, spaces).
const ADDRESS_CHAR = String.raw`[^\s\p{Cc}@<>"(),;:[\]\\]`;
export const EMAIL_PATTERN = new RegExp(`^${ADDRESS_CHAR}{1,64}@${ADDRESS_CHAR}+\\.${ADDRESS_CHAR}+$`, 'u');
const EMAIL_MAX = 254;

/** The staff member a verified token's claims describe; unknown role names are ignored. */
export function staffMemberFromClaims(claims: Readonly<Record<string, unknown>>, names: StaffClaimNames): StaffMember {
  const subject = claims.sub;
  if (typeof subject !== 'string' || !SUBJECT_PATTERN.test(subject)) throw new UnusableStaffClaims('the token has no usable subject');
  const roles = stringsAt(claims, names.rolesClaim).filter((name): name is Role => (ROLES as readonly string[]).includes(name));
  const departments = stringsAt(claims, names.departmentsClaim).filter((code) => DEPARTMENT_PATTERN.test(code));
  return { subject, roles: new Set(roles), departments: new Set(departments), email: emailAt(claims, names.emailClaim ?? 'email') };
}

/** An address that looks usable, else null: a bad e-mail claim never refuses the sign-in. */
function emailAt(claims: Readonly<Record<string, unknown>>, path: string): string | null {
  const value = claimAt(claims, path);
  if (typeof value !== 'string') return null;
  const email = value.trim();
  return email.length <= EMAIL_MAX && EMAIL_PATTERN.test(email) ? email : null;
}

/** An array of strings, or one string separated by spaces or commas (as `scope` is); anything else: none. */
function stringsAt(claims: Readonly<Record<string, unknown>>, path: string): string[] {
  const value = claimAt(claims, path);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value))
    return value
      .filter((item): item is string => typeof item === 'string')
      .map((item) => item.trim())
      .filter(Boolean);
  return [];
}

/** A claim named exactly `path` wins (some providers use URLs as claim names); else the dotted path is followed. */
function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let current: unknown = claims;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
