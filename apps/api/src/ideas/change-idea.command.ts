import { Command } from '@nestjs/cqrs';
import type { IdeaCommand, SubmitIdea } from '@civic/ideas';
import type { StaffRequestContext } from '../http/request-context';
import { type ExecuteResult } from '@civic/casework';

/** A domain command as a caller states it: the handler adds the time and what must be looked up. */
type AsStated<C> = C extends { type: 'RouteIdea' }
  ? Omit<C, 'ideaId' | 'at' | 'knownDepartments' | 'responseDeadline'>
  : C extends { type: 'MarkDuplicate' }
    ? Omit<C, 'ideaId' | 'at' | 'duplicateOfExists'>
    : C extends { type: 'HidePublicText' | 'RestorePublicText' }
      ? Omit<C, 'ideaId' | 'at' | 'by'>
      : C extends { type: 'DismissReports' }
        ? Omit<C, 'ideaId' | 'at' | 'by' | 'openReports'>
        : Omit<C, 'ideaId' | 'at'>;

export type IdeaChange = AsStated<Exclude<IdeaCommand, SubmitIdea>>;

export class ChangeIdeaCommand extends Command<ExecuteResult> {
  constructor(
    readonly ideaId: string,
    /** From If-Match: the revision the caller read. */
    readonly expectedRevision: number,
    readonly change: IdeaChange,
    /** The signed-in member: the handler checks what they may do to this idea. */
    readonly context: StaffRequestContext,
  ) {
    super();
  }
}
