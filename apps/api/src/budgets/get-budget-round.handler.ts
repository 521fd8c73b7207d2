import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { RoundNotFoundError } from '@civic/budgets';
import { BudgetRoundRepository, proposalIdeas } from '@civic/casework';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { budgetRoundView } from './budget-round.view';
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
    return budgetRoundView(state, revision, await proposalIdeas(this.pool, state));
  }
}
