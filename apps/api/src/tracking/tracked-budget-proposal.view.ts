import { ApiProperty } from '@nestjs/swagger';
import { NOT_FUNDED_TEXT, type NotFundedReason } from '@civic/budgets';
import type { IdeaProposalStatus } from '@civic/projections';

/** Where a proposal sent in as an idea stands in its round, as its proposer reads it. */
export const PROPOSAL_STAGES = [
  'submitted',
  'too-late',
  'pending',
  'feasible',
  'on-ballot',
  'not-feasible',
  'merged',
  'funded',
  'not-funded',
  'not-reviewed',
] as const;
export type ProposalStage = (typeof PROPOSAL_STAGES)[number];

export class MergedIntoView {
  @ApiProperty() proposalId: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
}

export class TrackedBudgetProposalView {
  @ApiProperty({ format: 'uuid', description: 'The round’s public page is /budget-rounds/<roundId>' }) roundId: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for a moment after the round was opened' }) roundTitle: string | null;
  @ApiProperty({
    enum: PROPOSAL_STAGES,
    description:
      'submitted: being added to the round; too-late: sent the moment after the round closed its proposals, so not taken; pending: in review; feasible (with its cost estimate); on-ballot: feasible and voting is open; not-feasible (with the staff’s reason); merged (into another proposal); funded; not-funded (with the reason from the results); not-reviewed: voting opened before it was reviewed',
  })
  status: ProposalStage;
  @ApiProperty({ type: Number, nullable: true, description: 'The cost estimate of a feasible proposal, in the round’s currency' }) costEstimate: number | null;
  @ApiProperty({ type: String, nullable: true }) currency: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it is not feasible, in the words of the staff who reviewed it' })
  notFeasibleReason: string | null;
  @ApiProperty({ type: MergedIntoView, nullable: true }) mergedInto: MergedIntoView | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Its votes, once counted' }) votes: number | null;
  @ApiProperty({ type: String, nullable: true, enum: Object.keys(NOT_FUNDED_TEXT) }) notFundedReason: NotFundedReason | null;
  @ApiProperty({ description: 'Where it stands, in plain English (the tracking page says it in the page’s language)' }) explanation: string;
}

/**
 * status: the budget_rounds read model's view of the round and the proposal (null: the round is not there yet);
 * submittedAt: when the idea was sent. Pure.
 */
export function trackedBudgetProposal(roundId: string, status: IdeaProposalStatus | null, submittedAt: string): TrackedBudgetProposalView {
  const proposal = status?.proposal ?? null;
  const stage = stageOf(status, submittedAt);
  const reason = proposal?.funded === false ? (proposal.notFundedReason as NotFundedReason | null) : null;
  const view = {
    roundId,
    roundTitle: status?.roundTitle ?? null,
    status: stage,
    costEstimate: proposal?.cost ?? null,
    currency: status?.currency ?? null,
    notFeasibleReason: proposal?.review === 'not-feasible' ? proposal.notFeasibleReason : null,
    mergedInto: proposal?.mergedInto ?? null,
    votes: proposal?.votes ?? null,
    notFundedReason: reason,
  };
  return { ...view, explanation: explain(view) };
}

function stageOf(status: IdeaProposalStatus | null, submittedAt: string): ProposalStage {
  const proposal = status?.proposal ?? null;
  if (status === null) return 'submitted';
  if (proposal === null) {
    // The API checked the round as it was; staff closed its proposals a moment before the idea was written: the round refused it.
    const closedAt = status.proposalsClosedAt;
    return closedAt !== null && Date.parse(submittedAt) > Date.parse(closedAt) ? 'too-late' : 'submitted';
  }
  if (proposal.review === 'merged') return 'merged';
  if (proposal.funded === true) return 'funded';
  if (proposal.funded === false) return 'not-funded';
  if (proposal.review === 'not-feasible') return 'not-feasible';
  if (proposal.review === 'feasible') return status.phase === 'voting' ? 'on-ballot' : 'feasible';
  return status.phase === 'proposals' || status.phase === 'review' ? 'pending' : 'not-reviewed';
}

function explain(view: Omit<TrackedBudgetProposalView, 'explanation'>): string {
  const cost = `${view.costEstimate} ${view.currency}`;
  switch (view.status) {
    case 'submitted':
      return 'Your proposal is being added to the round.';
    case 'too-late':
      return 'The round closed its proposals just before your idea arrived, so it is not a proposal in the round. Your idea is handled as any other idea.';
    case 'pending':
      return 'In review: staff check whether it is feasible and what it would cost.';
    case 'feasible':
      return `Feasible, estimated at ${cost}. It goes on the ballot when voting opens.`;
    case 'on-ballot':
      return `On the ballot, estimated at ${cost}. Voting is open.`;
    case 'not-feasible':
      return `Not feasible: ${view.notFeasibleReason}`;
    case 'merged':
      return `Merged with the similar proposal "${view.mergedInto?.title ?? view.mergedInto?.proposalId}", which goes on in its place.`;
    case 'funded':
      return 'Funded: it will be carried out.';
    case 'not-funded':
      return `Not funded: ${view.notFundedReason === null ? 'see the round’s results' : NOT_FUNDED_TEXT[view.notFundedReason]}.`;
    case 'not-reviewed':
      return 'It was not reviewed before voting opened, so it is not on the ballot.';
  }
}
