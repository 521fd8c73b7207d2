import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { AlreadyImplementedError, decideRound, type RoundCommand } from '@civic/budgets';
import type { IdeaCommand } from '@civic/ideas';
import { BudgetRoundRepository, IdeaRepository, ideaOfProposal, StaleRevisionError } from '@civic/casework';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { Clock } from '@civic/platform';
import { BUDGET_BALLOTS, ballotsOfRound, projectionStatus } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { ChangeBudgetRoundCommand } from './change-budget-round.command';
import type { RequestContext } from '../http/request-context';

@CommandHandler(ChangeBudgetRoundCommand)
export class ChangeBudgetRoundHandler implements ICommandHandler<ChangeBudgetRoundCommand> {
  constructor(
    private readonly rounds: BudgetRoundRepository,
    private readonly clock: Clock,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ideas: IdeaRepository,
  ) {}

  async execute({ roundId, expectedRevision, change, context }: ChangeBudgetRoundCommand) {
    const base = { roundId, at: this.clock.now().toISOString(), actor: context.actor };
    if (change.type === 'CloseVoting') return this.closeVoting(roundId, expectedRevision, base, context);
    if (change.type === 'RecordWinnerProgress' || change.type === 'CompleteWinner') {
      const onIdea = await this.onWinnerIdea({ ...base, ...change }, expectedRevision, context);
      if (onIdea !== null) return onIdea;
    }
    const expected = expectedRevision === 'current' ? (await this.rounds.load(roundId)).revision : expectedRevision;
    const { revision } = await this.rounds.execute({ ...base, ...change } as RoundCommand, expected, context);
    return { roundId, revision };
  }

  /**
   * A winner is carried out as its idea: once the worker has made it, progress and completion go to the idea (at its
   * current revision; If-Match is still the round's, and the round must still accept the change, so the refusals stay
   * the round's). Before that (a round counted before winners became ideas), or when a proposal's own idea was closed
   * another way before it won, null: they are recorded on the round.
   */
  private async onWinnerIdea(
    command: Extract<RoundCommand, { type: 'RecordWinnerProgress' | 'CompleteWinner' }>,
    expectedRevision: number | 'new' | 'current',
    context: RequestContext,
  ): Promise<{ roundId: string; revision: number } | null> {
    const round = await this.rounds.load(command.roundId);
    if (typeof expectedRevision === 'number' && round.revision >= 0 && round.revision !== expectedRevision) {
      throw new StaleRevisionError(expectedRevision, round.revision);
    }
    decideRound(command, round.state);
    const proposal = round.state.proposals.find((candidate) => candidate.id === command.proposalId)!;
    const idea = await this.ideas.load(ideaOfProposal(command.roundId, proposal));
    if (idea.state.status === 'none') return null;
    if (idea.state.status === 'implemented') throw new AlreadyImplementedError(command.proposalId);
    // A proposal's own idea closed another way before it won (withdrawn, a duplicate, answered otherwise): the worker
    // could not accept it, so the round records the project's progress itself.
    const { status, decision } = idea.state;
    if (status === 'withdrawn' || status === 'duplicate' || (status === 'answered' && decision !== 'accepted')) return null;
    // The worker has begun the idea but not yet accepted it (a moment after the count): a race, not a mistake.
    if (idea.state.status !== 'answered' && idea.state.status !== 'in_implementation') {
      throw new ProblemError(
        409,
        'winner-idea-not-ready',
        'The project is still being set up as an idea',
        'The worker is carrying the winner on as an idea: try again in a moment.',
      );
    }
    const ideaCommand: IdeaCommand =
      command.type === 'RecordWinnerProgress'
        ? { type: 'RecordImplementationProgress', ideaId: idea.state.id, at: command.at, note: command.note, percentComplete: command.percentComplete }
        : { type: 'CompleteImplementation', ideaId: idea.state.id, at: command.at, note: command.note };
    await this.ideas.decideAndAppend(idea, ideaCommand, context);
    return { roundId: command.roundId, revision: round.revision };
  }

  /** The ballots are read only for a round whose voting is open: anything else the domain refuses on its own (404, 409). */
  private async closeVoting(
    roundId: string,
    expectedRevision: number | 'new' | 'current',
    base: { roundId: string; at: string; actor: string },
    context: RequestContext,
  ) {
    const loaded = await this.rounds.load(roundId);
    const ballots = loaded.state.phase === 'voting' ? await this.ballotsToCount(roundId) : [];
    const expected = typeof expectedRevision === 'number' ? expectedRevision : loaded.revision;
    const { revision } = await this.rounds.execute({ ...base, type: 'CloseVoting', ballots }, expected, context);
    return { roundId, revision };
  }

  /** The count reads the ballots read model, so it must have applied every event there is: otherwise a late ballot would be left out. */
  private async ballotsToCount(roundId: string): Promise<string[][]> {
    const status = (await projectionStatus(this.pool, this.store)).find((projection) => projection.name === BUDGET_BALLOTS);
    if (status === undefined || status.positionsBehind > 0) {
      throw new ProblemError(
        503,
        'ballots-not-counted-yet',
        'The ballots are still being recorded',
        'The ballot read model is behind the event store: try again in a moment.',
      );
    }
    return (await ballotsOfRound(this.pool, roundId)).map((ballot) => ballot.choices);
  }
}
