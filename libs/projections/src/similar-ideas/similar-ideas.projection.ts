import { type IdeaRowModel, IdeaRowProjection, type RowChange } from '../runner/idea-row-projection';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { rowsOfPart, type TablePart } from '../runner/table-parts';
import { foldSimilarIdeas } from './similar-ideas.fold';
import { SIMILAR_IDEA_POSTINGS, SIMILAR_IDEA_WORDS, SIMILAR_IDEAS, type SimilarIdeasRow, similarIdeasTables } from './similar-ideas.table';

export const similarIdeasModel: IdeaRowModel<SimilarIdeasRow, Record<string, never>> = {
  name: SIMILAR_IDEAS,
  extraTables: [SIMILAR_IDEA_WORDS, SIMILAR_IDEA_POSTINGS],
  createTable: (_table, tables) => similarIdeasTables(tables),
  async loadContext() {
    return {};
  },
  fold: (row, event) => foldSimilarIdeas(row, event),
  afterWrite: (sql, changes, tables) => writeWords(sql, changes, tables),
  afterLoadInParts: (sql, tables, part) => derivePostings(sql, tables, part),
  afterLoad: (sql, tables) => countWords(sql, tables),
  keysAfterLoad: [SIMILAR_IDEA_POSTINGS],
};

/** The public ideas a citizen's text is compared with (GET /public/ideas/similar) and a case's duplicate candidates. */
export function similarIdeasProjection(): Projection {
  return new IdeaRowProjection(similarIdeasModel);
}

/**
 * Moves the postings and the document frequencies by the stems each changed row gained or lost: its search
 * document as stored before (the trigger wrote it) against the one the trigger has just written. In the batch's
 * transaction, so the word tables are a function of the rows, and a rebuild gives the same as the live tables.
 * Only a new idea or a changed text (hidden, restored) moves them; a status change does not.
 */
async function writeWords(sql: SqlExecutor, changes: readonly RowChange<SimilarIdeasRow>[], tables: TableNames): Promise<void> {
  const moved = changes.filter(({ before, after }) => !before || before.title !== after.title || before.description !== after.description);
  if (moved.length === 0) return;
  const ideas = tables[SIMILAR_IDEAS];
  const words = tables[SIMILAR_IDEA_WORDS];
  const postings = tables[SIMILAR_IDEA_POSTINGS];
  const { rows: counted } = await sql.query<{ lexeme: string; ideas: number }>(
    `WITH changed AS (
       SELECT * FROM unnest($1::uuid[], $2::tsvector[], $3::boolean[]) AS c(idea_id, document_before, is_new)
     ),
     stems_before AS (SELECT c.idea_id, l.lexeme FROM changed c, unnest(tsvector_to_array(c.document_before)) AS l(lexeme)),
     stems_after AS (
       SELECT s.idea_id, s.received_at, s.district, l.lexeme
         FROM changed c JOIN ${ideas} s USING (idea_id), unnest(tsvector_to_array(s.search_document)) AS l(lexeme)
     ),
     -- A new idea (most rows in a rebuild) has no stems before: an anti-join against none, not a sort of every stem.
     gained AS (
       SELECT a.* FROM stems_after a WHERE NOT EXISTS (SELECT 1 FROM stems_before b WHERE b.idea_id = a.idea_id AND b.lexeme = a.lexeme)
     ),
     -- Against the row itself rather than stems_after, which is then read once: no copy of every stem is kept.
     lost AS (
       SELECT b.* FROM stems_before b JOIN ${ideas} s USING (idea_id) WHERE NOT (tsvector_to_array(s.search_document) @> ARRAY[b.lexeme])
     ),
     removed AS (
       DELETE FROM ${postings} p USING lost, ${ideas} s
        WHERE s.idea_id = lost.idea_id AND p.lexeme = lost.lexeme AND p.received_at = s.received_at AND p.idea_id = lost.idea_id
     ),
     added AS (
       INSERT INTO ${postings} (lexeme, received_at, idea_id, district)
       SELECT lexeme, received_at, idea_id, district FROM gained
        -- In the key's order: a rebuild adds many thousands at a time, and sorted they go into the index page by page.
        ORDER BY lexeme, received_at, idea_id
       RETURNING lexeme
     ),
     counts AS (
       SELECT lexeme, sum(change)::integer AS change
         FROM (SELECT lexeme, 1 AS change FROM added
               UNION ALL SELECT lexeme, -1 FROM lost
               UNION ALL SELECT '', count(*) FILTER (WHERE is_new) FROM changed) AS c
        GROUP BY lexeme HAVING sum(change) <> 0
     )
     INSERT INTO ${words} (lexeme, ideas) SELECT lexeme, change FROM counts
     ON CONFLICT (lexeme) DO UPDATE SET ideas = ${words}.ideas + EXCLUDED.ideas
     RETURNING lexeme, ideas`,
    [moved.map(({ after }) => after.idea_id), moved.map(({ before }) => before?.search_document ?? null), moved.map(({ before }) => !before)],
  );
  // A stem no idea has any more is no row at all, as in a rebuild.
  const none = counted.filter((row) => Number(row.ideas) === 0).map((row) => row.lexeme);
  if (none.length > 0) await sql.query(`DELETE FROM ${words} WHERE lexeme = ANY($1::text[]) AND ideas = 0`, [none]);
}

/**
 * A rebuild's postings, from one part of its rows (all of them, in parts side by side): a posting per stem of
 * each search document, as writeWords leaves them change by change. They go in without their key, which the
 * rebuild builds afterwards beside its other indexes (keysAfterLoad): one sort, about half the time of
 * inserting millions of rows into it, even in its order.
 */
async function derivePostings(sql: SqlExecutor, tables: TableNames, part: TablePart): Promise<void> {
  const ideas = tables[SIMILAR_IDEAS];
  await sql.query(
    `INSERT INTO ${tables[SIMILAR_IDEA_POSTINGS]} (lexeme, received_at, idea_id, district)
     SELECT l.lexeme, s.received_at, s.idea_id, s.district FROM ${ideas} s, unnest(tsvector_to_array(s.search_document)) AS l(lexeme)
      WHERE ${await rowsOfPart(sql, ideas, part)}`,
  );
}

/** A rebuild's document frequencies, once all its postings are in: each stem's count of ideas, and the empty lexeme's, every idea. */
async function countWords(sql: SqlExecutor, tables: TableNames): Promise<void> {
  const ideas = tables[SIMILAR_IDEAS];
  await sql.query(
    `INSERT INTO ${tables[SIMILAR_IDEA_WORDS]} (lexeme, ideas)
     SELECT lexeme, count(*) FROM ${tables[SIMILAR_IDEA_POSTINGS]} GROUP BY lexeme
     UNION ALL SELECT '', count(*) FROM ${ideas} HAVING count(*) > 0`,
  );
}
