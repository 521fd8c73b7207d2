import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The open-data export's files (CSV, JSON, README), written by the daily job
 * and served by every API instance from here, so no instance needs a shared disk.
 */
export class OpenData1733200000002 implements MigrationInterface {
  name = 'OpenData1733200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE open_data_files (
        name text PRIMARY KEY,
        media_type text NOT NULL,
        content bytea NOT NULL,
        sha256 text NOT NULL,
        generated_at timestamptz NOT NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE open_data_files;');
  }
}
