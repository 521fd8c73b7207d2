import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { Clock } from '@civic/platform';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { type StaffMember } from '@civic/casework';

/** How long a recorded address is trusted before a request writes it again (it doubles as "last seen"). */
export const STAFF_CONTACT_REFRESH_MS = 10 * 60_000;
/** After a failed write, how long before a request tries again: not at every request while the database is down. */
const RETRY_AFTER_FAILURE_MS = 60_000;

/**
 * Keeps staff_contacts (subject → e-mail address from the sign-in token)
 * current, so the worker can remind an assignee. A side effect of a request,
 * never a cost to it: at most one write per subject per ten minutes per
 * process, unless the address changed, and a failed write only logs.
 */
@Injectable()
export class StaffDirectory implements BeforeApplicationShutdown {
  private readonly logger = new Logger('StaffDirectory');
  /** What this process last wrote (or tried to) for each subject; as many entries as there are staff. */
  private readonly written = new Map<string, { readonly email: string; readonly at: number }>();
  private readonly writing = new Set<Promise<void>>();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly clock: Clock,
  ) {}

  /** Records the member's address if it is new, changed or stale; returns at once. */
  noteSignIn(staff: StaffMember): void {
    const { subject, email } = staff;
    if (email === null) return;
    const now = this.clock.now().getTime();
    const last = this.written.get(subject);
    if (last && last.email === email && now - last.at < STAFF_CONTACT_REFRESH_MS) return;
    // Claimed before the write, so a burst of requests makes one write.
    this.written.set(subject, { email, at: now });
    const write = this.upsert(subject, email, new Date(now))
      .catch((error: unknown) => {
        // Neither the address nor the subject (some providers use the address as subject) goes into the log.
        this.logger.warn(`Could not record a staff member's e-mail address: ${error instanceof Error ? error.message : String(error)}`);
        this.written.set(subject, { email, at: now - STAFF_CONTACT_REFRESH_MS + RETRY_AFTER_FAILURE_MS });
      })
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
  }

  /** Resolves when the writes under way have ended (tests; shutdown, before the pool closes). */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async upsert(subject: string, email: string, at: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO staff_contacts (subject, email, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (subject) DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at`,
      [subject, email, at],
    );
  }
}
