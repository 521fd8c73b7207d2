import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * similar_ideas' trigger derives an idea's search columns only when its text
 * is new or has changed. The rows are upserted whole (INSERT … ON CONFLICT DO
 * UPDATE), so before, every write of a row (a status change, and each flush of
 * a rebuild that held the idea) stemmed its title and description three times
 * (Danish, Swedish, Norwegian) in the INSERT trigger, and again in the UPDATE
 * one. Now: an INSERT derives them when the row brings none (a new idea; a row
 * read back and written again brings its stored ones), and an UPDATE keeps the
 * stored ones unless the title or description differ from the stored row's.
 * The columns are the same function of the text as before.
 */
export class SimilarIdeasSearchOnce1734600000001 implements MigrationInterface {
  name = 'SimilarIdeasSearchOnce1734600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION civic_similar_ideas_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.description IS NOT DISTINCT FROM OLD.description THEN
          NEW.search_document := OLD.search_document;
          NEW.folded_title := OLD.folded_title;
        ELSIF TG_OP = 'UPDATE' OR NEW.search_document IS NULL OR NEW.folded_title IS NULL THEN
          NEW.search_document := civic_search_document(NEW.title || ' ' || NEW.description);
          NEW.folded_title := civic_fold(NEW.title);
        END IF;
        RETURN NEW;
      END $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION civic_similar_ideas_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := civic_search_document(NEW.title || ' ' || NEW.description);
        NEW.folded_title := civic_fold(NEW.title);
        RETURN NEW;
      END $$;
    `);
  }
}
