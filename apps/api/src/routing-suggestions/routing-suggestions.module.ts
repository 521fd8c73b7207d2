import { Global, Module } from '@nestjs/common';
import { AcceptRoutingSuggestionHandler } from './accept-routing-suggestion.handler';
import { GetRoutingSuggestionHandler } from './get-routing-suggestion.handler';
import { RoutingSuggestions } from './routing-suggestions';
import { RoutingSuggestionsController } from './routing-suggestions.controller';

/** The routing model's suggestions: per idea, accepted in one click, and beside each row of the triage inbox. */
@Global()
@Module({
  controllers: [RoutingSuggestionsController],
  providers: [GetRoutingSuggestionHandler, AcceptRoutingSuggestionHandler, RoutingSuggestions],
  exports: [RoutingSuggestions],
})
export class RoutingSuggestionsModule {}
