export const ROLES = ['handler', 'department-lead', 'dispatcher', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in member of staff, from a verified token. */
export interface StaffMember {
  /** The token's subject: the actor in every event this person causes. */
  readonly subject: string;
  readonly roles: ReadonlySet<Role>;
  /** Department codes from the token's departments claim. */
  readonly departments: ReadonlySet<string>;
  /** From the token's e-mail claim, if it holds something that looks like an address; reminders go there. */
  readonly email: string | null;
}
