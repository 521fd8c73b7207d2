import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetTrackedIdeaQuery } from './get-tracked-idea.query';
import { TrackedIdeas } from './tracked-ideas';
import { toTrackedIdeaView } from './tracked-idea.view';
import { SubmitterContacts, SubmitterTexts } from '@civic/casework';

@QueryHandler(GetTrackedIdeaQuery)
export class GetTrackedIdeaHandler implements IQueryHandler<GetTrackedIdeaQuery> {
  constructor(
    private readonly tracked: TrackedIdeas,
    private readonly contacts: SubmitterContacts,
    private readonly texts: SubmitterTexts,
  ) {}

  async execute({ trackingToken }: GetTrackedIdeaQuery) {
    const loaded = await this.tracked.resolve(trackingToken);
    // The citizen reads what they typed while the key exists; the masked copy after erasure.
    const { state, events } = await this.texts.revealLoaded(loaded);
    return toTrackedIdeaView(state, events, await this.contacts.view(loaded.state));
  }
}
