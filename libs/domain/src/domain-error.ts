/** How the API answers a domain's refusal: 409, 422 or 404. */
export type DomainErrorKind = 'conflict' | 'invalid' | 'not-found';

/**
 * A refusal by a pure domain's decide: a stable code for clients, the kind
 * that picks the HTTP status, and the field it concerns where there is one.
 * Each domain (ideas, initiatives, budgets, supports, satisfaction) extends
 * it with its own base, so a handler can still catch one domain's refusals.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  readonly field?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    if (field !== undefined) this.field = field;
  }
}
