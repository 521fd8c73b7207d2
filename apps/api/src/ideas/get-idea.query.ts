import { Query } from '@nestjs/cqrs';
import type { IdeaView } from './idea.view';

export class GetIdeaQuery extends Query<IdeaView> {
  constructor(readonly ideaId: string) {
    super();
  }
}
