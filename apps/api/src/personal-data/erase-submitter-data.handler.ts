import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TrackedIdeas } from '../tracking/tracked-ideas';
import { EraseSubmitterDataCommand } from './erase-submitter-data.command';
import { SubmitterDataEraser } from '@civic/casework';

@CommandHandler(EraseSubmitterDataCommand)
export class EraseSubmitterDataHandler implements ICommandHandler<EraseSubmitterDataCommand> {
  constructor(
    private readonly eraser: SubmitterDataEraser,
    private readonly tracked: TrackedIdeas,
  ) {}

  async execute({ request, context }: EraseSubmitterDataCommand) {
    if (request.by === 'admin') return this.eraser.erase(request.ideaId, 'admin-request', context);
    // An unknown or forged link is the tracking 404, before anything is read or written.
    const loaded = await this.tracked.resolve(request.trackingToken);
    return this.eraser.erase(loaded.state.id, 'citizen-request', context, loaded);
  }
}
