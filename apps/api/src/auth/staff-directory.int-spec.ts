import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { applyMigrations, Clock } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { STAFF_CONTACT_REFRESH_MS, StaffDirectory } from './staff-directory';
import { type StaffMember } from '@civic/casework';

class ManualClock extends Clock {
  private current = new Date('2026-11-24T09:00:00.000Z').getTime();
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

const member = (subject: string, email: string | null): StaffMember => ({ subject, roles: new Set(['handler']), departments: new Set(['TMF']), email });

describe('StaffDirectory (staff_contacts)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let clock: ManualClock;
  let directory: StaffDirectory;

  beforeAll(async () => {
    database = await createTestDatabase('staff_directory');
    await applyMigrations(database.url);
    pool = createTestPool(database.url, 2);
  });
  beforeEach(async () => {
    await pool.query('TRUNCATE staff_contacts');
    clock = new ManualClock();
    directory = new StaffDirectory(pool, clock);
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const rows = async () => (await pool.query('SELECT subject, email, updated_at FROM staff_contacts ORDER BY subject')).rows;
  /** One request's worth, waited for. */
  const note = async (staff: StaffMember) => {
    directory.noteSignIn(staff);
    await directory.settled();
  };

  it('records a member’s address, and nothing for a member without one', async () => {
    await note(member('handler-anna', 'anna@kk.dk'));
    await note(member('handler-bo', null));
    expect(await rows()).toEqual([{ subject: 'handler-anna', email: 'anna@kk.dk', updated_at: clock.now() }]);
  });

  it('writes at most once per subject in ten minutes, unless the address changes', async () => {
    await note(member('handler-anna', 'anna@kk.dk'));
    clock.advance(60_000);
    await note(member('handler-anna', 'anna@kk.dk'));
    expect((await rows())[0].updated_at).toEqual(new Date('2026-11-24T09:00:00.000Z'));

    await note(member('handler-anna', 'anna.berg@kk.dk'));
    expect(await rows()).toEqual([{ subject: 'handler-anna', email: 'anna.berg@kk.dk', updated_at: clock.now() }]);

    clock.advance(STAFF_CONTACT_REFRESH_MS);
    await note(member('handler-anna', 'anna.berg@kk.dk'));
    expect((await rows())[0].updated_at).toEqual(clock.now());
  });

  it('makes one write for a burst of requests', async () => {
    let queries = 0;
    const counting = { query: (...args: Parameters<Pool['query']>) => (queries++, pool.query(...args)) } as unknown as Pool;
    const burst = new StaffDirectory(counting, clock);
    for (let i = 0; i < 20; i++) burst.noteSignIn(member('handler-anna', 'anna@kk.dk'));
    await burst.settled();
    expect(queries).toBe(1);
  });

  it('never fails the caller when the write fails, logs without the address, and tries again later', async () => {
    const broken = await createTestDatabase('staff_directory_broken'); // no migrations: no staff_contacts table
    const brokenPool = createTestPool(broken.url, 1);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const failing = new StaffDirectory(brokenPool, clock);
    try {
      expect(() => failing.noteSignIn(member('anna@kk.dk', 'anna@kk.dk'))).not.toThrow();
      await failing.settled();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(warn.mock.calls)).not.toContain('anna');

      await applyMigrations(broken.url);
      failing.noteSignIn(member('anna@kk.dk', 'anna@kk.dk'));
      await failing.settled();
      expect((await brokenPool.query('SELECT count(*)::int AS n FROM staff_contacts')).rows[0].n).toBe(0); // not at once after a failure…
      clock.advance(60_000);
      failing.noteSignIn(member('anna@kk.dk', 'anna@kk.dk'));
      await failing.settled();
      expect((await brokenPool.query('SELECT email FROM staff_contacts')).rows).toEqual([{ email: 'anna@kk.dk' }]); // …but a minute later
    } finally {
      warn.mockRestore();
      await brokenPool.end();
      await broken.drop();
    }
  });
});
