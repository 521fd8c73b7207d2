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
  /** The share of the text's words (stop words aside) that this idea has, each weighed by its rarity, by stem and with accents folded. */
  readonly textRank: number;
  /** Trigram similarity of the folded titles and the text. */
  readonly titleSimilarity: number;
  readonly sameDistrict: boolean;
  readonly sameCategory: boolean;
}

const MAX_WORDS = 40;
/** How many candidates are scored in full: enough for five good ones. */
const CANDIDATES = 40;
/** Of the ideas with the rare words, how many of the newest are ranked to choose the candidates. */
const NEWEST = 200;
/** How many of them, the best by their words, are also compared by title. */
const TITLE_SCORED = 15;
/** The rare words' estimated share of the ideas that bounds the candidates (see rare below). */
const RARE_SHARE = 0.015;
/** Words in under this share of the ideas, the rarest PAIR_WORDS of them, find candidates anywhere two by two. */
const PAIR_SHARE = 0.03;
const PAIR_WORDS = 5;
/** Words in more than this share of the ideas do not tell them apart when candidates are ordered. */
const TELLING_SHARE = 0.1;
/** A word's weight is ln(1 / its share of ideas); this share (a word not among the common ones) gives the most. */
const RAREST_SHARE = 0.0005;
/** ts_rank of a stripped vector that has every word of an OR query (the default weights): divides it into a share. */
const TS_RANK_OF_ALL = 0.0608;

/** The common stems of the ideas' search documents and the share of ideas that have each, per database (rows). */
const commonStemsCache = new WeakMap<RowsOf, { readonly at: number; readonly lexemes: string[]; readonly freqs: number[] }>();
/** How long the common stems are reused: they change slowly, and ANALYZE (autovacuum) only refreshes them now and then. */
const COMMON_STEMS_TTL_MS = 5 * 60_000;

/**
 * How common the stems are, from the planner's statistics of the search column (ANALYZE, which autovacuum and a
 * rebuild run, samples them): the commonest few hundred, each with the share of ideas that have it. So rare words
 * are told from common ones without counting. No statistics yet (a small or new table): every word counts as rare.
 */
async function commonStems(rows: RowsOf): Promise<{ lexemes: string[]; freqs: number[] }> {
  const cached = commonStemsCache.get(rows);
  if (cached && Date.now() - cached.at < COMMON_STEMS_TTL_MS) return cached;
  const found = await rows<{ lexeme: string; freq: number }>(
    `SELECT e.lexeme, max(e.freq)::float8 AS freq
       FROM pg_stats st, unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS e(lexeme, freq)
      WHERE st.schemaname = current_schema() AND st.tablename LIKE $1 AND st.attname = 'search_document' AND e.lexeme IS NOT NULL
      GROUP BY e.lexeme`,
    [`${SIMILAR_IDEAS.replace(/_/g, '\\_')}\\_g%`],
  );
  const stems = { at: Date.now(), lexemes: found.map((row) => row.lexeme), freqs: found.map((row) => Number(row.freq)) };
  commonStemsCache.set(rows, stems);
  return stems;
}

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
 * Ideas like the text, best first: candidates by the full-text index (the
 * district's ideas with one of the text's rarest words, any idea with two),
 * each scored by the share of the text's words it has, each word weighed by
 * its rarity (full-text stems in Danish, Swedish and Norwegian, accents
 * folded), and its title's trigram similarity, weighed by district and
 * category; ties go to the newer idea. An idea that has none of the text's
 * rarer words is not found: the price of a bounded search (see the README's
 * evaluation).
 */
export async function findSimilarIdeas(rows: RowsOf, search: SimilarIdeasSearch): Promise<SimilarIdea[]> {
  const words = searchWords(search.text);
  if (words.length === 0) return [];
  const limit = Math.min(search.limit ?? SIMILAR_IDEAS_MAX, 50);
  const common = await commonStems(rows);
  const values: unknown[] = [
    words.join(' '),
    words.join(' | '),
    search.district ?? null,
    search.category ?? null,
    limit,
    SIMILARITY_FLOOR,
    common.lexemes,
    common.freqs,
  ];
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
     -- Each word's query in the three languages and how common its stems are (the share of ideas with the commonest
     -- of them, 0 if not among the common ones); stop words (an empty query) do not count.
     words AS MATERIALIZED (
       SELECT t.query, w.n FROM unnest(string_to_array($1, ' ')) WITH ORDINALITY AS w(word, n),
              LATERAL (SELECT to_tsquery('civic_danish', w.word) || to_tsquery('civic_swedish', w.word) || to_tsquery('civic_norwegian', w.word) AS query) t
        WHERE numnode(t.query) > 0
     ),
     common AS MATERIALIZED (SELECT * FROM unnest($7::text[], $8::float8[]) AS c(lexeme, freq)),
     terms AS MATERIALIZED (
       SELECT w.query, w.n, coalesce(max(c.freq), 0) AS freq,
              -- A word weighs by how rare it is (ln of 1/share): a street or a thing more than "ved" or "problem".
              ln(1 / greatest(coalesce(max(c.freq), 0), ${RAREST_SHARE})) AS weight
         FROM words w LEFT JOIN LATERAL regexp_matches(w.query::text, '''([^'']+)''', 'g') AS l(lexeme) ON true
              LEFT JOIN common c ON c.lexeme = l.lexeme[1]
        GROUP BY w.n, w.query
     ),
     -- The rarest words, as many as together are in about ${RARE_SHARE * 100}% of the ideas (at least one): an idea that
     -- has none of them is not among the candidates. This bounds the search however many ideas share a common word.
     rare AS (
       SELECT string_agg(query::text, ' | ')::tsquery AS query
         FROM (SELECT query, sum(freq) OVER (ORDER BY freq, n) AS running, row_number() OVER (ORDER BY freq, n) AS k FROM terms) r
        WHERE k = 1 OR running <= ${RARE_SHARE}
     ),
     -- The words that tell ideas apart: all but the commonest (all of them if every word is common).
     telling AS (
       SELECT coalesce(string_agg(query::text, ' | ') FILTER (WHERE freq < ${TELLING_SHARE}), string_agg(query::text, ' | '))::tsquery AS query FROM terms
     ),
     -- Any two of the rarest few words (each in under ${PAIR_SHARE * 100}% of the ideas) together.
     pair_words AS (SELECT query, row_number() OVER (ORDER BY freq, n) AS k FROM terms WHERE freq < ${PAIR_SHARE} ORDER BY freq, n LIMIT ${PAIR_WORDS}),
     pairs AS (
       SELECT string_agg('(' || a.query::text || ') & (' || b.query::text || ')', ' | ')::tsquery AS query FROM pair_words a JOIN pair_words b ON a.k < b.k
     ),
     -- The candidates (GIN index scans), those with the larger share of the telling words first (ts_rank of a stripped
     -- vector: each word once), then those of the same district and category: the ideas of the district with a rare
     -- word, and the ideas anywhere with two (with one, if no district is asked for and the text has one rare word);
     -- of each, the newest ${NEWEST} only: words that always come together (a street's two names, a stock phrase) can
     -- make a pair as common as one word.
     candidates AS (
       (SELECT s.idea_id FROM (SELECT * FROM ${SIMILAR_IDEAS} s
                                WHERE s.district = $3 AND s.search_document @@ (SELECT query FROM rare) ${where}
                                ORDER BY s.received_at DESC LIMIT ${NEWEST}) s
         ORDER BY ts_rank(strip(s.search_document), (SELECT query FROM telling)) / ${TS_RANK_OF_ALL} + ${w.category} * (s.category = $4)::int DESC, s.received_at DESC
         LIMIT ${CANDIDATES})
       UNION
       (SELECT s.idea_id FROM (SELECT * FROM ${SIMILAR_IDEAS} s
                                WHERE s.search_document @@ (SELECT coalesce(pairs.query, CASE WHEN $3::text IS NULL THEN rare.query END) FROM pairs, rare) ${where}
                                ORDER BY s.received_at DESC LIMIT ${NEWEST}) s
         ORDER BY ts_rank(strip(s.search_document), (SELECT query FROM telling)) / ${TS_RANK_OF_ALL}
                  + ${w.district} * (s.district = $3)::int + ${w.category} * (s.category = $4)::int DESC, s.received_at DESC
         LIMIT ${CANDIDATES})
     ),
     -- Scored by the share of the text's words first, then the best of them by their titles too (trigrams are the dear part).
     ranked AS (
       SELECT s.*,
              -- The share of the text's words that the idea has, each weighed by its rarity (by stem, accents folded):
              -- blind to how often a word repeats.
              coalesce((SELECT sum(terms.weight) FILTER (WHERE s.search_document @@ terms.query) / nullif(sum(terms.weight), 0) FROM terms), 0) AS text_rank,
              (s.district = $3) IS TRUE AS same_district, (s.category = $4) IS TRUE AS same_category
         FROM candidates c JOIN ${SIMILAR_IDEAS} s USING (idea_id)
     ),
     scored AS (
       SELECT r.*, similarity(r.folded_title, q.folded) AS title_similarity
         FROM (SELECT * FROM ranked
                ORDER BY ${w.text} * text_rank + ${w.district} * same_district::int + ${w.category} * same_category::int DESC, received_at DESC
                LIMIT ${TITLE_SCORED}) r, q
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
