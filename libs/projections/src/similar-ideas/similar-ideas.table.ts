import { createTableSql, jsonb, type StoredRow, text, timestamptz, tsvector, uuid } from '../runner/columns';
import { IDEA_ROW_COLUMNS } from '../runner/idea-row-projection';
import type { TableNames } from '../runner/projection';
import type { PublicStatus } from '../public-status/public-status.vocabulary';

/** The projection's name, and the logical table (a view on the active generation) that the queries read. */
export const SIMILAR_IDEAS = 'similar_ideas';
/**
 * Each stem (lexeme) of the search documents and how many ideas have it: the document frequency a search weighs
 * its words by and picks its rarest by. The row with the empty lexeme (never a stem) counts the ideas.
 */
export const SIMILAR_IDEA_WORDS = 'similar_idea_words';
/** One row per stem and idea that has it, with the idea's district and receipt: the newest ideas with a stem, by index. */
export const SIMILAR_IDEA_POSTINGS = 'similar_idea_postings';

/**
 * One row per idea: only what its public page shows (title and description
 * masked as public_status masks them), its status, and the search columns that
 * the table's trigger derives from the masked text, so nothing unmasked is
 * ever searched or shown.
 */
export const similarIdeasColumns = {
  ...IDEA_ROW_COLUMNS,
  public_code: text(),
  title: text(),
  description: text(),
  category: text(),
  district: text(),
  status: text<PublicStatus>(),
  /** The department it is with: the routing model learns from it, not this one; kept for the staff's candidates list. */
  department_code: text().nullable(),
  duplicate_of: uuid().nullable(),
  received_at: timestamptz(),
  closed_at: timestamptz().nullable(),
  /** civic_fold(title), written by the trigger: trigram similarity compares folded titles. */
  folded_title: text().nullable(),
  /** civic_search_document(title || description) in Danish, Swedish and Norwegian, written by the trigger. */
  search_document: tsvector(),
  /** The masked title and description while staff keep them hidden (PublicTextHidden): title and description are empty meanwhile, so nothing hidden is shown or matched. */
  hidden_text: jsonb<{ title: string; description: string }>().nullable(),
};

export type SimilarIdeasRow = StoredRow<typeof similarIdeasColumns>;

/** The text-search configurations the search document is made with (civic_search_document): Danish, Swedish, Norwegian, accents folded. */
export const SEARCH_CONFIGURATIONS = ['civic_danish', 'civic_swedish', 'civic_norwegian'] as const;

/**
 * SQL: the search document `document` matches a tsquery (its SQL expression, e.g. a parameter) with its words
 * stemmed in any of the languages. One condition per language, not one query of all three: the planner folds
 * identical stems into one and estimates the matches right (three alike OR-ed in a tsquery count thrice, and
 * a common word then reads the whole table instead of the index).
 */
export function matchesSearch(document: string, tsquery: string): string {
  return `(${SEARCH_CONFIGURATIONS.map((configuration) => `${document} @@ to_tsquery('${configuration}', ${tsquery})`).join(' OR ')})`;
}

/** The postings' key, read backwards for the newest ideas with a stem; with the district beside it. */
export const SIMILAR_IDEA_POSTINGS_KEY = 'PRIMARY KEY (lexeme, received_at, idea_id) INCLUDE (district)';

/**
 * One generation of similar_ideas and its two word tables; index and trigger names carry the physical name so
 * generations coexist. The search takes its candidates from the postings (the newest ideas with each of the text's
 * rarest stems, read off the index in order) and compares the titles' trigrams for a few only, unindexed.
 */
export function similarIdeasTables(tables: TableNames): string {
  const table = tables[SIMILAR_IDEAS];
  const words = tables[SIMILAR_IDEA_WORDS];
  const postings = tables[SIMILAR_IDEA_POSTINGS];
  const name = (suffix: string) => `${table.replace(/\W/g, '_')}_${suffix}`;
  return `
    ${createTableSql(table, similarIdeasColumns)}
    CREATE TRIGGER ${name('search')} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION civic_similar_ideas_search();
    CREATE UNIQUE INDEX ${name('public_code')} ON ${table} (public_code);
    CREATE INDEX ${name('received')} ON ${table} (received_at DESC);
    -- The public list's text search (public_status reads its matches here: the text is stemmed once, for both).
    CREATE INDEX ${name('search_document')} ON ${table} USING gin (search_document);
    -- Stems are compared for equality only: in the "C" collation the keys sort bytewise (a rebuild builds the
    -- postings' key of millions of rows a quarter faster than in the database's collation, C.UTF-8 included).
    CREATE TABLE ${words} (
      lexeme text COLLATE "C" PRIMARY KEY,
      ideas integer NOT NULL
    );
    -- The key, read backwards, gives the newest ideas with a stem (an index-only scan); with the district beside it,
    -- the newest of one district too (a rare stem is mostly in one district: few entries are passed over).
    CREATE TABLE ${postings} (
      lexeme text COLLATE "C" NOT NULL,
      received_at timestamptz NOT NULL,
      idea_id uuid NOT NULL,
      district text NOT NULL,
      ${SIMILAR_IDEA_POSTINGS_KEY}
    );
  `;
}
