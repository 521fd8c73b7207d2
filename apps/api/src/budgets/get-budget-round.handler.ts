import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RoundNotFoundError } from '@civic/budgets';
import { BudgetRoundRepository } from '@civic/casework';
import { budgetRoundView } from './budget-round.view';
import { GetBudgetRoundQuery } from './get-budget-round.query';

/** A round is a few hundred events at most (ballots are elsewhere): it is folded from its stream on each read. */
@QueryHandler(GetBudgetRoundQuery)
export class GetBudgetRoundHandler implements IQueryHandler<GetBudgetRoundQuery> {
  constructor(private readonly rounds: BudgetRoundRepository) {}

  async execute({ roundId }: GetBudgetRoundQuery) {
    const { state, revision } = await this.rounds.load(roundId);
    if (state.phase === 'none') throw new RoundNotFoundError(roundId);
    return budgetRoundView(state, revision);
  }
}
