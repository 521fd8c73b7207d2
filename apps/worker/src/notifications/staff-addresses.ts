import type { Pool } from 'pg';

/** A staff member's address, learned from their sign-in token; null if they never signed in with one. */
export async function staffAddress(db: Pick<Pool, 'query'>, subject: string): Promise<string | null> {
  const { rows } = await db.query<{ email: string }>('SELECT email FROM staff_contacts WHERE subject = $1', [subject]);
  return rows[0]?.email || null;
}

/** The department lead's address (departments.lead_email), or null when none is set. */
export async function leadAddress(db: Pick<Pool, 'query'>, department: string): Promise<string | null> {
  const { rows } = await db.query<{ lead_email: string | null }>('SELECT lead_email FROM departments WHERE code = $1', [department]);
  return rows[0]?.lead_email || null;
}
