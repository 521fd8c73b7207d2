import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { IfMatch, setEtag } from '../http/if-match';
import { StaffContext, type StaffRequestContext } from '../http/request-context';
import { AcceptRoutingSuggestionCommand } from './accept-routing-suggestion.command';
import { ChangedIdea } from '../ideas/staff-commands.dto';
import { ApiIfMatch, ApiProblems } from '../openapi/api-problems';
import { GetRoutingSuggestionQuery } from './get-routing-suggestion.query';
import { AcceptRoutingSuggestionInput, IdeaRoutingSuggestionView } from './routing-suggestion.dto';

const IdeaId = () => Param('id', new ParseUUIDPipe({ version: undefined }));

@ApiTags('ideas')
@Controller('ideas')
export class RoutingSuggestionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id/routing-suggestion')
  @Roles(...ENDPOINT_ROLES.routeIdea)
  @ApiOkResponse({ type: IdeaRoutingSuggestionView })
  @ApiProblems({ 400: 'The id is not a UUID', 404: 'No idea has this id' })
  @ApiOperation({
    summary: 'Where the routing model would send an idea, with its confidence and the words that weighed most',
    description: 'Naive Bayes learnt from every routing by hand, re-routing and answer in the history.',
  })
  suggestion(@IdeaId() id: string, @StaffContext() context: StaffRequestContext) {
    return this.queries.execute(new GetRoutingSuggestionQuery(id, context.staff));
  }

  @Post(':id/routing-suggestion/accept')
  @Roles(...ENDPOINT_ROLES.routeIdea)
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the revision you read' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ChangedIdea })
  @ApiProblems({
    400: 'The id is not a UUID, If-Match is not a revision, or ill-formed input',
    404: 'No idea has this id',
    409: 'The model has no suggestion, or now suggests another department; or the idea cannot be routed there (closed, already there)',
    422: 'Invalid fields',
  })
  @ApiOperation({
    summary: 'Route an idea where the model suggests, in one click',
    description: 'Recorded as a routing by hand that followed the suggestion (IdeaRouted.followedSuggestion with its confidence).',
  })
  async accept(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: AcceptRoutingSuggestionInput,
    @StaffContext() context: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ChangedIdea> {
    const result = await this.commands.execute(new AcceptRoutingSuggestionCommand(id, revision, body.department, context));
    setEtag(response, result.revision);
    return { id, revision: result.revision };
  }
}
