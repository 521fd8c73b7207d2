import { DomainError } from '@civic/domain';
/** A refusal of this domain's decide (the API answers it by its kind). */
export abstract class SupportDomainError extends DomainError {}

export class SupportNotFoundError extends SupportDomainError {
  readonly code = 'support-not-found';
  readonly kind = 'not-found';
  constructor(readonly supportId: string) {
    super(`No support ${supportId} was asked for.`);
  }
}

/** A confirmation link followed after the support was withdrawn: give the address again to support anew. */
export class SupportWithdrawnError extends SupportDomainError {
  readonly code = 'support-withdrawn';
  readonly kind = 'conflict';
  constructor(readonly supportId: string) {
    super(`Support ${supportId} was withdrawn; give your address again to support the idea anew.`);
  }
}

export class WrongSealingKeyError extends SupportDomainError {
  readonly code = 'wrong-sealing-key';
  readonly kind = 'invalid';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`The address must be sealed under ${expected}, not ${actual}.`);
  }
}
