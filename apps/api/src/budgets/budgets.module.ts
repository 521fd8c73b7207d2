import { Module } from '@nestjs/common';
import { BudgetRoundRepository, IdeaRepository } from '@civic/casework';
import { BudgetRoundsController } from './budget-rounds.controller';
import { CastPaperBallotHandler } from './cast-paper-ballot.handler';
import { ChangeBudgetRoundHandler } from './change-budget-round.handler';
import { GetBudgetRoundPbHandler } from './get-budget-round-pb.handler';
import { GetBudgetRoundHandler } from './get-budget-round.handler';

/** Participatory budgets over HTTP: staff run rounds, citizens propose and read them. Online voting waits for voter verification. */
@Module({
  controllers: [BudgetRoundsController],
  providers: [BudgetRoundRepository, IdeaRepository, ChangeBudgetRoundHandler, CastPaperBallotHandler, GetBudgetRoundHandler, GetBudgetRoundPbHandler],
})
export class BudgetsModule {}
