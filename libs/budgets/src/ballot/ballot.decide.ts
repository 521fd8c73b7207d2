import {
  BallotAlreadyCastError,
  BallotLinkNotValidError,
  BallotNotFoundError,
  BallotOfAnotherVoterError,
  InvalidBallotError,
  NotEligibleError,
  RoundNotFoundError,
  VoterTooYoungError,
  WrongPhaseError,
} from '../round/round.errors';
import { type BudgetRound, ballotProjects } from '../round/round.state';
import type { BallotCommand, CastBallot, ConfirmOnlineBallot, RequestOnlineBallot } from './ballot.commands';
import type { BallotEvent } from './ballot.events';
import type { Ballot } from './ballot.state';
import { type AgeCheck, ageLimitDay } from './voter-age';

/**
 * Judges a ballot against the round it is cast in (read from the round's stream) and the voter's earlier ballot, if any.
 * A voter may change their ballot as often as they like while voting is open; a paper ballot is entered once.
 */
export function decideBallot(command: BallotCommand, ballot: Ballot | null, round: BudgetRound): BallotEvent[] {
  switch (command.type) {
    case 'CastBallot':
      return decideCast(command, ballot, round);
    case 'RequestOnlineBallot':
      return decideRequest(command, ballot, round);
    case 'ConfirmOnlineBallot':
      return decideConfirm(command, ballot, round);
    case 'EraseVoterData':
      if (ballot === null || ballot.requestRevision < 0) throw new BallotNotFoundError(command.ballotId);
      if (ballot.erased) return [];
      return [{ type: 'VoterDataErased', data: { roundId: command.roundId, ballotId: command.ballotId, at: command.at, by: command.by } }];
  }
}

function requireVoting(round: BudgetRound, roundId: string): void {
  if (round.phase === 'none') throw new RoundNotFoundError(roundId);
  if (round.phase !== 'voting') throw new WrongPhaseError(round.phase, ['voting']);
}

/**
 * An online voter's ballot: by e-mail it waits for its link; with a verified identity it counts at once. Asked again, the
 * newest request replaces the one before (whose link no longer confirms); the same choices as the ballot that counts, with
 * nothing pending, change nothing.
 */
function decideRequest(command: RequestOnlineBallot, ballot: Ballot | null, round: BudgetRound): BallotEvent[] {
  requireVoting(round, command.roundId);
  const choices = validChoices(command.choices, round);
  if (!command.residenceStated) throw new NotEligibleError(residenceMessage(round));
  requireEligible(command.voter, round, command.at);
  if (ballot !== null && ballot.channel === 'paper') throw new BallotOfAnotherVoterError(command.ballotId);
  if (ballot !== null && ballot.roundId !== command.roundId) throw new BallotOfAnotherVoterError(command.ballotId);
  if (ballot?.counted && ballot.pending === null && sameChoices(ballot.choices, choices)) return [];
  const { roundId, ballotId, at, actor, method, sealedVoter, language } = command;
  const age = ageRecord(command.voter.ageCheck, round);
  const requested: BallotEvent = { type: 'BallotRequested', data: { roundId, ballotId, at, actor, choices, ...age, method, voter: sealedVoter, language } };
  if (method === 'email') return [requested];
  return [requested, counted(ballot, { roundId, ballotId, at, actor, choices, ...age })];
}

/** The newest request's link makes it count: the voter's first ballot, or one that replaces their earlier one. */
function decideConfirm(command: ConfirmOnlineBallot, ballot: Ballot | null, round: BudgetRound): BallotEvent[] {
  if (ballot === null || ballot.requestRevision !== command.requestRevision) throw new BallotLinkNotValidError();
  if (ballot.pending === null) return [];
  requireVoting(round, command.roundId);
  const choices = validChoices(ballot.pending.choices, round);
  const { roundId, ballotId, at, actor } = command;
  return [counted(ballot, { roundId, ballotId, at, actor, choices, ...ageRecord(ballot.pending.ageCheck, round) })];
}

/** How the age was known, recorded on the ballot where the round has an age limit. */
function ageRecord(ageCheck: AgeCheck | undefined, round: BudgetRound): { ageCheck?: AgeCheck } {
  return ageCheck !== undefined && round.settings?.minimumAge != null ? { ageCheck } : {};
}

function counted(
  ballot: Ballot | null,
  base: { roundId: string; ballotId: string; at: string; actor: string; choices: string[]; ageCheck?: AgeCheck },
): BallotEvent {
  return ballot?.counted ? { type: 'BallotChanged', data: base } : { type: 'BallotCast', data: { ...base, channel: 'online', votingPlace: null } };
}

function residenceMessage(round: BudgetRound): string {
  const { scope } = round.settings!;
  return scope.kind === 'district' ? `This round is for residents of ${scope.district}.` : 'This round is for residents of the municipality.';
}

function decideCast(command: CastBallot, ballot: Ballot | null, round: BudgetRound): BallotEvent[] {
  requireVoting(round, command.roundId);
  const choices = validChoices(command.choices, round);
  const { voter } = command;
  if (voter.kind === 'online') requireEligible(voter, round, command.at);
  const base = { roundId: command.roundId, ballotId: command.ballotId, at: command.at, actor: command.actor, choices };
  if (ballot === null || !ballot.counted) {
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

function requireEligible(voter: { district: string | null; age: number | null; ageCheck?: AgeCheck }, round: BudgetRound, at: string): void {
  const { scope, minimumAge } = round.settings!;
  if (scope.kind === 'district' && voter.district !== scope.district) {
    throw new NotEligibleError(`This round is for residents of ${scope.district}.`);
  }
  // The provider's birthdate outweighs the voter's statement: a younger age is refused in so many words.
  if (minimumAge !== null && voter.ageCheck === 'identity-provider' && voter.age !== null && voter.age < minimumAge) {
    throw new VoterTooYoungError(minimumAge, ageLimitDay(round, at));
  }
  if (minimumAge !== null && (voter.age === null || voter.age < minimumAge)) {
    throw new NotEligibleError(`Voters must be at least ${minimumAge} years old.`);
  }
}

function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
