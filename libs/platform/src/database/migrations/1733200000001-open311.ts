import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open311 GeoReport v2: the API keys issued to clients (only a hash of each
 * key is kept, so a leaked table opens nothing), the extra fields a category
 * asks for (Open311 service attributes), and district boundaries (GeoJSON), so
 * a point can be placed in its district.
 */
export class Open3111733200000001 implements MigrationInterface {
  name = 'Open3111733200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE open311_api_keys (
        id uuid PRIMARY KEY,
        client text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      ALTER TABLE categories ADD COLUMN open311_attributes jsonb NOT NULL DEFAULT '[]';
      ALTER TABLE districts ADD COLUMN boundary jsonb;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE districts DROP COLUMN boundary; ALTER TABLE categories DROP COLUMN open311_attributes; DROP TABLE open311_api_keys;');
  }
}
