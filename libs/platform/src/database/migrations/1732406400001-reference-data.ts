import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Departments, districts, categories and routing rules: editable reference data, not events. */
export class ReferenceData1732406400001 implements MigrationInterface {
  name = 'ReferenceData1732406400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE departments (
        code text PRIMARY KEY,
        name text NOT NULL,
        response_working_days integer NOT NULL DEFAULT 10 CHECK (response_working_days > 0)
      );
      CREATE TABLE districts (code text PRIMARY KEY, name text NOT NULL);
      CREATE TABLE categories (code text PRIMARY KEY, name text NOT NULL);
      CREATE TABLE routing_rules (
        id text PRIMARY KEY,
        department text NOT NULL REFERENCES departments (code),
        category text REFERENCES categories (code),
        district text REFERENCES districts (code),
        keywords text[] NOT NULL DEFAULT '{}',
        priority integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- Human public codes (K-2026-000123); gaps are harmless.
      CREATE SEQUENCE idea_public_code_seq;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SEQUENCE idea_public_code_seq; DROP TABLE routing_rules, categories, districts, departments;');
  }
}
