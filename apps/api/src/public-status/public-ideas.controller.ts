import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiJsonOrPage } from '../openapi/api-json-or-page';
import { GetPublicIdeaQuery } from './get-public-idea.query';
import { ListPublicIdeasQuery } from './list-public-ideas.query';
import { ListPublicIdeasInput, PublicIdeaPageView, PublicIdeaView } from './public-ideas.dto';

/** What anyone may read, without signing in: never personal data. */
@ApiTags('public status')
@Controller('public/ideas')
export class PublicIdeasController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Ideas and where they stand, newest first',
    description: 'Keyset-paginated: follow nextCursor. Free text is masked for e-mail addresses, phone and CPR numbers.',
  })
  @ApiJsonOrPage(PublicIdeaPageView, { 400: 'A cursor this API did not issue' })
  @ApiUnprocessableEntityResponse({ description: 'An unknown status, a malformed filter, or a limit outside 1–100 (application/problem+json)' })
  list(@Query() input: ListPublicIdeasInput) {
    return this.queries.execute(new ListPublicIdeasQuery(input));
  }

  @Get(':publicCode')
  @ApiOperation({ summary: "One idea's public page: status in plain words, responsible department, public answer and timeline" })
  @ApiParam({ name: 'publicCode', example: 'K-2026-000123' })
  @ApiJsonOrPage(PublicIdeaView, { 404: 'No idea has this public code' })
  get(@Param('publicCode') publicCode: string) {
    return this.queries.execute(new GetPublicIdeaQuery(publicCode));
  }
}
