import { Command } from '@nestjs/cqrs';
import type { ProvideCitizenInformation, WithdrawIdea } from '@civic/ideas';
import type { RequestContext } from '../http/request-context';

export type CitizenChange = Omit<ProvideCitizenInformation, 'ideaId' | 'at'> | Omit<WithdrawIdea, 'ideaId' | 'at'>;

export class ChangeTrackedIdeaCommand extends Command<{ revision: number }> {
  constructor(
    readonly trackingToken: string,
    readonly change: CitizenChange,
    readonly context: RequestContext,
  ) {
    super();
  }
}
