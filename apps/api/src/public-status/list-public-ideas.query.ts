import { Query } from '@nestjs/cqrs';
import type { ListPublicIdeasInput } from './public-ideas.dto';
import type { PublicIdeaPage } from '@civic/projections';

export class ListPublicIdeasQuery extends Query<PublicIdeaPage> {
  constructor(readonly input: ListPublicIdeasInput) {
    super();
  }
}
