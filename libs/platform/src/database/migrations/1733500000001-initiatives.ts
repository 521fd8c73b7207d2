import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizen initiatives: the residents of each district (reference data, the
 * base of a threshold such as Norway's 2 %), and the numbers of the public
 * codes (I-2026-000001). IF NOT EXISTS: another feature may count residents too.
 */
export class Initiatives1733500000001 implements MigrationInterface {
  name = 'Initiatives1733500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE districts ADD COLUMN IF NOT EXISTS residents integer CHECK (residents >= 0);
      CREATE SEQUENCE IF NOT EXISTS initiative_public_code_seq;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SEQUENCE IF EXISTS initiative_public_code_seq;');
  }
}
