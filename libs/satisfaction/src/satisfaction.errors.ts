import { DomainError } from '@civic/domain';
/** A refusal of this domain's decide (the API answers it by its kind). */
export abstract class SatisfactionDomainError extends DomainError {}

/** Nobody asked this idea's citizen yet: there is no question to answer. */
export class SatisfactionNotAskedError extends SatisfactionDomainError {
  readonly code = 'satisfaction-not-asked';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`No follow-up question was asked about idea ${ideaId}.`);
  }
}

export class SatisfactionAlreadyRatedError extends SatisfactionDomainError {
  readonly code = 'satisfaction-already-rated';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`The follow-up question about idea ${ideaId} is already answered.`);
  }
}

export class InvalidRatingError extends SatisfactionDomainError {
  readonly code = 'invalid-rating';
  readonly kind = 'invalid';
  constructor(readonly rating: number) {
    super(`A rating is a whole number from 1 to 5, not ${rating}.`, 'rating');
  }
}
