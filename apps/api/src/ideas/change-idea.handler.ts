import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@civic/platform';
import type { IdeaCommand } from '@civic/ideas';
import { ReferenceData } from '../reference-data/reference-data';
import { ChangeIdeaCommand, type IdeaChange } from './change-idea.command';
import { IdeaRepository } from './idea.repository';

@CommandHandler(ChangeIdeaCommand)
export class ChangeIdeaHandler implements ICommandHandler<ChangeIdeaCommand> {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly referenceData: ReferenceData,
    private readonly clock: Clock,
  ) {}

  async execute({ ideaId, expectedRevision, change, context }: ChangeIdeaCommand) {
    const command = await this.complete(ideaId, change, this.clock.now().toISOString());
    return this.ideas.execute(command, expectedRevision, context);
  }

  /** Adds what the pure domain cannot look up itself. */
  private async complete(ideaId: string, change: IdeaChange, at: string): Promise<IdeaCommand> {
    switch (change.type) {
      case 'RouteIdea':
        return { ...change, ideaId, at, knownDepartments: [...(await this.referenceData.snapshot()).departments.keys()] };
      case 'MarkDuplicate':
        return { ...change, ideaId, at, duplicateOfExists: (await this.ideas.load(change.duplicateOf)).revision >= 0 };
      default:
        return { ...change, ideaId, at };
    }
  }
}
