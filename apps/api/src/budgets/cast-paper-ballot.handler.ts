import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BudgetRoundRepository } from '@civic/casework';
import { Clock } from '@civic/platform';
import { CastPaperBallotCommand } from './cast-paper-ballot.command';

/** A sheet from a voting place, typed in by staff: a ballot stream of its own, marked paper. */
@CommandHandler(CastPaperBallotCommand)
export class CastPaperBallotHandler implements ICommandHandler<CastPaperBallotCommand> {
  constructor(
    private readonly rounds: BudgetRoundRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ roundId, choices, votingPlace, context }: CastPaperBallotCommand) {
    const ballotId = randomUUID();
    await this.rounds.castBallot(
      { type: 'CastBallot', roundId, ballotId, choices, voter: { kind: 'paper', votingPlace }, at: this.clock.now().toISOString(), actor: context.actor },
      context,
    );
    return { ballotId };
  }
}
