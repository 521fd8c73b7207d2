import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../http/request-context';

export class CastPaperBallotCommand extends Command<{ ballotId: string }> {
  constructor(
    readonly roundId: string,
    readonly choices: string[],
    readonly votingPlace: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}
