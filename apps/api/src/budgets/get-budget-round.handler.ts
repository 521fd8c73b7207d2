import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { type BudgetRound, RoundNotFoundError } from '@civic/budgets';
import { BudgetRoundRepository, ideaOfProposal } from '@civic/casework';
import { PUBLIC_STATUS } from '@civic/projections';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { budgetRoundView, type WinnerIdea } from './budget-round.view';
import { GetBudgetRoundQuery } from './get-budget-round.query';

/**
 * A round is a few hundred events at most (ballots are elsewhere): it is folded from its stream on each read. The
 * ideas of its proposals sent in as ideas, and of its winners (the same idea, or one whose id is derived from round and
 * proposal), are read from the public status, so the page links to them and a winner is carried out when its idea is
 * implemented.
 */
@QueryHandler(GetBudgetRoundQuery)
export class GetBudgetRoundHandler implements IQueryHandler<GetBudgetRoundQuery> {
  constructor(
    private readonly rounds: BudgetRoundRepository,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async execute({ roundId }: GetBudgetRoundQuery) {
    const { state, revision } = await this.rounds.load(roundId);
    if (state.phase === 'none') throw new RoundNotFoundError(roundId);
    return budgetRoundView(state, revision, await this.winnerIdeas(state));
  }

  private async winnerIdeas(round: BudgetRound): Promise<Map<string, WinnerIdea>> {
    const winners = new Set(round.results?.winners ?? []);
    const withIdeas = round.proposals.filter((proposal) => proposal.ideaId !== null || winners.has(proposal.id));
    if (withIdeas.length === 0) return new Map();
    const proposalOf = new Map(withIdeas.map((proposal) => [ideaOfProposal(round.id, proposal), proposal.id]));
    const { rows } = await this.pool.query<{
      idea_id: string;
      public_code: string;
      status: string;
      implementation_percent: number | null;
      implemented_at: Date | null;
      hidden_reason: string | null;
    }>(`SELECT idea_id, public_code, status, implementation_percent, implemented_at, hidden_reason FROM ${PUBLIC_STATUS} WHERE idea_id = ANY($1::uuid[])`, [
      [...proposalOf.keys()],
    ]);
    return new Map(
      rows.map((row) => [
        proposalOf.get(row.idea_id)!,
        {
          id: row.idea_id,
          publicCode: row.public_code,
          status: row.status,
          percentComplete: row.implementation_percent,
          implementedAt: row.implemented_at === null ? null : new Date(row.implemented_at).toISOString(),
          hiddenReason: row.hidden_reason,
        },
      ]),
    );
  }
}
