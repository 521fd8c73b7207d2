import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which generation of each projection's tables the API reads, and each
 * generation's checkpoint. The tables themselves are created by the
 * projections (one set per generation), not by migrations.
 */
export class Projections1732406400002 implements MigrationInterface {
  name = 'Projections1732406400002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projections (
        name text PRIMARY KEY,
        active_generation integer NOT NULL,
        switched_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE projection_checkpoints (
        projection text NOT NULL REFERENCES projections (name),
        generation integer NOT NULL,
        position text,
        events_applied bigint NOT NULL DEFAULT 0,
        last_event_recorded_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, generation)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_checkpoints, projections;');
  }
}
