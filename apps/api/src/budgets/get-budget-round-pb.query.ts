import { Query } from '@nestjs/cqrs';

/** A counted round as a pabulib .pb file (the text). */
export class GetBudgetRoundPbQuery extends Query<string> {
  constructor(readonly roundId: string) {
    super();
  }
}
