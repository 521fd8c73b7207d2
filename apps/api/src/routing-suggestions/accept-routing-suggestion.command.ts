import { Command } from '@nestjs/cqrs';
import type { ExecuteResult } from '@civic/casework';
import type { StaffRequestContext } from '../http/request-context';

/** Route an idea where the routing model suggests: the department the member saw, at the revision they read. */
export class AcceptRoutingSuggestionCommand extends Command<ExecuteResult> {
  constructor(
    readonly ideaId: string,
    readonly expectedRevision: number,
    /** The department the suggestion named when the member read it. */
    readonly department: string,
    readonly context: StaffRequestContext,
  ) {
    super();
  }
}
