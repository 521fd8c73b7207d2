import type { SqlExecutor, TableNames } from '../runner/projection';

/** The projection's name, and the logical table (a view on the active generation) that the staff's list of rounds reads. */
export const BUDGET_ROUNDS = 'budget_rounds';
/** Which round each winner's idea belongs to, and whether it is carried out: the ideas' events name only the idea. */
export const BUDGET_ROUND_WINNER_IDEAS = 'budget_round_winner_ideas';

/** Each proposal of each round with its review and result, for the tracking page of a proposal sent in as an idea. */
export const BUDGET_ROUND_PROPOSALS = 'budget_round_proposals';

/** One proposal as its proposer follows it. */
export interface BudgetRoundProposalRow {
  round_id: string;
  proposal_id: string;
  /** The idea it was sent in as; null for a proposal entered in the round. */
  idea_id: string | null;
  title: string;
  review: 'pending' | 'feasible' | 'not-feasible' | 'merged';
  cost: number | null;
  not_feasible_reason: string | null;
  merged_into: string | null;
  /** Set by the count, for projects on the ballot. */
  votes: number | null;
  funded: boolean | null;
  not_funded_reason: string | null;
}

/** One round as the list shows it: what it is for, its phase, and how far its proposals and winners have come. */
export interface BudgetRoundRow {
  round_id: string;
  title: string;
  district: string | null;
  amount: number;
  currency: string;
  phase: string;
  opened_at: string;
  /** When it left its proposals phase; null before. */
  proposals_closed_at: string | null;
  proposals: number;
  winners: number;
  implemented: number;
  /** The round stream's revision last applied: a batch seen twice changes nothing. */
  stream_revision: number;
}

export async function createBudgetRoundsTable(sql: SqlExecutor, tables: TableNames): Promise<void> {
  const table = tables[BUDGET_ROUNDS];
  await sql.query(
    `CREATE TABLE ${table} (
       round_id text PRIMARY KEY,
       title text NOT NULL,
       district text,
       amount bigint NOT NULL,
       currency text NOT NULL,
       phase text NOT NULL,
       opened_at timestamptz NOT NULL,
       proposals_closed_at timestamptz,
       proposals integer NOT NULL,
       winners integer NOT NULL,
       implemented integer NOT NULL,
       stream_revision integer NOT NULL
     )`,
  );
  await sql.query(`CREATE INDEX ${table}_opened ON ${table} (opened_at DESC, round_id)`);
  // kind: 'winner' (a funded proposal carried on as a new idea) or 'proposal' (an idea sent into the round, counted when funded).
  await sql.query(
    `CREATE TABLE ${tables[BUDGET_ROUND_WINNER_IDEAS]} (idea_id text PRIMARY KEY, round_id text NOT NULL, kind text NOT NULL, implemented boolean NOT NULL)`,
  );
  const proposals = tables[BUDGET_ROUND_PROPOSALS];
  await sql.query(
    `CREATE TABLE ${proposals} (
       round_id text NOT NULL,
       proposal_id text NOT NULL,
       idea_id text,
       title text NOT NULL,
       review text NOT NULL,
       cost bigint,
       not_feasible_reason text,
       merged_into text,
       votes integer,
       funded boolean,
       not_funded_reason text,
       PRIMARY KEY (round_id, proposal_id)
     )`,
  );
  await sql.query(`CREATE INDEX ${proposals}_idea ON ${proposals} (idea_id) WHERE idea_id IS NOT NULL`);
}
