import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which master key wrapped each data key (a hash prefix of the key, never the
 * key), so PII_MASTER_KEY can be rotated: readers pick the right key, and
 * `npm run pii:rotate-master-key` re-wraps the rows not yet under the new one.
 * Rows from before this column are null: every key held is tried, and the
 * rotation records theirs.
 */
export class MasterKeyIds1732406400007 implements MigrationInterface {
  name = 'MasterKeyIds1732406400007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE submitter_data_keys ADD COLUMN master_key_id text;');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE submitter_data_keys DROP COLUMN master_key_id;');
  }
}
