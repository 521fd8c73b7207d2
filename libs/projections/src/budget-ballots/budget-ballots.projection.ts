import { ballotOfStream } from '@civic/budgets';
import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldBallotRow, isBallotEvent } from './budget-ballots.fold';
import { BUDGET_BALLOTS, type BudgetBallotRow, createBudgetBallotsTable } from './budget-ballots.table';

const COLUMNS = ['round_id', 'ballot_id', 'choices', 'channel', 'voting_place', 'cast_at', 'changed_at', 'age_check', 'stream_revision'] as const;
const TYPES = ['text', 'text', 'text', 'text', 'text', 'timestamptz', 'timestamptz', 'text', 'int'];

/** Every ballot of every budget round as it stands, for the count at the close of voting and the turnout figures. */
export function budgetBallotsProjection(): Projection {
  return {
    name: BUDGET_BALLOTS,
    tables: [BUDGET_BALLOTS],
    createTables: createBudgetBallotsTable,
    async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames) {
      const mine = events.filter(isBallotEvent);
      if (mine.length === 0) return;
      const table = tables[BUDGET_BALLOTS];
      const keys = [...new Set(mine.map((event) => event.streamId))].map((streamId) => ballotOfStream(streamId)!);
      const existing = await sql.query<BudgetBallotRow>(
        `SELECT round_id, ballot_id, choices, channel, voting_place, to_json(cast_at) #>> '{}' AS cast_at, to_json(changed_at) #>> '{}' AS changed_at, age_check, stream_revision
           FROM ${table} WHERE (round_id, ballot_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [keys.map((key) => key.roundId), keys.map((key) => key.ballotId)],
      );
      const rows = new Map(existing.rows.map((row) => [`${row.round_id}.${row.ballot_id}`, row]));
      const changed = new Map<string, BudgetBallotRow>();
      for (const event of mine) {
        const key = ballotOfStream(event.streamId)!;
        const id = `${key.roundId}.${key.ballotId}`;
        const before = rows.get(id) ?? null;
        const after = foldBallotRow(before, event);
        if (after !== null && after !== before) {
          rows.set(id, after);
          changed.set(id, after);
        }
      }
      if (changed.size === 0) return;
      const list = [...changed.values()];
      // choices travel as JSON text: unnest cannot take an array of arrays of different lengths
      const values = COLUMNS.map((column) => list.map((row) => (column === 'choices' ? JSON.stringify(row.choices) : row[column])));
      await sql.query(
        `INSERT INTO ${table} (${COLUMNS.join(', ')})
         SELECT round_id, ballot_id, ARRAY(SELECT json_array_elements_text(choices::json)), channel, voting_place, cast_at, changed_at, age_check, stream_revision
           FROM unnest(${TYPES.map((type, index) => `$${index + 1}::${type}[]`).join(', ')}) AS u(${COLUMNS.join(', ')})
         ON CONFLICT (round_id, ballot_id) DO UPDATE
           SET choices = EXCLUDED.choices, changed_at = EXCLUDED.changed_at, age_check = EXCLUDED.age_check, stream_revision = EXCLUDED.stream_revision
           WHERE ${table}.stream_revision < EXCLUDED.stream_revision`,
        values,
      );
    },
  };
}
