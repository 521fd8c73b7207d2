import { createTableSql, integer, jsonb, type StoredRow, text, timestamptz, uuid } from '../runner/columns';

/** The projection's name and its logical tables (views on the active generation). */
export const SUPPORTS = 'supports';
export const SUPPORT_COUNTS = 'support_counts';

/** One row per support: where it stands, never the address. */
export const supportsColumns = {
  support_id: uuid().primaryKey(),
  idea_id: uuid(),
  last_revision: integer(),
  status: text<'pending' | 'confirmed' | 'withdrawn'>(),
  district: text().nullable(),
  requested_at: timestamptz(),
  confirmed_at: timestamptz().nullable(),
  /** Every data key an address of this support was sealed under: retention erases while one still exists. */
  key_ids: jsonb<string[]>(),
};

export type SupportRow = StoredRow<typeof supportsColumns>;

/** One row per idea with a confirmed support: the count the pages, the inbox and the public JSON show. */
export const supportCountsColumns = {
  idea_id: uuid().primaryKey(),
  confirmed: integer(),
};

export function supportsTables(tables: { supports: string; counts: string }): string {
  return `
    ${createTableSql(tables.supports, supportsColumns)}
    CREATE INDEX ${tables.supports}_idea_idx ON ${tables.supports} (idea_id);
    ${createTableSql(tables.counts, supportCountsColumns)}
  `;
}
