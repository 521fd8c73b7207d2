import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { IdeaNotFoundError } from '@civic/ideas';
import { GetIdeaQuery } from './get-idea.query';
import { IdeaRepository } from './idea.repository';
import { toIdeaView } from './idea.view';

/** Folded from the stream itself, so a handler always reads what it will be judged against. */
@QueryHandler(GetIdeaQuery)
export class GetIdeaHandler implements IQueryHandler<GetIdeaQuery> {
  constructor(private readonly ideas: IdeaRepository) {}

  async execute({ ideaId }: GetIdeaQuery) {
    const { state, revision, events } = await this.ideas.load(ideaId);
    if (revision < 0) throw new IdeaNotFoundError(ideaId);
    return toIdeaView(state, revision, events);
  }
}
