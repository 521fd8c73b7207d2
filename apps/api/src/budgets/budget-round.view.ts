import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type BudgetRound, NOT_FUNDED_TEXT, PHASES } from '@civic/budgets';
import type { ProposalIdea } from '@civic/casework';

export class PhaseView {
  @ApiProperty({ enum: PHASES }) phase: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: 'The round is in this phase now' }) current: boolean;
}

export class ProposalResultView {
  @ApiProperty() votes: number;
  @ApiProperty() funded: boolean;
  @ApiPropertyOptional({ description: 'Funded: its place in the order the rule funded projects' }) fundedAs?: number;
  @ApiPropertyOptional({ enum: Object.keys(NOT_FUNDED_TEXT) }) reason?: string;
  @ApiProperty({ description: 'Why it was or was not funded, in plain words' }) explanation: string;
}

export class ProgressView {
  @ApiProperty() note: string;
  @ApiProperty({ type: Number, nullable: true }) percentComplete: number | null;
  @ApiProperty() at: string;
}

export class WinnerIdeaView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The public code: the idea’s public page is /public/ideas/<publicCode>' }) publicCode: string;
  @ApiProperty({ description: 'The idea’s public status (implemented: carried out)' }) status: string;
  @ApiProperty({ type: Number, nullable: true }) percentComplete: number | null;
}

/** A winner's idea as the public status read model has it. */
export type WinnerIdea = ProposalIdea;

export class ProposalView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: ['pending', 'feasible', 'not-feasible', 'merged'] }) review: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The cost estimate of a feasible proposal' }) cost: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it is not feasible, for the proposer' }) notFeasibleReason: string | null;
  @ApiProperty({ type: String, nullable: true }) mergedInto: string | null;
  @ApiProperty({ type: ProposalResultView, nullable: true }) result: ProposalResultView | null;
  @ApiProperty({ type: [ProgressView] }) progress: ProgressView[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When it was carried out: its idea implemented, or (rounds before winners became ideas) recorded on the round',
  })
  implementedAt: string | null;
  @ApiProperty({
    type: WinnerIdeaView,
    nullable: true,
    description:
      'The idea the proposal was sent in as (the same idea goes on if it is funded); or, for a funded proposal entered in the round, the idea it is carried on as (a moment after the count). A winner’s progress and completion are its idea’s',
  })
  idea: WinnerIdeaView | null;
  @ApiProperty({ description: 'true: sent in through the idea form, as an idea with its own page and tracking' }) fromIdea: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Staff hide its idea’s public text (moderation) for this reason: the title is then the idea’s public code and the summary empty',
  })
  textHiddenReason: string | null;
}

export class RoundResultsView {
  @ApiProperty() ballots: number;
  @ApiProperty({ type: [String], description: 'Proposal ids in the order the rule funded them' }) winners: string[];
  @ApiProperty() totalCost: number;
  @ApiProperty() implemented: number;
}

export class BudgetRoundView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() revision: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the whole municipality' }) district: string | null;
  @ApiProperty() amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: PHASES }) phase: string;
  @ApiProperty({ type: [PhaseView] }) phases: PhaseView[];
  @ApiProperty({ enum: ['approval', 'knapsack'] }) ballot: string;
  @ApiProperty({ type: Number, nullable: true }) maxChoices: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Voters must be at least this old; null: no age limit' }) minimumAge: number | null;
  @ApiProperty({ enum: ['greedy', 'equal-shares'] }) rule: string;
  @ApiProperty({ type: String, nullable: true, enum: ['none', 'add1'] }) completion: string | null;
  @ApiProperty({ type: [ProposalView] }) proposals: ProposalView[];
  @ApiProperty({ type: RoundResultsView, nullable: true }) results: RoundResultsView | null;
}

/**
 * winnerIdeas: by proposal id, the idea of each proposal sent in as one and of each winner, from the public status read
 * model (absent: none looked up). A proposal is carried out when its idea is implemented only if it won.
 */
export function budgetRoundView(round: BudgetRound, revision: number, winnerIdeas: ReadonlyMap<string, WinnerIdea> = new Map()): BudgetRoundView {
  const settings = round.settings!;
  const winners = new Set(round.results?.winners ?? []);
  const implementedAt = (proposal: BudgetRound['proposals'][number]) =>
    proposal.implementedAt ?? (winners.has(proposal.id) ? (winnerIdeas.get(proposal.id)?.implementedAt ?? null) : null);
  const resultOf = new Map((round.results?.projects ?? []).map((project) => [project.proposalId, project]));
  return {
    id: round.id,
    revision,
    title: settings.title,
    district: settings.scope.kind === 'district' ? settings.scope.district : null,
    amount: settings.amount,
    currency: settings.currency,
    phase: round.phase,
    phases: PHASES.map((phase) => ({ phase, ...settings.schedule[phase], current: phase === round.phase })),
    ballot: settings.ballot.kind,
    maxChoices: settings.ballot.kind === 'approval' ? settings.ballot.maxChoices : null,
    minimumAge: settings.minimumAge,
    rule: settings.rule.kind,
    completion: settings.rule.kind === 'equal-shares' ? settings.rule.completion : null,
    proposals: round.proposals.map((proposal) => {
      const result = resultOf.get(proposal.id);
      const feasibility = proposal.feasibility;
      const idea = winnerIdeas.get(proposal.id);
      const hidden = idea?.hiddenReason ?? null;
      return {
        id: proposal.id,
        title: hidden === null ? proposal.title : idea!.publicCode,
        summary: hidden === null ? proposal.summary : '',
        review: proposal.mergedInto !== null ? 'merged' : feasibility === null ? 'pending' : feasibility.feasible ? 'feasible' : 'not-feasible',
        cost: feasibility?.feasible ? feasibility.costEstimate : null,
        notFeasibleReason: feasibility && !feasibility.feasible ? feasibility.reason : null,
        mergedInto: proposal.mergedInto,
        result:
          result === undefined
            ? null
            : result.funded
              ? { votes: result.votes, funded: true, fundedAs: result.fundedAs, explanation: `funded (number ${result.fundedAs})` }
              : { votes: result.votes, funded: false, reason: result.reason, explanation: NOT_FUNDED_TEXT[result.reason] },
        progress: proposal.progress,
        implementedAt: implementedAt(proposal),
        idea: ideaView(winnerIdeas.get(proposal.id)),
        fromIdea: proposal.ideaId !== null,
        textHiddenReason: hidden,
      };
    }),
    results:
      round.results === null
        ? null
        : {
            ballots: round.results.ballots,
            winners: round.results.winners,
            totalCost: round.results.totalCost,
            implemented: round.proposals.filter((proposal) => round.results!.winners.includes(proposal.id) && implementedAt(proposal) !== null).length,
          },
  };
}

function ideaView(idea: WinnerIdea | undefined): WinnerIdeaView | null {
  return idea === undefined ? null : { id: idea.id, publicCode: idea.publicCode, status: idea.status, percentComplete: idea.percentComplete };
}
