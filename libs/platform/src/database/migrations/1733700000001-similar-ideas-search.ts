import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the similar-ideas read model searches with: trigrams (pg_trgm), accents
 * folded (unaccent) and full-text configurations for Danish, Swedish and
 * Norwegian that fold accents before stemming, so "Sø" finds "so" and "gård"
 * finds "gard". All three ship with PostgreSQL and with the embedded one, and
 * pg_trgm and unaccent are trusted extensions: a database owner may create them.
 */
export class SimilarIdeasSearch1733700000001 implements MigrationInterface {
  name = 'SimilarIdeasSearch1733700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE EXTENSION IF NOT EXISTS unaccent;
      -- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes this wrapper safe to index on.
      CREATE FUNCTION civic_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$;
      CREATE TEXT SEARCH CONFIGURATION civic_danish (COPY = danish);
      ALTER TEXT SEARCH CONFIGURATION civic_danish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, danish_stem;
      CREATE TEXT SEARCH CONFIGURATION civic_swedish (COPY = swedish);
      ALTER TEXT SEARCH CONFIGURATION civic_swedish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
      CREATE TEXT SEARCH CONFIGURATION civic_norwegian (COPY = norwegian);
      ALTER TEXT SEARCH CONFIGURATION civic_norwegian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, norwegian_stem;
      -- One document in all three languages: a word is found by its stem in whichever the citizen wrote.
      CREATE FUNCTION civic_search_document(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT to_tsvector('civic_danish', $1) || to_tsvector('civic_swedish', $1) || to_tsvector('civic_norwegian', $1) $$;
      -- The read model's rows are written as JSON; the trigger derives their search columns, so a fold stays plain TypeScript.
      CREATE FUNCTION civic_similar_ideas_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := civic_search_document(NEW.title || ' ' || NEW.description);
        NEW.folded_title := civic_fold(NEW.title);
        RETURN NEW;
      END $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION civic_similar_ideas_search();
      DROP FUNCTION civic_search_document(text);
      DROP TEXT SEARCH CONFIGURATION civic_norwegian;
      DROP TEXT SEARCH CONFIGURATION civic_swedish;
      DROP TEXT SEARCH CONFIGURATION civic_danish;
      DROP FUNCTION civic_fold(text);
    `);
  }
}
