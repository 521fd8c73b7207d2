import { DomainError } from '@civic/domain';
import type { Phase } from './round.vocabulary';

/** A refusal of this domain's decide (the API answers it by its kind). */
export abstract class BudgetDomainError extends DomainError {}

export class RoundNotFoundError extends BudgetDomainError {
  readonly code = 'round-not-found';
  readonly kind = 'not-found';
  constructor(readonly roundId: string) {
    super(`Budget round ${roundId} does not exist.`);
  }
}

export class RoundAlreadyOpenedError extends BudgetDomainError {
  readonly code = 'round-already-opened';
  readonly kind = 'conflict';
  constructor(readonly roundId: string) {
    super(`Budget round ${roundId} has already been opened.`);
  }
}

export class WrongPhaseError extends BudgetDomainError {
  readonly code = 'wrong-phase';
  readonly kind = 'conflict';
  constructor(
    readonly phase: Phase,
    readonly expected: readonly Phase[],
  ) {
    super(`The round is in its ${phase} phase; this can only be done in: ${expected.join(', ')}.`);
  }
}

export class ProposalNotFoundError extends BudgetDomainError {
  readonly code = 'proposal-not-found';
  readonly kind = 'not-found';
  constructor(readonly proposalId: string) {
    super(`Proposal ${proposalId} is not in this round.`);
  }
}

export class ProposalAlreadySubmittedError extends BudgetDomainError {
  readonly code = 'proposal-already-submitted';
  readonly kind = 'conflict';
  constructor(readonly proposalId: string) {
    super(`Proposal ${proposalId} has already been submitted.`);
  }
}

export class ProposalMergedError extends BudgetDomainError {
  readonly code = 'proposal-merged';
  readonly kind = 'conflict';
  constructor(
    readonly proposalId: string,
    readonly mergedInto: string,
  ) {
    super(`Proposal ${proposalId} has been merged into ${mergedInto}.`);
  }
}

export class NotReadyForVotingError extends BudgetDomainError {
  readonly code = 'not-ready-for-voting';
  readonly kind = 'conflict';
  constructor(reason: string) {
    super(`Voting cannot open yet: ${reason}`);
  }
}

export class NotAWinnerError extends BudgetDomainError {
  readonly code = 'not-a-winner';
  readonly kind = 'conflict';
  constructor(readonly proposalId: string) {
    super(`Proposal ${proposalId} was not funded.`);
  }
}

export class AlreadyImplementedError extends BudgetDomainError {
  readonly code = 'already-implemented';
  readonly kind = 'conflict';
  constructor(readonly proposalId: string) {
    super(`Proposal ${proposalId} has already been carried out.`);
  }
}

/** A ballot that breaks the round's rules: too many choices, over budget, a project not on the ballot. */
export class InvalidBallotError extends BudgetDomainError {
  readonly code = 'invalid-ballot';
  readonly kind = 'invalid';
  constructor(message: string) {
    super(message, 'choices');
  }
}

export class NotEligibleError extends BudgetDomainError {
  readonly code = 'not-eligible';
  readonly kind = 'invalid';
  constructor(message: string) {
    super(message, 'voter');
  }
}

/** The identity provider's birthdate makes the voter younger than the round's age limit on the day it is judged. */
export class VoterTooYoungError extends BudgetDomainError {
  readonly code = 'voter-too-young';
  readonly kind = 'invalid';
  constructor(
    readonly minimumAge: number,
    readonly day: string,
  ) {
    super(
      `Voters must be at least ${minimumAge} years old on ${day}, when voting closes; the birthdate your identity provider gives is later than that.`,
      'voter',
    );
  }
}

export class BallotAlreadyCastError extends BudgetDomainError {
  readonly code = 'ballot-already-cast';
  readonly kind = 'conflict';
  constructor(readonly ballotId: string) {
    super(`Paper ballot ${ballotId} has already been entered.`);
  }
}

export class BallotOfAnotherVoterError extends BudgetDomainError {
  readonly code = 'ballot-of-another-voter';
  readonly kind = 'conflict';
  constructor(readonly ballotId: string) {
    super(`Ballot ${ballotId} belongs to another voter or round.`);
  }
}

export class InvalidCommandError extends BudgetDomainError {
  readonly code = 'invalid-command';
  readonly kind = 'invalid';
  constructor(message: string, field: string) {
    super(message, field);
  }
}

/** A confirmation link that is not ours, or that a newer ballot of the same voter has replaced. */
export class BallotLinkNotValidError extends BudgetDomainError {
  readonly code = 'ballot-link-not-valid';
  readonly kind = 'not-found';
  constructor() {
    super('This confirmation link is not valid; a newer one may have been sent.');
  }
}

export class BallotNotFoundError extends BudgetDomainError {
  readonly code = 'ballot-not-found';
  readonly kind = 'not-found';
  constructor(readonly ballotId: string) {
    super(`There is no ballot ${ballotId} in this round.`);
  }
}
