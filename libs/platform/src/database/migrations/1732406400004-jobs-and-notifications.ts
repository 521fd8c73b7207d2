import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the jobs need in PostgreSQL: each reactor's checkpoint in $all, a
 * record of every e-mail sent (so a job retried after the SMTP server took the
 * mail does not send it again), department leads' addresses for reminders and
 * escalations, and staff addresses learned from their sign-in tokens.
 */
export class JobsAndNotifications1732406400004 implements MigrationInterface {
  name = 'JobsAndNotifications1732406400004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reactor_checkpoints (
        name text PRIMARY KEY,
        position text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE sent_mails (
        mail_key text PRIMARY KEY,
        sent_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE departments ADD COLUMN lead_email text;
      CREATE TABLE staff_contacts (
        subject text PRIMARY KEY,
        email text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TABLE staff_contacts; ALTER TABLE departments DROP COLUMN lead_email; DROP TABLE sent_mails; DROP TABLE reactor_checkpoints;',
    );
  }
}
