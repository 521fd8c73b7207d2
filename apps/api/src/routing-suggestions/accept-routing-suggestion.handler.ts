import { CommandBus, CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { IdeaRoutingSuggestion } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { ChangeIdeaCommand } from '../ideas/change-idea.command';
import { AcceptRoutingSuggestionCommand } from './accept-routing-suggestion.command';
import { GetRoutingSuggestionQuery } from './get-routing-suggestion.query';

/**
 * A routing by hand that followed the suggestion (IdeaRouted.followedSuggestion
 * with its confidence), from the API and the staff pages alike. If the model
 * now says otherwise than what the member saw, nothing is routed (409).
 */
@CommandHandler(AcceptRoutingSuggestionCommand)
export class AcceptRoutingSuggestionHandler implements ICommandHandler<AcceptRoutingSuggestionCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async execute({ ideaId, expectedRevision, department, context }: AcceptRoutingSuggestionCommand) {
    const { suggestion }: IdeaRoutingSuggestion = await this.queries.execute(new GetRoutingSuggestionQuery(ideaId, context.staff));
    if (!suggestion || suggestion.department !== department)
      throw new ProblemError(
        409,
        'suggestion-changed',
        'The suggestion is not what you accepted',
        suggestion ? `The model now suggests ${suggestion.department}; read the suggestion again.` : 'The model has no suggestion for this idea.',
      );
    const { confidence } = suggestion;
    return this.commands.execute(
      new ChangeIdeaCommand(
        ideaId,
        expectedRevision,
        {
          type: 'RouteIdea',
          department,
          reason: `Followed the routing suggestion (confidence ${Math.round(confidence * 100)} %)`,
          routedBy: 'hand',
          ruleId: null,
          followedSuggestion: { confidence },
        },
        context,
      ),
    );
  }
}
