import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { RoundNotFoundError, writePb } from '@civic/budgets';
import { BudgetRoundRepository, hiddenProposalNames, proposalIdeas } from '@civic/casework';
import { ballotsOfRound } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { GetBudgetRoundPbQuery } from './get-budget-round-pb.query';

/**
 * The ballots as counted: the read model has applied every ballot, since the count itself waited for it. A project whose
 * idea's text staff hide is named by the idea's public code, as on the round's page.
 */
@QueryHandler(GetBudgetRoundPbQuery)
export class GetBudgetRoundPbHandler implements IQueryHandler<GetBudgetRoundPbQuery> {
  constructor(
    private readonly rounds: BudgetRoundRepository,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async execute({ roundId }: GetBudgetRoundPbQuery) {
    const { state } = await this.rounds.load(roundId);
    if (state.phase === 'none') throw new RoundNotFoundError(roundId);
    if (state.results === null)
      throw new ProblemError(409, 'not-counted-yet', 'The round has not been counted yet', 'The .pb file exists once voting has closed.');
    return writePb(state, await ballotsOfRound(this.pool, roundId), hiddenProposalNames(await proposalIdeas(this.pool, state)));
  }
}
