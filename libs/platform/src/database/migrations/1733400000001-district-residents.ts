import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many residents each district has (reference data, as the districts
 * are): the participation report weighs who takes part against it. Nullable:
 * a district without a figure is left out of the shares. IF NOT EXISTS: the
 * citizen initiatives' threshold reads the same figure.
 */
export class DistrictResidents1733400000001 implements MigrationInterface {
  name = 'DistrictResidents1733400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE districts ADD COLUMN IF NOT EXISTS residents integer CHECK (residents >= 0);`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE districts DROP COLUMN IF EXISTS residents;');
  }
}
