import { createTableSql, jsonb, type StoredRow, text, timestamptz, tsvector, uuid } from '../runner/columns';
import { IDEA_ROW_COLUMNS } from '../runner/idea-row-projection';
import type { PublicStatus } from '../public-status/public-status.vocabulary';

/** The projection's name, and the logical table (a view on the active generation) that the queries read. */
export const SIMILAR_IDEAS = 'similar_ideas';

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

/**
 * One generation of similar_ideas; index and trigger names carry the physical name so generations coexist. The
 * search finds its candidates by the full-text index; the titles' trigrams are compared for a few only, unindexed
 * (a trigram GiST index on the title was read end to end by every search: gone, so the runner rebuilds once).
 */
export function similarIdeasTable(table: string): string {
  const name = (suffix: string) => `${table.replace(/\W/g, '_')}_${suffix}`;
  return `
    ${createTableSql(table, similarIdeasColumns)}
    CREATE TRIGGER ${name('search')} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION civic_similar_ideas_search();
    CREATE INDEX ${name('document')} ON ${table} USING gin (search_document);
    CREATE UNIQUE INDEX ${name('public_code')} ON ${table} (public_code);
    CREATE INDEX ${name('received')} ON ${table} (received_at DESC);
  `;
}
