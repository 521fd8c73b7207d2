import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../http/request-context';
import { type ErasedSubmitterData } from '@civic/casework';

/** By an admin (the idea's id) or by the citizen (their tracking link). */
export type ErasureRequest = { readonly by: 'admin'; readonly ideaId: string } | { readonly by: 'citizen'; readonly trackingToken: string };

export class EraseSubmitterDataCommand extends Command<ErasedSubmitterData> {
  constructor(
    readonly request: ErasureRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}
