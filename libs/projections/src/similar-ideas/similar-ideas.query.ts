import type { PublicStatus } from '../public-status/public-status.vocabulary';
import { SIMILAR_IDEAS } from './similar-ideas.table';

/** Runs a statement and gives its rows (TypeORM's DataSource.query, or pg's pool.query mapped to rows). */
export type RowsOf = <Row>(statement: string, values: unknown[]) => Promise<Row[]>;

export const SIMILAR_IDEAS_MAX = 5;
/** Below this score a match is a shared common word, not a similar idea. */
export const SIMILARITY_FLOOR = 0.12;

/** How the score weighs its parts; they sum to 1, so a score reads as a share of a perfect match. */
export const SIMILARITY_WEIGHTS = { text: 0.5, title: 0.3, district: 0.12, category: 0.08 } as const;

export interface SimilarIdeasSearch {
  readonly text: string;
  readonly district?: string;
  readonly category?: string;
  readonly limit?: number;
  /** Leave this idea out (a case is not its own duplicate). */
  readonly excludeIdeaId?: string;
  /** Staff candidates: only ideas still open, or received within this window around `around`. */
  readonly openOrRecent?: { readonly around: Date; readonly days: number };
  /** Public lists leave out ideas merged into another or withdrawn: the citizen is pointed at the one that lives on. */
  readonly leaveOutClosed?: boolean;
  /** Only ideas received before this instant (the evaluation asks as of a submission). */
  readonly receivedBefore?: Date;
}

export interface SimilarIdea {
  readonly ideaId: string;
  readonly publicCode: string;
  readonly title: string;
  readonly status: PublicStatus;
  readonly category: string;
  readonly district: string;
  readonly receivedAt: string;
  /** 0–1: the weighted sum of the parts below. */
  readonly score: number;
  /** The share of the text's words (stop words aside) that this idea has, by stem and with accents folded. */
  readonly textRank: number;
  /** Trigram similarity of the folded titles and the text. */
  readonly titleSimilarity: number;
  readonly sameDistrict: boolean;
  readonly sameCategory: boolean;
}

const MAX_WORDS = 40;
/** How many nearest titles are scored in full: enough for five good ones; the index walk costs about linearly in it (200 took ~5× as long as 50). */
const TRIGRAM_CANDIDATES = 60;

/** The words of a text as to_tsquery may take them: letters and digits only, so no input can be query syntax. */
export function searchWords(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 2))].slice(0, MAX_WORDS);
}

/**
 * Ideas like the text, best first: the nearest titles by trigrams (accents
 * folded), each scored by the share of the text's words it has (full-text
 * stems in Danish, Swedish and Norwegian) and its title's similarity, weighed
 * by district and category; ties go to the newer idea. An idea whose title is
 * unlike the text is not found by its description alone: the price of a
 * bounded search (see the README's evaluation).
 */
export async function findSimilarIdeas(rows: RowsOf, search: SimilarIdeasSearch): Promise<SimilarIdea[]> {
  const words = searchWords(search.text);
  if (words.length === 0) return [];
  const limit = Math.min(search.limit ?? SIMILAR_IDEAS_MAX, 50);
  const values: unknown[] = [words.join(' '), words.join(' | '), search.district ?? null, search.category ?? null, limit, SIMILARITY_FLOOR];
  const filters: string[] = [];
  const parameter = (value: unknown) => `$${values.push(value)}`;
  if (search.excludeIdeaId) filters.push(`s.idea_id <> ${parameter(search.excludeIdeaId)}::uuid`);
  if (search.leaveOutClosed) filters.push(`s.status NOT IN ('duplicate', 'withdrawn')`);
  if (search.receivedBefore) filters.push(`s.received_at < ${parameter(search.receivedBefore.toISOString())}::timestamptz`);
  if (search.openOrRecent) {
    const around = parameter(search.openOrRecent.around.toISOString());
    const days = parameter(search.openOrRecent.days);
    filters.push(
      `(s.status IN ('received', 'routed', 'diagnosed') OR s.received_at BETWEEN ${around}::timestamptz - make_interval(days => ${days}) AND ${around}::timestamptz + make_interval(days => ${days}))`,
    );
    filters.push(`s.status <> 'duplicate'`);
  }
  const where = filters.length > 0 ? `AND ${filters.join(' AND ')}` : '';
  const w = SIMILARITY_WEIGHTS;
  const found = await rows<SimilarRow>(
    `WITH q AS (
       SELECT civic_fold($1) AS folded,
              to_tsquery('civic_danish', $2) || to_tsquery('civic_swedish', $2) || to_tsquery('civic_norwegian', $2) AS query
     ),
     -- Each word's query in the three languages; stop words (an empty query) do not count.
     terms AS MATERIALIZED (
       SELECT t.query FROM unnest(string_to_array($1, ' ')) AS w(word),
              LATERAL (SELECT to_tsquery('civic_danish', w.word) || to_tsquery('civic_swedish', w.word) || to_tsquery('civic_norwegian', w.word) AS query) t
        WHERE numnode(t.query) > 0
     ),
     -- The nearest titles by trigrams (a GiST index walk): bounded, so the cost does not grow with every idea sharing a common word.
     candidates AS (
       -- civic_fold($1) and not q.folded: only an expression the planner sees as a constant lets the index order the rows.
       SELECT s.idea_id FROM ${SIMILAR_IDEAS} s WHERE true ${where} ORDER BY s.folded_title <-> civic_fold($1) LIMIT ${TRIGRAM_CANDIDATES}
     ),
     scored AS (
       SELECT s.*,
              -- The share of the text's words that the idea has (by stem, accents folded): plain to explain, and blind to how often a word repeats.
              coalesce((SELECT count(*) FILTER (WHERE s.search_document @@ terms.query)::float8 / nullif(count(*), 0) FROM terms), 0) AS text_rank,
              similarity(s.folded_title, q.folded) AS title_similarity,
              (s.district = $3) IS TRUE AS same_district, (s.category = $4) IS TRUE AS same_category
         FROM candidates c JOIN ${SIMILAR_IDEAS} s USING (idea_id), q
     )
     SELECT idea_id, public_code, title, status, category, district, received_at, text_rank, title_similarity, same_district, same_category,
            ${w.text} * text_rank + ${w.title} * title_similarity + ${w.district} * same_district::int + ${w.category} * same_category::int AS score
       FROM scored
      WHERE ${w.text} * text_rank + ${w.title} * title_similarity >= $6
      ORDER BY score DESC, received_at DESC, idea_id
      LIMIT $5`,
    values,
  );
  return found.map((row) => ({
    ideaId: row.idea_id,
    publicCode: row.public_code,
    title: row.title,
    status: row.status,
    category: row.category,
    district: row.district,
    receivedAt: new Date(row.received_at).toISOString(),
    score: round(Number(row.score)),
    textRank: round(Number(row.text_rank)),
    titleSimilarity: round(Number(row.title_similarity)),
    sameDistrict: row.same_district,
    sameCategory: row.same_category,
  }));
}

interface SimilarRow {
  idea_id: string;
  public_code: string;
  title: string;
  status: PublicStatus;
  category: string;
  district: string;
  received_at: Date | string;
  text_rank: number | string;
  title_similarity: number | string;
  same_district: boolean;
  same_category: boolean;
  score: number | string;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** One idea's own text and where it stands, for its duplicate candidates. */
export async function findSimilarIdeaSource(
  rows: RowsOf,
  ideaId: string,
): Promise<{ title: string; description: string; district: string; category: string; receivedAt: Date } | null> {
  const [row] = await rows<{ title: string; description: string; district: string; category: string; received_at: Date | string }>(
    `SELECT title, description, district, category, received_at FROM ${SIMILAR_IDEAS} WHERE idea_id = $1`,
    [ideaId],
  );
  return row ? { title: row.title, description: row.description, district: row.district, category: row.category, receivedAt: new Date(row.received_at) } : null;
}
