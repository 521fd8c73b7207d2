import type { RoundCommand } from './round.commands';
import { countRound, roundElection } from './round.count';
import {
  AlreadyImplementedError,
  InvalidCommandError,
  NotAWinnerError,
  NotReadyForVotingError,
  ProposalAlreadySubmittedError,
  ProposalMergedError,
  ProposalNotFoundError,
  RoundAlreadyOpenedError,
  RoundNotFoundError,
  WrongPhaseError,
} from './round.errors';
import type { RoundEvent } from './round.events';
import { type BudgetRound, ballotProjects, type Proposal, proposalOf } from './round.state';
import { optionalText, requireText, requireTimestamp, validateFeasibility, validateSettings } from './round.validation';
import { PHASES, type Phase } from './round.vocabulary';

/** Judges a command against the round's past; returns the new facts or throws a BudgetDomainError. Pure. */
export function decideRound(command: RoundCommand, round: BudgetRound): RoundEvent[] {
  const base = { roundId: command.roundId, at: command.at, actor: command.actor };
  if (command.type === 'OpenRound') {
    if (round.phase !== 'none') throw new RoundAlreadyOpenedError(command.roundId);
    return [{ type: 'RoundOpened', data: { ...base, settings: validateSettings(command.settings) } }];
  }
  if (round.phase === 'none') throw new RoundNotFoundError(command.roundId);
  const phase = round.phase;

  switch (command.type) {
    case 'ConfigureRound':
      requirePhase(phase, 'proposals', 'review');
      return [{ type: 'RoundConfigured', data: { ...base, settings: validateSettings(command.settings) } }];

    case 'AdvancePhase': {
      if (!PHASES.includes(command.to)) throw new InvalidCommandError(`to is one of ${PHASES.join(', ')}.`, 'to');
      const next = PHASES[PHASES.indexOf(phase) + 1];
      const before = PHASES[PHASES.indexOf(command.to) - 1];
      if (command.to !== next) throw new WrongPhaseError(phase, before === undefined ? [] : [before]);
      if (phase === 'voting') throw new InvalidCommandError('Voting is closed by counting the ballots (CloseVoting).', 'to');
      if (next === 'voting') requireReadyForVoting(round);
      return [{ type: 'PhaseAdvanced', data: { ...base, from: phase, to: next } }];
    }

    case 'SubmitProposal': {
      if (phase !== 'proposals' && !sentInTime(command, round)) throw new WrongPhaseError(phase, ['proposals']);
      if (proposalOf(round, command.proposalId) !== undefined) throw new ProposalAlreadySubmittedError(command.proposalId);
      const fromIdea =
        command.ideaId === null
          ? enteredPlace(command, round)
          : {
              submittedAt: requireTimestamp(command.submittedAt ?? command.at, 'submittedAt'),
              district: optionalText(command.district, 'district'),
              category: optionalText(command.category, 'category'),
            };
      return [
        {
          type: 'ProposalSubmitted',
          data: {
            ...base,
            proposalId: command.proposalId,
            title: requireText(command.title, 'title', 200),
            summary: requireText(command.summary, 'summary', 5000),
            ideaId: command.ideaId,
            ...fromIdea,
          },
        },
      ];
    }

    case 'RecordFeasibility':
      requirePhase(phase, 'proposals', 'review');
      openProposal(round, command.proposalId);
      return [
        { type: 'ProposalFeasibilityRecorded', data: { ...base, proposalId: command.proposalId, feasibility: validateFeasibility(command.feasibility) } },
      ];

    case 'MergeProposals': {
      requirePhase(phase, 'proposals', 'review');
      openProposal(round, command.into);
      const sources = [...new Set(command.proposalIds)];
      if (sources.length === 0 || sources.includes(command.into)) {
        throw new InvalidCommandError('Name at least one proposal to merge, other than the one it is merged into.', 'proposalIds');
      }
      sources.forEach((id) => openProposal(round, id));
      return [{ type: 'ProposalsMerged', data: { ...base, into: command.into, proposalIds: sources } }];
    }

    case 'CloseVoting': {
      requirePhase(phase, 'voting');
      const settings = round.settings!;
      const count = countRound(settings.rule, roundElection(round, command.ballots));
      return [
        { type: 'PhaseAdvanced', data: { ...base, from: 'voting', to: 'results' } },
        { type: 'RoundResultsComputed', data: { ...base, rule: settings.rule, ballots: command.ballots.length, ...count } },
      ];
    }

    case 'RecordWinnerProgress': {
      requirePhase(phase, 'results', 'implementation');
      requireUnfinishedWinner(round, command.proposalId);
      const percent = command.percentComplete;
      if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
        throw new InvalidCommandError('percentComplete is a whole number from 0 to 100, or null.', 'percentComplete');
      }
      return [
        {
          type: 'WinnerProgressRecorded',
          data: { ...base, proposalId: command.proposalId, note: requireText(command.note, 'note', 2000), percentComplete: percent },
        },
      ];
    }

    case 'CompleteWinner':
      requirePhase(phase, 'implementation');
      requireUnfinishedWinner(round, command.proposalId);
      return [{ type: 'WinnerImplemented', data: { ...base, proposalId: command.proposalId, note: requireText(command.note, 'note', 2000) } }];
  }
}

/**
 * An idea sent into the round while proposals were open is recorded by the worker a moment later, perhaps after staff
 * moved the round on: it still counts. One sent after the phase closed does not.
 */
/**
 * A proposal entered in the round may say where it is and what it is about (the winner's idea is filed so); its district
 * must lie in the round's scope. Absent, the event carries neither, as before.
 */
function enteredPlace(command: Extract<RoundCommand, { type: 'SubmitProposal' }>, round: BudgetRound): { district?: string; category?: string } {
  const district = optionalText(command.district, 'district');
  const category = optionalText(command.category, 'category');
  const scope = round.settings!.scope;
  if (district !== null && scope.kind === 'district' && district !== scope.district)
    throw new InvalidCommandError(`district must be the round's district, ${scope.district}.`, 'district');
  return { ...(district === null ? {} : { district }), ...(category === null ? {} : { category }) };
}

function sentInTime(command: Extract<RoundCommand, { type: 'SubmitProposal' }>, round: BudgetRound): boolean {
  if (command.ideaId === null || command.submittedAt === undefined || round.proposalsClosedAt === null) return false;
  return Date.parse(requireTimestamp(command.submittedAt, 'submittedAt')) <= Date.parse(round.proposalsClosedAt);
}

function requirePhase(phase: Phase, ...allowed: Phase[]): void {
  if (!allowed.includes(phase)) throw new WrongPhaseError(phase, allowed);
}

function openProposal(round: BudgetRound, proposalId: string): Proposal {
  const proposal = proposalOf(round, proposalId);
  if (proposal === undefined) throw new ProposalNotFoundError(proposalId);
  if (proposal.mergedInto !== null) throw new ProposalMergedError(proposalId, proposal.mergedInto);
  return proposal;
}

function requireReadyForVoting(round: BudgetRound): void {
  const unreviewed = round.proposals.filter((proposal) => proposal.mergedInto === null && proposal.feasibility === null);
  if (unreviewed.length > 0) throw new NotReadyForVotingError(`${unreviewed.length} proposal(s) have no feasibility review yet.`);
  if (ballotProjects(round).length === 0) throw new NotReadyForVotingError('no feasible proposal to put on the ballot.');
}

function requireUnfinishedWinner(round: BudgetRound, proposalId: string): void {
  const proposal = proposalOf(round, proposalId);
  if (proposal === undefined) throw new ProposalNotFoundError(proposalId);
  if (!round.results?.winners.includes(proposalId)) throw new NotAWinnerError(proposalId);
  if (proposal.implementedAt !== null) throw new AlreadyImplementedError(proposalId);
}
