import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiJsonOrPage } from '../openapi/api-json-or-page';
import { GetPublicIdeaQuery } from './get-public-idea.query';
import { ListPublicIdeasQuery } from './list-public-ideas.query';
import { FindSimilarIdeasQuery } from '../similar-ideas/find-similar-ideas.query';
import { SimilarIdeasInput, SimilarIdeasView } from '../similar-ideas/similar-ideas.dto';
import { ApiProblems } from '../openapi/api-problems';
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

  // Before ':publicCode', which would take "similar" for a code.
  @Get('similar')
  @ApiOperation({
    summary: 'Up to five public ideas like a text being written',
    description:
      'For the submit form, while the citizen writes: ideas sharing words (Danish, Swedish and Norwegian stems, accents folded) or a similar title, weighed by district and category; merged and withdrawn ideas are left out.',
  })
  @ApiOkResponse({ type: SimilarIdeasView })
  @ApiProblems({ 400: 'Ill-formed input', 422: 'No text, a text over 2,000 characters, or a malformed district or category' })
  similar(@Query() input: SimilarIdeasInput) {
    return this.queries.execute(new FindSimilarIdeasQuery(input));
  }

  @Get(':publicCode')
  @ApiOperation({ summary: "One idea's public page: status in plain words, responsible department, public answer and timeline" })
  @ApiParam({ name: 'publicCode', example: 'K-2026-000123' })
  @ApiJsonOrPage(PublicIdeaView, { 404: 'No idea has this public code' })
  get(@Param('publicCode') publicCode: string) {
    return this.queries.execute(new GetPublicIdeaQuery(publicCode));
  }
}
