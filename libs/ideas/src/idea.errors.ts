import { DomainError } from '@civic/domain';
import type { IdeaStateStatus } from './idea.state';

/** A refusal of this domain's decide (the API answers it by its kind). */
export abstract class IdeaDomainError extends DomainError {}

export class IdeaNotFoundError extends IdeaDomainError {
  readonly code = 'idea-not-found';
  readonly kind = 'not-found';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} does not exist.`);
  }
}

export class IdeaAlreadyExistsError extends IdeaDomainError {
  readonly code = 'idea-already-exists';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has already been submitted.`);
  }
}

export class IdeaWithdrawnError extends IdeaDomainError {
  readonly code = 'idea-withdrawn';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has been withdrawn by the citizen.`);
  }
}

/** Closed for a reason other than withdrawal: it is a duplicate of another idea. */
export class IdeaClosedError extends IdeaDomainError {
  readonly code = 'idea-closed';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly status: IdeaStateStatus,
  ) {
    super(`Idea ${ideaId} is closed (${status}).`);
  }
}

export class UnknownDepartmentError extends IdeaDomainError {
  readonly code = 'unknown-department';
  readonly kind = 'invalid';
  constructor(readonly department: string) {
    super(`There is no department "${department}".`, 'department');
  }
}

export class AlreadyRoutedThereError extends IdeaDomainError {
  readonly code = 'already-routed-there';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly department: string,
  ) {
    super(`Idea ${ideaId} is already with department "${department}".`, 'department');
  }
}

/** The routing model routes only an idea nobody has routed: a person (or a rule) came first. */
export class AlreadyRoutedError extends IdeaDomainError {
  readonly code = 'already-routed';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly department: string,
  ) {
    super(`Idea ${ideaId} is already routed (to "${department}"); the routing model routes only an idea nobody has routed.`, 'department');
  }
}

export class IdeaAlreadyAnsweredError extends IdeaDomainError {
  readonly code = 'idea-already-answered';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly status: IdeaStateStatus,
  ) {
    super(`Idea ${ideaId} has already been answered (${status}).`);
  }
}

export class NotRoutedYetError extends IdeaDomainError {
  readonly code = 'not-routed-yet';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has not been routed to a department yet.`);
  }
}

export class AlreadyAssignedError extends IdeaDomainError {
  readonly code = 'already-assigned';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly assignee: string,
  ) {
    super(`Idea ${ideaId} is already assigned to ${assignee}.`, 'assignee');
  }
}

export class QuestionAlreadyOpenError extends IdeaDomainError {
  readonly code = 'question-already-open';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly openQuestionId: string,
  ) {
    super(`Idea ${ideaId} already has an open question to the citizen (${openQuestionId}).`);
  }
}

export class NoOpenQuestionError extends IdeaDomainError {
  readonly code = 'no-open-question';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has no open question to the citizen.`);
  }
}

export class QuestionMismatchError extends IdeaDomainError {
  readonly code = 'question-mismatch';
  readonly kind = 'invalid';
  constructor(
    readonly ideaId: string,
    readonly questionId: string,
    readonly openQuestionId: string,
  ) {
    super(`Question ${questionId} is not the open question (${openQuestionId}) on idea ${ideaId}.`, 'questionId');
  }
}

export class NotAnsweredYetError extends IdeaDomainError {
  readonly code = 'not-answered-yet';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has not been answered yet, so it cannot be implemented.`);
  }
}

export class NotAcceptedError extends IdeaDomainError {
  readonly code = 'not-accepted';
  readonly kind = 'conflict';
  constructor(
    readonly ideaId: string,
    readonly decision: string | null,
  ) {
    super(`Idea ${ideaId} was not accepted (decision: ${decision}), so it cannot be implemented.`);
  }
}

export class ImplementationAlreadyCompletedError extends IdeaDomainError {
  readonly code = 'implementation-already-completed';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has already been implemented.`);
  }
}

export class UnknownIdeaError extends IdeaDomainError {
  readonly code = 'unknown-idea';
  readonly kind = 'invalid';
  constructor(
    readonly ideaId: string,
    field: string,
  ) {
    super(`There is no idea ${ideaId}.`, field);
  }
}

export class InvalidCommandError extends IdeaDomainError {
  readonly code = 'invalid-command';
  readonly kind = 'invalid';
  declare readonly field: string;
  constructor(field: string, problem: string) {
    super(`Invalid ${field}: ${problem}.`, field);
  }
}

export class PublicTextAlreadyHiddenError extends IdeaDomainError {
  readonly code = 'public-text-already-hidden';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`The public text of idea ${ideaId} is already hidden.`);
  }
}

export class PublicTextNotHiddenError extends IdeaDomainError {
  readonly code = 'public-text-not-hidden';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`The public text of idea ${ideaId} is not hidden.`);
  }
}

export class NoOpenReportsError extends IdeaDomainError {
  readonly code = 'no-open-reports';
  readonly kind = 'conflict';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} has no open reports to dismiss.`);
  }
}
