import { Inject, Injectable } from '@nestjs/common';
import { type BudgetDomainError, ProposalAlreadySubmittedError, proposalOf, type SubmitProposal, WrongPhaseError } from '@civic/budgets';
import { EVENT_STORE, type EventStore, WrongExpectedVersion } from '@civic/event-store';
import { Clock } from '@civic/platform';
import { BUDGET_WINNERS_ACTOR, BudgetRoundRepository, type IdeaProposalJob, IdeaRepository, StaleRevisionError } from '@civic/casework';
import type { JobContext, JobHandler } from '../jobs/job-handler';

const TITLE_MAX = 200;
const SUMMARY_MAX = 5000;

/**
 * Records an idea sent into a round on the round's stream, as its own proposal (the proposal's id is the idea's), through
 * the round's SubmitProposal with the idea's masked public text, district, category and submission time. The round
 * decides: if staff moved it on in the meantime, an idea sent while proposals were open still counts. Run twice, or two
 * at once, the second finds the proposal (or loses the append and then finds it): never two proposals.
 */
@Injectable()
export class BudgetIdeaProposalHandler implements JobHandler<'budget-idea-proposal'> {
  readonly jobName = 'budget-idea-proposal';
  private readonly rounds: BudgetRoundRepository;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(IdeaRepository) private readonly ideas: IdeaRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.rounds = new BudgetRoundRepository(store);
  }

  async handle(data: IdeaProposalJob, job: JobContext): Promise<string> {
    const { events } = await this.ideas.load(data.ideaId);
    const submitted = events.find((event) => event.id === data.eventId && event.type === 'IdeaSubmitted');
    if (submitted === undefined) throw new Error(`Idea ${data.ideaId} has no IdeaSubmitted ${data.eventId}`);
    // The masked copy kept in clear for public use (what the idea's public page shows), never the sealed text.
    const idea = submitted.data as { title: string; description: string; district: string; category: string; at: string };
    for (let attempt = 1; attempt <= 20; attempt++) {
      const round = await this.rounds.load(data.roundId);
      if (proposalOf(round.state, data.ideaId) !== undefined) return `proposal ${data.ideaId} already on round ${data.roundId}`;
      const command: SubmitProposal = {
        type: 'SubmitProposal',
        roundId: data.roundId,
        at: this.clock.now().toISOString(),
        actor: BUDGET_WINNERS_ACTOR,
        proposalId: data.ideaId,
        ideaId: data.ideaId,
        title: shortened(idea.title, TITLE_MAX),
        summary: shortened(idea.description, SUMMARY_MAX),
        submittedAt: idea.at,
        district: idea.district,
        category: idea.category,
      };
      try {
        await this.rounds.execute(command, round.revision, { actor: BUDGET_WINNERS_ACTOR, correlationId: job.correlationId });
        return `proposal ${data.ideaId} recorded on round ${data.roundId}`;
      } catch (error) {
        if (error instanceof WrongExpectedVersion || error instanceof StaleRevisionError) continue;
        if (error instanceof ProposalAlreadySubmittedError) return `proposal ${data.ideaId} already on round ${data.roundId}`;
        // Sent after the round left its proposals phase (the API's check lost a race with staff): the round refuses it for good.
        if (error instanceof WrongPhaseError) return `not recorded: ${(error as BudgetDomainError).message} (idea sent ${idea.at})`;
        throw error;
      }
    }
    throw new Error(`Round ${data.roundId} kept changing while idea ${data.ideaId} was recorded as a proposal`);
  }
}

/** The proposal is a summary: the whole idea is on its own page, linked from the round's. */
function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
