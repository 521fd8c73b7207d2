import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { GetIdeaQuery } from '../ideas/get-idea.query';
import { GetRoutingSuggestionQuery } from './get-routing-suggestion.query';
import { RoutingSuggestions } from './routing-suggestions';

@QueryHandler(GetRoutingSuggestionQuery)
export class GetRoutingSuggestionHandler implements IQueryHandler<GetRoutingSuggestionQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly suggestions: RoutingSuggestions,
  ) {}

  async execute({ ideaId, staff }: GetRoutingSuggestionQuery) {
    // The same 404/403 as reading the idea.
    await this.queries.execute(new GetIdeaQuery(ideaId, staff));
    return this.suggestions.forIdea(ideaId);
  }
}
