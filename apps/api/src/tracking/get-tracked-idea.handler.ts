import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Idea } from '@civic/ideas';
import { ideaProposalStatus } from '@civic/projections';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { trackedBudgetProposal, type TrackedBudgetProposalView } from './tracked-budget-proposal.view';
import { GetTrackedIdeaQuery } from './get-tracked-idea.query';
import { TrackedIdeas } from './tracked-ideas';
import { toTrackedIdeaView } from './tracked-idea.view';
import { SubmitterContacts, SubmitterTexts } from '@civic/casework';

@QueryHandler(GetTrackedIdeaQuery)
export class GetTrackedIdeaHandler implements IQueryHandler<GetTrackedIdeaQuery> {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly contacts: SubmitterContacts,
    private readonly texts: SubmitterTexts,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async execute({ trackingToken }: GetTrackedIdeaQuery) {
    const loaded = await this.tracked.resolve(trackingToken);
    // The citizen reads what they typed while the key exists; the masked copy after erasure.
    const { state, events } = await this.texts.revealLoaded(loaded);
    return toTrackedIdeaView(state, events, await this.contacts.view(loaded.state), await this.budgetProposal(loaded.state));
  }

  /** An idea sent into a budget round: where its proposal stands, read from the budget_rounds read model. */
  private async budgetProposal(idea: Idea): Promise<TrackedBudgetProposalView | null> {
    const origin = idea.budgetRound;
    if (origin === null || origin.kind !== 'proposal') return null;
    return trackedBudgetProposal(origin.roundId, await ideaProposalStatus(this.pool, origin.roundId, idea.id), idea.submittedAt ?? '');
  }
}
