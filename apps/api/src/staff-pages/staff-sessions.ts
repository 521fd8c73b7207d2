import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Clock } from '@civic/platform';
import { type Role, type StaffMember } from '@civic/casework';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { STAFF_SIGN_IN } from './staff-pages.tokens';
import type { StaffSignInOptions } from './staff-sign-in.options';

export interface StaffSession {
  readonly staff: StaffMember;
  /** The provider's ID token, for its sign-out (id_token_hint); null after the development sign-in. */
  readonly idToken: string | null;
}

/**
 * Server-side sessions in PostgreSQL: the cookie carries 32 random bytes, the
 * table only their SHA-256, so a leaked table opens no session. A session
 * unused for the idle time has ended; reading it touches it.
 */
@Injectable()
export class StaffSessions {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(STAFF_SIGN_IN) private readonly options: StaffSignInOptions,
    private readonly clock: Clock,
  ) {}

  /** A new session; returns the cookie's value. */
  async open(staff: StaffMember, idToken: string | null): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.pool.query(
      `INSERT INTO staff_sessions (id_hash, subject, roles, departments, email, id_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [hashOf(id), staff.subject, [...staff.roles], [...staff.departments], staff.email, idToken, now],
    );
    await this.pool.query(
      `INSERT INTO staff_signed_in (subject, roles, departments, signed_in_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject) DO UPDATE SET roles = EXCLUDED.roles, departments = EXCLUDED.departments, signed_in_at = EXCLUDED.signed_in_at`,
      [staff.subject, [...staff.roles], [...staff.departments], now],
    );
    // Ended sessions of anyone are cleared now and then, not by a job of their own.
    await this.pool.query('DELETE FROM staff_sessions WHERE last_seen_at < $1', [this.idleSince(now)]);
    return id;
  }

  /** The live session with this cookie value, touched; null when unknown or idle too long (then it is gone). */
  async resume(id: string | undefined): Promise<StaffSession | null> {
    if (!id || id.length > 100) return null;
    const now = this.clock.now();
    const { rows } = await this.pool.query<{
      subject: string;
      roles: string[];
      departments: string[];
      email: string | null;
      id_token: string | null;
      last_seen_at: Date;
    }>(`SELECT subject, roles, departments, email, id_token, last_seen_at FROM staff_sessions WHERE id_hash = $1 AND last_seen_at >= $2`, [
      hashOf(id),
      this.idleSince(now),
    ]);
    const row = rows[0];
    if (!row) {
      await this.pool.query('DELETE FROM staff_sessions WHERE id_hash = $1', [hashOf(id)]);
      return null;
    }
    // Touched at most once a minute: a page view is a read, not a write, and idleness is measured in minutes anyway.
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS)
      await this.pool.query('UPDATE staff_sessions SET last_seen_at = $2 WHERE id_hash = $1', [hashOf(id), now]);
    return {
      staff: { subject: row.subject, roles: new Set(row.roles as Role[]), departments: new Set(row.departments), email: row.email },
      idToken: row.id_token,
    };
  }

  /** Ends the session (sign-out). */
  async close(id: string | undefined): Promise<void> {
    if (id) await this.pool.query('DELETE FROM staff_sessions WHERE id_hash = $1', [hashOf(id)]);
  }

  /** Handlers and leads of a department who have signed in to the pages: whom its ideas can be assigned to. */
  async caseworkersOf(department: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ subject: string }>(
      `SELECT subject FROM staff_signed_in WHERE $1 = ANY (departments) AND roles && ARRAY['handler', 'department-lead'] ORDER BY subject`,
      [department],
    );
    return rows.map((row) => row.subject);
  }

  private idleSince(now: Date): Date {
    return new Date(now.getTime() - this.options.idleMinutes * 60_000);
  }
}

/** How stale last_seen_at may get before a request writes it again. */
const TOUCH_EVERY_MS = 60_000;

function hashOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
