import type { AgeCheck } from '@civic/budgets';
import type { SqlExecutor, TableNames } from '../runner/projection';

/** The projection's name, and the logical table (a view on the active generation) that the count reads. */
export const BUDGET_BALLOTS = 'budget_ballots';

/** One ballot as it stands: the voter's latest choices. No voter identity: the ballot id is a keyed hash or a paper sheet's id. */
export interface BudgetBallotRow {
  round_id: string;
  ballot_id: string;
  choices: string[];
  channel: 'online' | 'paper';
  voting_place: string | null;
  cast_at: string;
  changed_at: string | null;
  /** Online, in a round with an age limit: 'identity-provider' (the provider's birthdate) or 'statement' (the voter's word). */
  age_check: AgeCheck | null;
  /** The ballot stream's revision last applied: a batch seen twice changes nothing. */
  stream_revision: number;
}

export async function createBudgetBallotsTable(sql: SqlExecutor, tables: TableNames): Promise<void> {
  const table = tables[BUDGET_BALLOTS];
  await sql.query(
    `CREATE TABLE ${table} (
       round_id text NOT NULL,
       ballot_id text NOT NULL,
       choices text[] NOT NULL,
       channel text NOT NULL,
       voting_place text,
       cast_at timestamptz NOT NULL,
       changed_at timestamptz,
       age_check text,
       stream_revision integer NOT NULL,
       PRIMARY KEY (round_id, ballot_id)
     )`,
  );
}
