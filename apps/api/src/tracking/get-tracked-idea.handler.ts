import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetTrackedIdeaQuery } from './get-tracked-idea.query';
import { TrackedIdeas } from './tracked-ideas';
import { toTrackedIdeaView } from './tracked-idea.view';
import { SubmitterContacts } from '@civic/casework';

@QueryHandler(GetTrackedIdeaQuery)
export class GetTrackedIdeaHandler implements IQueryHandler<GetTrackedIdeaQuery> {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly contacts: SubmitterContacts,
  ) {}

  async execute({ trackingToken }: GetTrackedIdeaQuery) {
    const { state, events } = await this.tracked.resolve(trackingToken);
    return toTrackedIdeaView(state, events, await this.contacts.view(state));
  }
}
