import type { PublicStatus } from '../public-status/public-status.vocabulary';
import { SIMILAR_IDEA_POSTINGS, SIMILAR_IDEA_WORDS, SIMILAR_IDEAS } from './similar-ideas.table';
import { anyOf, chooseWords, type CountedWord, NEWEST } from './similar-ideas.words';

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
/** How many candidates of each kind (near, pairs) are scored in full: enough for five good ones. */
const CANDIDATES = 40;
/** How many of them, the best by their words, are also compared by title. */
const TITLE_SCORED = 15;

/** ts_rank of a stripped vector that has every word of an OR query (the default weights): divides it into a share. */
const TS_RANK_OF_ALL = 0.0608;

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
 * Each word's stems (Danish, Swedish and Norwegian, accents folded, as the ideas' documents are made) and how many
 * ideas have the commonest of them, counted by the read model itself (similar_idea_words, moved with its rows), and
 * how many ideas there are: one look-up per stem on the words' key.
 */
async function countWords(rows: RowsOf, words: readonly string[]): Promise<{ counted: CountedWord[]; ideas: number }> {
  const found = await rows<{ n: number | string; stems: string[] | null; ideas: number | string }>(
    `SELECT w.n, array_agg(l.lexeme ORDER BY l.lexeme) FILTER (WHERE l.lexeme IS NOT NULL) AS stems, coalesce(max(c.ideas), 0) AS ideas
       FROM unnest($1::text[]) WITH ORDINALITY AS w(word, n)
            LEFT JOIN LATERAL unnest(tsvector_to_array(civic_search_document(w.word))) AS l(lexeme) ON true
            LEFT JOIN ${SIMILAR_IDEA_WORDS} c ON c.lexeme = l.lexeme
      GROUP BY w.n
     UNION ALL
     SELECT 0, NULL, coalesce((SELECT ideas FROM ${SIMILAR_IDEA_WORDS} WHERE lexeme = ''), 0)`,
    [words],
  );
  const ideas = Number(found.find((row) => Number(row.n) === 0)?.ideas ?? 0);
  const counted = found
    .filter((row) => Number(row.n) > 0)
    .map((row) => ({ n: Number(row.n), stems: row.stems ?? [], ideas: Number(row.ideas) }))
    .sort((a, b) => a.n - b.n);
  return { counted, ideas };
}

/**
 * Ideas like the text, best first. Each word of the text weighs by how rare it
 * is, ln(1 / the share of ideas with it), counted exactly by the read model
 * itself (similar_idea_words). Candidates are read off the postings' index
 * (similar_idea_postings): the newest ideas of the district with one of the
 * text's rarest words, and the newest ideas anywhere with two of the eight
 * rarest (see chooseWords). Each is scored by the share of the text's words it
 * has (full-text stems, accents folded) and its title's trigram similarity,
 * weighed by district and category; ties go to the newer idea. An idea that
 * has none of the text's rarer words is not found: the price of a bounded
 * search (see the README's evaluation). The same words and the same events
 * give the same candidates and the same plan on every run: nothing depends
 * on ANALYZE's sample.
 */
export async function findSimilarIdeas(rows: RowsOf, search: SimilarIdeasSearch): Promise<SimilarIdea[]> {
  const text = searchWords(search.text);
  if (text.length === 0) return [];
  const limit = Math.min(search.limit ?? SIMILAR_IDEAS_MAX, 50);
  const { counted, ideas } = await countWords(rows, text);
  const chosen = chooseWords(counted, ideas);
  if (chosen.words.length === 0 || (chosen.rare.length === 0 && chosen.pairs.length < 2)) return [];
  const totalWeight = chosen.words.reduce((sum, word) => sum + word.weight, 0);
  const values: unknown[] = [
    text.join(' '),
    search.district ?? null,
    search.category ?? null,
    limit,
    SIMILARITY_FLOOR,
    // The postings are read below this instant, newest first, on the index.
    search.receivedBefore ? search.receivedBefore.toISOString() : 'infinity',
    chosen.rare,
    chosen.pairs.flatMap((word) => word.stems),
    chosen.pairs.flatMap((word) => word.stems.map(() => word.n)),
    anyOf(chosen.telling),
    // Each word's stems (flat, with the word's place) and weight: an idea's share of the text is the weight of the words it has.
    chosen.words.flatMap((word) => word.stems),
    chosen.words.flatMap((word) => word.stems.map(() => word.n)),
    chosen.words.map((word) => word.n),
    chosen.words.map((word) => word.weight),
    totalWeight,
  ];
  const filters: string[] = [];
  const parameter = (value: unknown) => `$${values.push(value)}`;
  if (search.excludeIdeaId) filters.push(`s.idea_id <> ${parameter(search.excludeIdeaId)}::uuid`);
  if (search.leaveOutClosed) filters.push(`s.status NOT IN ('duplicate', 'withdrawn')`);
  if (search.openOrRecent) {
    const around = parameter(search.openOrRecent.around.toISOString());
    const days = parameter(search.openOrRecent.days);
    filters.push(
      `(s.status IN ('received', 'routed', 'diagnosed') OR s.received_at BETWEEN ${around}::timestamptz - make_interval(days => ${days}) AND ${around}::timestamptz + make_interval(days => ${days}))`,
    );
    filters.push(`s.status <> 'duplicate'`);
  }
  const where = filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : '';
  const w = SIMILARITY_WEIGHTS;
  // The newest ideas with a stem, on the postings' index: in the district (its key) or anywhere.
  const newest = (stem: string, inDistrict: boolean) =>
    `LATERAL (SELECT p.idea_id, p.received_at FROM ${SIMILAR_IDEA_POSTINGS} p
               WHERE p.lexeme = ${stem} ${inDistrict ? 'AND p.district = $2' : ''} AND p.received_at < $6::timestamptz
               ORDER BY p.received_at DESC LIMIT ${NEWEST}) p`;
  const found = await rows<SimilarRow>(
    `WITH
     -- With a district: its ideas with a rare word. Without: any idea with one.
     near AS (
       SELECT DISTINCT p.idea_id, p.received_at FROM unnest($7::text[]) AS l(lexeme), ${newest('l.lexeme', search.district !== undefined)}
        ORDER BY p.received_at DESC LIMIT ${NEWEST}
     ),
     -- Anywhere: the newest ideas with each of the rarest few words, kept if they have two.
     pairs AS (
       SELECT p.idea_id, max(p.received_at) AS received_at FROM unnest($8::text[], $9::int[]) AS l(lexeme, n), ${newest('l.lexeme', false)}
        GROUP BY p.idea_id HAVING count(DISTINCT l.n) >= 2
        ORDER BY max(p.received_at) DESC LIMIT ${NEWEST}
     ),
     -- The candidates: of each kind, those with the larger share of the telling words (ts_rank of a stripped vector:
     -- each word once), then those of the same district and category.
     candidates AS (
       (SELECT s.idea_id FROM near JOIN ${SIMILAR_IDEAS} s USING (idea_id) ${where}
         ORDER BY ts_rank(strip(s.search_document), $10::tsquery) / ${TS_RANK_OF_ALL} + ${w.category} * (s.category = $3)::int DESC, s.received_at DESC
         LIMIT ${CANDIDATES})
       UNION
       (SELECT s.idea_id FROM pairs JOIN ${SIMILAR_IDEAS} s USING (idea_id) ${where}
         ORDER BY ts_rank(strip(s.search_document), $10::tsquery) / ${TS_RANK_OF_ALL}
                  + ${w.district} * (s.district = $2)::int + ${w.category} * (s.category = $3)::int DESC, s.received_at DESC
         LIMIT ${CANDIDATES})
     ),
     -- Scored by the share of the text's words first, then the best of them by their titles too (trigrams are the dear part).
     ranked AS (
       SELECT s.idea_id, s.public_code, s.title, s.status, s.category, s.district, s.received_at, s.folded_title,
              -- The share of the text's words that the idea has, each weighed by its rarity (by stem, accents folded):
              -- blind to how often a word repeats.
              coalesce((SELECT sum(t.weight) FROM unnest($13::int[], $14::float8[]) AS t(n, weight)
                WHERE t.n IN (SELECT x.n FROM unnest($11::text[], $12::int[]) AS x(lexeme, n) WHERE x.lexeme = ANY (d.stems))) / nullif($15::float8, 0), 0) AS text_rank,
              (s.district = $2) IS TRUE AS same_district, (s.category = $3) IS TRUE AS same_category
         FROM candidates c JOIN ${SIMILAR_IDEAS} s USING (idea_id),
              -- Each idea's stems once (OFFSET 0 keeps the planner from repeating the call for every word).
              LATERAL (SELECT tsvector_to_array(s.search_document) AS stems OFFSET 0) d
     ),
     scored AS (
       SELECT r.*, similarity(r.folded_title, civic_fold($1)) AS title_similarity
         FROM (SELECT * FROM ranked
                ORDER BY ${w.text} * text_rank + ${w.district} * same_district::int + ${w.category} * same_category::int DESC, received_at DESC
                LIMIT ${TITLE_SCORED}) r
     )
     SELECT idea_id, public_code, title, status, category, district, received_at, text_rank, title_similarity, same_district, same_category,
            ${w.text} * text_rank + ${w.title} * title_similarity + ${w.district} * same_district::int + ${w.category} * same_category::int AS score
       FROM scored
      WHERE ${w.text} * text_rank + ${w.title} * title_similarity >= $5
      ORDER BY score DESC, received_at DESC, idea_id
      LIMIT $4`,
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
