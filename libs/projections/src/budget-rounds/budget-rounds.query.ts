import type { SqlExecutor } from '../runner/projection';
import { BUDGET_ROUNDS } from './budget-rounds.table';

export interface BudgetRoundListItem {
  id: string;
  title: string;
  district: string | null;
  amount: number;
  currency: string;
  phase: string;
  openedAt: string;
  proposals: number;
  winners: number;
  implemented: number;
}

/** The rounds, newest first. */
export async function listBudgetRounds(sql: SqlExecutor, limit = 200): Promise<BudgetRoundListItem[]> {
  const { rows } = await sql.query<{
    round_id: string;
    title: string;
    district: string | null;
    amount: string;
    currency: string;
    phase: string;
    opened_at: string;
    proposals: number;
    winners: number;
    implemented: number;
  }>(
    `SELECT round_id, title, district, amount::text AS amount, currency, phase, to_json(opened_at) #>> '{}' AS opened_at, proposals, winners, implemented
       FROM ${BUDGET_ROUNDS} ORDER BY opened_at DESC, round_id LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.round_id,
    title: row.title,
    district: row.district,
    amount: Number(row.amount),
    currency: row.currency,
    phase: row.phase,
    openedAt: row.opened_at,
    proposals: row.proposals,
    winners: row.winners,
    implemented: row.implemented,
  }));
}
