import { Command } from '@nestjs/cqrs';
import type { RoundCommand } from '@civic/budgets';
import type { RequestContext } from '../http/request-context';

/** A round command as the caller states it: the handler adds the round, the time, the actor and (to close voting) the ballots. */
export type RoundChange = RoundCommand extends infer C
  ? C extends { type: 'CloseVoting' }
    ? { type: 'CloseVoting' }
    : Omit<C, 'roundId' | 'at' | 'actor'>
  : never;

export class ChangeBudgetRoundCommand extends Command<{ roundId: string; revision: number }> {
  constructor(
    readonly roundId: string,
    /** From If-Match; 'new' to open a round; 'current' for a citizen's proposal (a concurrent change is then a 409). */
    readonly expectedRevision: number | 'new' | 'current',
    readonly change: RoundChange,
    readonly context: RequestContext,
  ) {
    super();
  }
}
