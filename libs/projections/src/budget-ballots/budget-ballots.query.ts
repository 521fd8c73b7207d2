import type { AgeCheck } from '@civic/budgets';
import type { SqlExecutor } from '../runner/projection';
import { BUDGET_BALLOTS } from './budget-ballots.table';

export interface CountedBallot {
  ballotId: string;
  choices: string[];
  channel: 'online' | 'paper';
  /** How the voter's age was known, where the round has an age limit (null for paper ballots and rounds without one). */
  ageCheck: AgeCheck | null;
}

/** Every ballot of a round as it stands, in the order they were first cast: what CloseVoting counts and the .pb export lists. */
export async function ballotsOfRound(sql: SqlExecutor, roundId: string): Promise<CountedBallot[]> {
  const { rows } = await sql.query<{ ballot_id: string; choices: string[]; channel: 'online' | 'paper'; age_check: AgeCheck | null }>(
    `SELECT ballot_id, choices, channel, age_check FROM ${BUDGET_BALLOTS} WHERE round_id = $1 ORDER BY cast_at, ballot_id`,
    [roundId],
  );
  return rows.map((row) => ({ ballotId: row.ballot_id, choices: row.choices, channel: row.channel, ageCheck: row.age_check }));
}

/** Turnout so far, by channel; of the online ballots, how many had their age verified by the identity provider or stated. */
export async function ballotTurnout(sql: SqlExecutor, roundId: string): Promise<{ online: number; paper: number; ageVerified: number; ageStated: number }> {
  const { rows } = await sql.query<{ channel: string; age_check: AgeCheck | null; n: string }>(
    `SELECT channel, age_check, count(*) AS n FROM ${BUDGET_BALLOTS} WHERE round_id = $1 GROUP BY channel, age_check`,
    [roundId],
  );
  const count = (match: (row: { channel: string; age_check: AgeCheck | null }) => boolean) => rows.filter(match).reduce((sum, row) => sum + Number(row.n), 0);
  return {
    online: count((row) => row.channel === 'online'),
    paper: count((row) => row.channel === 'paper'),
    ageVerified: count((row) => row.channel === 'online' && row.age_check === 'identity-provider'),
    ageStated: count((row) => row.channel === 'online' && row.age_check === 'statement'),
  };
}
