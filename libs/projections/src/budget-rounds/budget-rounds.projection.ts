import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldRoundRow, isRoundEvent } from './budget-rounds.fold';
import { BUDGET_ROUNDS, type BudgetRoundRow, createBudgetRoundsTable } from './budget-rounds.table';

const COLUMNS = [
  'round_id',
  'title',
  'district',
  'amount',
  'currency',
  'phase',
  'opened_at',
  'proposals',
  'winners',
  'implemented',
  'stream_revision',
] as const;
const TYPES = ['text', 'text', 'text', 'bigint', 'text', 'text', 'timestamptz', 'int', 'int', 'int', 'int'];

/** Every budget round in one row, for the staff's list of rounds (a round's own page folds its stream). */
export function budgetRoundsProjection(): Projection {
  return {
    name: BUDGET_ROUNDS,
    tables: [BUDGET_ROUNDS],
    createTables: createBudgetRoundsTable,
    async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames) {
      const mine = events.filter(isRoundEvent);
      if (mine.length === 0) return;
      const table = tables[BUDGET_ROUNDS];
      const ids = [...new Set(mine.map((event) => event.streamId.slice('budget-round-'.length)))];
      const existing = await sql.query<BudgetRoundRow>(
        `SELECT round_id, title, district, amount::float8 AS amount, currency, phase, to_json(opened_at) #>> '{}' AS opened_at,
                proposals, winners, implemented, stream_revision
           FROM ${table} WHERE round_id = ANY($1::text[])`,
        [ids],
      );
      const rows = new Map(existing.rows.map((row) => [row.round_id, row]));
      const changed = new Map<string, BudgetRoundRow>();
      for (const event of mine) {
        const id = event.streamId.slice('budget-round-'.length);
        const before = rows.get(id) ?? null;
        const after = foldRoundRow(before, event);
        if (after !== null && after !== before) {
          rows.set(id, after);
          changed.set(id, after);
        }
      }
      if (changed.size === 0) return;
      const list = [...changed.values()];
      await sql.query(
        `INSERT INTO ${table} (${COLUMNS.join(', ')})
         SELECT * FROM unnest(${TYPES.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})
         ON CONFLICT (round_id) DO UPDATE
           SET ${COLUMNS.filter((column) => column !== 'round_id')
             .map((column) => `${column} = EXCLUDED.${column}`)
             .join(', ')}
           WHERE ${table}.stream_revision < EXCLUDED.stream_revision`,
        COLUMNS.map((column) => list.map((row) => row[column])),
      );
    },
  };
}
