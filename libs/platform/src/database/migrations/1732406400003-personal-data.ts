import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One data key per submitter, wrapped by the master key (PII_MASTER_KEY).
 * Events carry contact data sealed under it; deleting the row erases that
 * data everywhere at once (crypto-shredding), without touching the events.
 */
export class PersonalData1732406400003 implements MigrationInterface {
  name = 'PersonalData1732406400003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE submitter_data_keys (
        key_id text PRIMARY KEY,
        wrapped_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE submitter_data_keys;');
  }
}
