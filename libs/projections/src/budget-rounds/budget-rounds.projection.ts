import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldProposalRows, foldRoundRow, isRoundEvent } from './budget-rounds.fold';
import {
  BUDGET_ROUND_PROPOSALS,
  BUDGET_ROUND_WINNER_IDEAS,
  BUDGET_ROUNDS,
  type BudgetRoundProposalRow,
  type BudgetRoundRow,
  createBudgetRoundsTable,
} from './budget-rounds.table';

const COLUMNS = [
  'round_id',
  'title',
  'district',
  'amount',
  'currency',
  'phase',
  'opened_at',
  'proposals_closed_at',
  'proposals',
  'winners',
  'implemented',
  'stream_revision',
] as const;
const TYPES = ['text', 'text', 'text', 'bigint', 'text', 'text', 'timestamptz', 'timestamptz', 'int', 'int', 'int', 'int'];

/**
 * Every budget round in one row, for the staff's list of rounds (a round's own page folds its stream). A winner is
 * carried out when the round records it (rounds counted before winners became ideas) or when its idea is implemented.
 */
export function budgetRoundsProjection(): Projection {
  return {
    name: BUDGET_ROUNDS,
    tables: [BUDGET_ROUNDS, BUDGET_ROUND_WINNER_IDEAS, BUDGET_ROUND_PROPOSALS],
    createTables: createBudgetRoundsTable,
    async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames) {
      const applied = await applyRoundEvents(sql, events.filter(isRoundEvent), tables[BUDGET_ROUNDS]);
      await applyProposalEvents(sql, applied, tables[BUDGET_ROUND_PROPOSALS]);
      await applyWinnerIdeaEvents(sql, events, tables);
    },
  };
}

/** Returns the events applied: those past the revision the round's row had (a batch seen twice applies none). */
async function applyRoundEvents(sql: SqlExecutor, mine: readonly StoredEvent[], table: string): Promise<StoredEvent[]> {
  if (mine.length === 0) return [];
  const ids = [...new Set(mine.map((event) => event.streamId.slice('budget-round-'.length)))];
  const existing = await sql.query<BudgetRoundRow>(
    `SELECT round_id, title, district, amount::float8 AS amount, currency, phase, to_json(opened_at) #>> '{}' AS opened_at,
                to_json(proposals_closed_at) #>> '{}' AS proposals_closed_at, proposals, winners, implemented, stream_revision
           FROM ${table} WHERE round_id = ANY($1::text[])`,
    [ids],
  );
  const rows = new Map(existing.rows.map((row) => [row.round_id, row]));
  const changed = new Map<string, BudgetRoundRow>();
  const applied: StoredEvent[] = [];
  for (const event of mine) {
    const id = event.streamId.slice('budget-round-'.length);
    const before = rows.get(id) ?? null;
    const after = foldRoundRow(before, event);
    if (after !== null && after !== before) {
      rows.set(id, after);
      changed.set(id, after);
      applied.push(event);
    }
  }
  if (changed.size === 0) return applied;
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
  return applied;
}

const PROPOSAL_COLUMNS = [
  'round_id',
  'proposal_id',
  'idea_id',
  'title',
  'review',
  'cost',
  'not_feasible_reason',
  'merged_into',
  'votes',
  'funded',
  'not_funded_reason',
] as const;
const PROPOSAL_TYPES = ['text', 'text', 'text', 'text', 'text', 'bigint', 'text', 'text', 'int', 'boolean', 'text'];

/** The proposals' rows after the round events just applied (so, like the rounds' rows, never twice). */
async function applyProposalEvents(sql: SqlExecutor, applied: readonly StoredEvent[], table: string): Promise<void> {
  const relevant = applied.filter((event) =>
    ['ProposalSubmitted', 'ProposalFeasibilityRecorded', 'ProposalsMerged', 'RoundResultsComputed'].includes(event.type),
  );
  if (relevant.length === 0) return;
  const roundIds = [...new Set(relevant.map((event) => event.streamId.slice('budget-round-'.length)))];
  const existing = await sql.query<BudgetRoundProposalRow>(
    `SELECT round_id, proposal_id, idea_id, title, review, cost::float8 AS cost, not_feasible_reason, merged_into, votes, funded, not_funded_reason
       FROM ${table} WHERE round_id = ANY($1::text[])`,
    [roundIds],
  );
  const key = (roundId: string, proposalId: string) => `${roundId}\u0000${proposalId}`;
  const rows = new Map(existing.rows.map((row) => [key(row.round_id, row.proposal_id), row]));
  const changed = new Map<string, BudgetRoundProposalRow>();
  for (const event of relevant) {
    const roundId = event.streamId.slice('budget-round-'.length);
    for (const row of foldProposalRows((proposalId) => rows.get(key(roundId, proposalId)), event)) {
      rows.set(key(row.round_id, row.proposal_id), row);
      changed.set(key(row.round_id, row.proposal_id), row);
    }
  }
  if (changed.size === 0) return;
  const list = [...changed.values()];
  await sql.query(
    `INSERT INTO ${table} (${PROPOSAL_COLUMNS.join(', ')})
         SELECT * FROM unnest(${PROPOSAL_TYPES.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})
         ON CONFLICT (round_id, proposal_id) DO UPDATE
           SET ${PROPOSAL_COLUMNS.filter((column) => column !== 'round_id' && column !== 'proposal_id')
             .map((column) => `${column} = EXCLUDED.${column}`)
             .join(', ')}`,
    PROPOSAL_COLUMNS.map((column) => list.map((row) => row[column])),
  );
}

/**
 * A round's idea is remembered when submitted. A winner's idea (a new idea for a proposal entered in the round) is
 * counted once on its round when implemented (a batch seen twice changes nothing); an idea sent in as a proposal counts
 * when its proposal is funded, which the list works out when it is read (the count and the implementation may come in
 * either order).
 */
async function applyWinnerIdeaEvents(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
  const winnerIdeas = tables[BUDGET_ROUND_WINNER_IDEAS];
  const submitted = events.filter((event) => event.type === 'IdeaSubmitted' && (event.data as { budgetRound?: unknown }).budgetRound);
  if (submitted.length > 0) {
    const origins = submitted.map((event) => (event.data as { budgetRound: { roundId: string; kind?: string } }).budgetRound);
    await sql.query(
      `INSERT INTO ${winnerIdeas} (idea_id, round_id, kind, implemented)
         SELECT *, false FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (idea_id) DO NOTHING`,
      [submitted.map(ideaIdOf), origins.map((origin) => origin.roundId), origins.map((origin) => (origin.kind === 'proposal' ? 'proposal' : 'winner'))],
    );
  }
  const implemented = events.filter((event) => event.type === 'IdeaImplemented').map(ideaIdOf);
  if (implemented.length === 0) return;
  await sql.query(
    `WITH done AS (
       UPDATE ${winnerIdeas} SET implemented = true WHERE idea_id = ANY($1::text[]) AND NOT implemented RETURNING round_id, kind
     )
     UPDATE ${tables[BUDGET_ROUNDS]} r SET implemented = r.implemented + d.n
       FROM (SELECT round_id, count(*)::int AS n FROM done WHERE kind = 'winner' GROUP BY round_id) d
      WHERE r.round_id = d.round_id`,
    [implemented],
  );
}

const ideaIdOf = (event: StoredEvent) => event.streamId.slice('idea-'.length);
