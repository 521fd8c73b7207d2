import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../http/request-context';
import type { SubmitIdeaInput, SubmittedIdea } from './submit-idea.dto';

export class SubmitIdeaCommand extends Command<SubmittedIdea & { replayed: boolean }> {
  constructor(
    readonly input: SubmitIdeaInput,
    readonly idempotencyKey: string | null,
    readonly context: RequestContext,
  ) {
    super();
  }
}
