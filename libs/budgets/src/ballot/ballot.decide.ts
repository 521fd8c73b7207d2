import {
  BallotAlreadyCastError,
  BallotOfAnotherVoterError,
  InvalidBallotError,
  NotEligibleError,
  RoundNotFoundError,
  WrongPhaseError,
} from '../round/round.errors';
import { type BudgetRound, ballotProjects } from '../round/round.state';
import type { BallotCommand } from './ballot.commands';
import type { BallotEvent } from './ballot.events';
import type { Ballot } from './ballot.state';

/**
 * Judges a ballot against the round it is cast in (read from the round's stream) and the voter's earlier ballot, if any.
 * A voter may change their ballot as often as they like while voting is open; a paper ballot is entered once.
 */
export function decideBallot(command: BallotCommand, ballot: Ballot | null, round: BudgetRound): BallotEvent[] {
  if (round.phase === 'none') throw new RoundNotFoundError(command.roundId);
  if (round.phase !== 'voting') throw new WrongPhaseError(round.phase, ['voting']);
  const choices = validChoices(command.choices, round);
  const { voter } = command;
  if (voter.kind === 'online') requireEligible(voter, round);
  const base = { roundId: command.roundId, ballotId: command.ballotId, at: command.at, actor: command.actor, choices };
  if (ballot === null) {
    const votingPlace = voter.kind === 'paper' ? voter.votingPlace : null;
    return [{ type: 'BallotCast', data: { ...base, channel: voter.kind, votingPlace } }];
  }
  if (voter.kind === 'paper' || ballot.channel === 'paper') throw new BallotAlreadyCastError(command.ballotId);
  if (ballot.roundId !== command.roundId) throw new BallotOfAnotherVoterError(command.ballotId);
  if (sameChoices(ballot.choices, choices)) return [];
  return [{ type: 'BallotChanged', data: base }];
}

function validChoices(choices: unknown, round: BudgetRound): string[] {
  if (!Array.isArray(choices) || choices.length === 0 || choices.some((id) => typeof id !== 'string')) {
    throw new InvalidBallotError('Choose at least one project.');
  }
  if (new Set(choices).size !== choices.length) throw new InvalidBallotError('A project can be chosen only once.');
  const onBallot = new Map(ballotProjects(round).map(({ proposal, cost }) => [proposal.id, cost]));
  const unknown = choices.find((id) => !onBallot.has(id));
  if (unknown !== undefined) throw new InvalidBallotError(`Project ${unknown} is not on the ballot.`);
  const { ballot, amount, currency } = round.settings!;
  if (ballot.kind === 'approval' && choices.length > ballot.maxChoices) {
    throw new InvalidBallotError(`Choose at most ${ballot.maxChoices} projects.`);
  }
  if (ballot.kind === 'knapsack') {
    const total = choices.reduce((sum, id) => sum + onBallot.get(id)!, 0);
    if (total > amount) throw new InvalidBallotError(`The projects chosen cost ${total} ${currency}, more than the ${amount} ${currency} to share.`);
  }
  return choices as string[];
}

function requireEligible(voter: { district: string | null; age: number | null }, round: BudgetRound): void {
  const { scope, minimumAge } = round.settings!;
  if (scope.kind === 'district' && voter.district !== scope.district) {
    throw new NotEligibleError(`This round is for residents of ${scope.district}.`);
  }
  if (minimumAge !== null && (voter.age === null || voter.age < minimumAge)) {
    throw new NotEligibleError(`Voters must be at least ${minimumAge} years old.`);
  }
}

function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
