import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { WrongExpectedVersion } from '@civic/event-store';
import { Clock } from '@civic/platform';
import { StopNotificationsCommand, type NotificationsStopped } from './stop-notifications.command';
import { TrackedIdeas } from './tracked-ideas';
import { languageOf } from './unsubscribe-page';
import { IdeaRepository } from '@civic/casework';

/** A citizen has no revision to send and the command is idempotent, so a concurrent change is retried rather than answered 409. */
const ATTEMPTS = 3;

@CommandHandler(StopNotificationsCommand)
export class StopNotificationsHandler implements ICommandHandler<StopNotificationsCommand> {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly ideas: IdeaRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ trackingToken, context }: StopNotificationsCommand): Promise<NotificationsStopped> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.tracked.resolve(trackingToken);
      const at = this.clock.now().toISOString();
      try {
        await this.ideas.decideAndAppend(loaded, { type: 'StopCitizenNotifications', ideaId: loaded.state.id, at }, context);
      } catch (error) {
        if (error instanceof WrongExpectedVersion && attempt < ATTEMPTS) continue;
        throw error;
      }
      return { at: loaded.state.notificationsStoppedAt ?? at, language: languageOf(loaded.state) };
    }
  }
}
