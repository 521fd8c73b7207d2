import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldRoundRow, isRoundEvent } from './budget-rounds.fold';
import { BUDGET_ROUND_WINNER_IDEAS, BUDGET_ROUNDS, type BudgetRoundRow, createBudgetRoundsTable } from './budget-rounds.table';

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

/**
 * Every budget round in one row, for the staff's list of rounds (a round's own page folds its stream). A winner is
 * carried out when the round records it (rounds counted before winners became ideas) or when its idea is implemented.
 */
export function budgetRoundsProjection(): Projection {
  return {
    name: BUDGET_ROUNDS,
    tables: [BUDGET_ROUNDS, BUDGET_ROUND_WINNER_IDEAS],
    createTables: createBudgetRoundsTable,
    async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames) {
      await applyRoundEvents(sql, events.filter(isRoundEvent), tables[BUDGET_ROUNDS]);
      await applyWinnerIdeaEvents(sql, events, tables);
    },
  };
}

async function applyRoundEvents(sql: SqlExecutor, mine: readonly StoredEvent[], table: string): Promise<void> {
  if (mine.length === 0) return;
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
}

/** A winner's idea is remembered when submitted, and counted once on its round when implemented (a batch seen twice changes nothing). */
async function applyWinnerIdeaEvents(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
  const winnerIdeas = tables[BUDGET_ROUND_WINNER_IDEAS];
  const submitted = events.filter((event) => event.type === 'IdeaSubmitted' && (event.data as { budgetRound?: unknown }).budgetRound);
  if (submitted.length > 0) {
    await sql.query(
      `INSERT INTO ${winnerIdeas} (idea_id, round_id, implemented) SELECT *, false FROM unnest($1::text[], $2::text[]) ON CONFLICT (idea_id) DO NOTHING`,
      [submitted.map(ideaIdOf), submitted.map((event) => (event.data as { budgetRound: { roundId: string } }).budgetRound.roundId)],
    );
  }
  const implemented = events.filter((event) => event.type === 'IdeaImplemented').map(ideaIdOf);
  if (implemented.length === 0) return;
  await sql.query(
    `WITH done AS (
       UPDATE ${winnerIdeas} SET implemented = true WHERE idea_id = ANY($1::text[]) AND NOT implemented RETURNING round_id
     )
     UPDATE ${tables[BUDGET_ROUNDS]} r SET implemented = r.implemented + d.n
       FROM (SELECT round_id, count(*)::int AS n FROM done GROUP BY round_id) d
      WHERE r.round_id = d.round_id`,
    [implemented],
  );
}

const ideaIdOf = (event: StoredEvent) => event.streamId.slice('idea-'.length);
