import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetUnsubscribeFormQuery, type UnsubscribeForm } from './unsubscribe-form.query';
import { TrackedIdeas } from './tracked-ideas';
import { languageOf } from './unsubscribe-page';

@QueryHandler(GetUnsubscribeFormQuery)
export class GetUnsubscribeFormHandler implements IQueryHandler<GetUnsubscribeFormQuery> {
  constructor(private readonly tracked: TrackedIdeas) {}

  async execute({ trackingToken }: GetUnsubscribeFormQuery): Promise<UnsubscribeForm> {
    const { state } = await this.tracked.resolve(trackingToken);
    return { publicCode: state.publicCode, language: languageOf(state), stoppedAt: state.notificationsStoppedAt };
  }
}
