import type { Request } from 'express';
import { type StaffMember } from '@civic/casework';

// Kept beside the request rather than on it, so nothing a client sends can pose as a verified staff member.
const verified = new WeakMap<Request, StaffMember>();

/** Called by the guard once the token is verified. */
export function attachStaff(request: Request, staff: StaffMember): void {
  verified.set(request, staff);
}

/** The staff member the guard verified for this request, if it did. */
export function staffOf(request: Request): StaffMember | undefined {
  return verified.get(request);
}
