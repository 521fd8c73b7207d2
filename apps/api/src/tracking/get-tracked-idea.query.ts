import { Query } from '@nestjs/cqrs';
import type { TrackedIdeaView } from './tracked-idea.view';

export class GetTrackedIdeaQuery extends Query<TrackedIdeaView> {
  constructor(readonly trackingToken: string) {
    super();
  }
}
