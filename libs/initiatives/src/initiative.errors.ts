import { DomainError } from '@civic/domain';
/** A refusal of this domain's decide (the API answers it by its kind). */
export abstract class InitiativeDomainError extends DomainError {}

export class InitiativeNotFoundError extends InitiativeDomainError {
  readonly code = 'initiative-not-found';
  readonly kind = 'not-found';
  constructor(readonly initiativeId: string) {
    super(`Initiative ${initiativeId} does not exist.`);
  }
}

export class InitiativeAlreadyExistsError extends InitiativeDomainError {
  readonly code = 'initiative-already-exists';
  readonly kind = 'conflict';
  constructor(readonly initiativeId: string) {
    super(`Initiative ${initiativeId} has already been started.`);
  }
}

/** The command does not fit where the initiative is (approving one that collects already, deciding one not referred…). */
export class InitiativeWrongStatusError extends InitiativeDomainError {
  readonly code = 'initiative-wrong-status';
  readonly kind = 'conflict';
  constructor(
    readonly initiativeId: string,
    readonly status: string,
    action: string,
  ) {
    super(`Initiative ${initiativeId} is ${status}: it cannot be ${action} now.`);
  }
}

export class InvalidInitiativeInputError extends InitiativeDomainError {
  readonly code = 'invalid-initiative-input';
  readonly kind = 'invalid';
  constructor(message: string, field: string) {
    super(message, field);
  }
}

/** Signing needs an initiative that is collecting, before its collection period ends. */
export class NotCollectingSignaturesError extends InitiativeDomainError {
  readonly code = 'initiative-not-collecting';
  readonly kind = 'conflict';
  constructor(readonly initiativeId: string) {
    super(`Initiative ${initiativeId} is not collecting signatures.`);
  }
}

/** A confirmation link of an earlier request, or for a signature that was never requested. */
export class ConfirmationLinkNotValidError extends InitiativeDomainError {
  readonly code = 'confirmation-link-not-valid';
  readonly kind = 'not-found';
  constructor() {
    super('This confirmation link is not valid (a newer one may have been sent).');
  }
}

export class SignatureNotFoundError extends InitiativeDomainError {
  readonly code = 'signature-not-found';
  readonly kind = 'not-found';
  constructor(readonly signerKey: string) {
    super(`There is no signature ${signerKey} on this initiative.`);
  }
}
