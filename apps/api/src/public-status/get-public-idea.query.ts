import { Query } from '@nestjs/cqrs';
import type { PublicIdea } from '@civic/projections';

export class GetPublicIdeaQuery extends Query<PublicIdea> {
  constructor(readonly publicCode: string) {
    super();
  }
}
