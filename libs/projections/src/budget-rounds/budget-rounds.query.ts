import type { SqlExecutor } from '../runner/projection';
import { BUDGET_ROUND_PROPOSALS, BUDGET_ROUND_WINNER_IDEAS, BUDGET_ROUNDS } from './budget-rounds.table';

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
    // Carried out: recorded on the round, a winner's new idea implemented (counted as it happens), or a funded proposal's own idea implemented.
    `SELECT r.round_id, r.title, r.district, r.amount::text AS amount, r.currency, r.phase, to_json(r.opened_at) #>> '{}' AS opened_at,
            r.proposals, r.winners,
            r.implemented + (SELECT count(*)::int FROM ${BUDGET_ROUND_PROPOSALS} p JOIN ${BUDGET_ROUND_WINNER_IDEAS} w ON w.idea_id = p.idea_id
                              WHERE p.round_id = r.round_id AND p.funded AND w.kind = 'proposal' AND w.implemented) AS implemented
       FROM ${BUDGET_ROUNDS} r ORDER BY r.opened_at DESC, r.round_id LIMIT $1`,
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

/** An idea sent into a round, as its proposer follows it: the round, and the proposal once the worker has recorded it. */
export interface IdeaProposalStatus {
  roundId: string;
  roundTitle: string;
  phase: string;
  currency: string;
  /** When the round left its proposals phase (null: not yet): an idea sent after it is not taken. */
  proposalsClosedAt: string | null;
  /** null until the proposal is on the round (a moment after the idea is sent). */
  proposal: {
    review: 'pending' | 'feasible' | 'not-feasible' | 'merged';
    cost: number | null;
    notFeasibleReason: string | null;
    mergedInto: { proposalId: string; title: string | null } | null;
    votes: number | null;
    funded: boolean | null;
    notFundedReason: string | null;
  } | null;
}

/** null: the round is not in the read model (yet). */
export async function ideaProposalStatus(sql: SqlExecutor, roundId: string, ideaId: string): Promise<IdeaProposalStatus | null> {
  const { rows } = await sql.query<{
    round_id: string;
    round_title: string;
    phase: string;
    currency: string;
    proposals_closed_at: string | null;
    proposal_id: string | null;
    review: 'pending' | 'feasible' | 'not-feasible' | 'merged' | null;
    cost: string | null;
    not_feasible_reason: string | null;
    merged_into: string | null;
    merged_into_title: string | null;
    votes: number | null;
    funded: boolean | null;
    not_funded_reason: string | null;
  }>(
    `SELECT r.round_id, r.title AS round_title, r.phase, r.currency, to_json(r.proposals_closed_at) #>> '{}' AS proposals_closed_at, p.proposal_id, p.review, p.cost::text AS cost, p.not_feasible_reason,
            p.merged_into, m.title AS merged_into_title, p.votes, p.funded, p.not_funded_reason
       FROM ${BUDGET_ROUNDS} r
       LEFT JOIN ${BUDGET_ROUND_PROPOSALS} p ON p.round_id = r.round_id AND p.idea_id = $2
       LEFT JOIN ${BUDGET_ROUND_PROPOSALS} m ON m.round_id = p.round_id AND m.proposal_id = p.merged_into
      WHERE r.round_id = $1`,
    [roundId, ideaId],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    roundId: row.round_id,
    roundTitle: row.round_title,
    phase: row.phase,
    currency: row.currency,
    proposalsClosedAt: row.proposals_closed_at,
    proposal:
      row.proposal_id === null || row.review === null
        ? null
        : {
            review: row.review,
            cost: row.cost === null ? null : Number(row.cost),
            notFeasibleReason: row.not_feasible_reason,
            mergedInto: row.merged_into === null ? null : { proposalId: row.merged_into, title: row.merged_into_title },
            votes: row.votes,
            funded: row.funded,
            notFundedReason: row.not_funded_reason,
          },
  };
}
