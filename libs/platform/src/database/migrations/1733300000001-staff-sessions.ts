import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff's browser sessions (/staff): the cookie holds a random id, the row its
 * hash, the staff member as signed in (roles and departments from the
 * provider's claims) and when it was last used, so a session ends when idle.
 */
export class StaffSessions1733300000001 implements MigrationInterface {
  name = 'StaffSessions1733300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_sessions (
        id_hash text PRIMARY KEY,
        subject text NOT NULL,
        roles text[] NOT NULL,
        departments text[] NOT NULL,
        email text,
        id_token text,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      );
      CREATE INDEX staff_sessions_last_seen ON staff_sessions (last_seen_at);
      -- Who has signed in to the pages, with their departments then: the people an idea can be assigned to.
      CREATE TABLE staff_signed_in (
        subject text PRIMARY KEY,
        roles text[] NOT NULL,
        departments text[] NOT NULL,
        signed_in_at timestamptz NOT NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE staff_signed_in; DROP TABLE staff_sessions;');
  }
}
