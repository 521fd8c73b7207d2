import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@civic/platform';
import { ChangeTrackedIdeaCommand } from './change-tracked-idea.command';
import { TrackedIdeas } from './tracked-ideas';
import { IdeaRepository } from '@civic/casework';

@CommandHandler(ChangeTrackedIdeaCommand)
export class ChangeTrackedIdeaHandler implements ICommandHandler<ChangeTrackedIdeaCommand> {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly ideas: IdeaRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ trackingToken, change, context }: ChangeTrackedIdeaCommand) {
    const loaded = await this.tracked.resolve(trackingToken);
    const result = await this.ideas.decideAndAppend(loaded, { ...change, ideaId: loaded.state.id, at: this.clock.now().toISOString() }, context);
    return { revision: result.revision };
  }
}
