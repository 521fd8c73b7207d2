import { Query } from '@nestjs/cqrs';
import type { BudgetRoundView } from './budget-round.view';

export class GetBudgetRoundQuery extends Query<BudgetRoundView> {
  constructor(readonly roundId: string) {
    super();
  }
}
