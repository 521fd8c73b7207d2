export type SatisfactionErrorKind = 'conflict' | 'invalid' | 'not-found';

export abstract class SatisfactionDomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: SatisfactionErrorKind;
  readonly field?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    if (field !== undefined) this.field = field;
  }
}

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
