import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { StaffContext, type StaffRequestContext } from '../http/request-context';
import { ApiProblems } from '../openapi/api-problems';
import { GetDuplicateCandidatesQuery } from './get-duplicate-candidates.query';
import { DuplicateCandidatesView } from './similar-ideas.dto';

@ApiTags('ideas')
@Controller('ideas')
export class DuplicateCandidatesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/duplicate-candidates')
  @Roles(...ENDPOINT_ROLES.markDuplicate)
  @ApiOkResponse({ type: DuplicateCandidatesView })
  @ApiProblems({ 400: 'The id is not a UUID', 404: 'No idea has this id' })
  @ApiOperation({
    summary: "A case's likely duplicates",
    description: 'Up to five ideas still open or received within 90 days of it, by the words they share, their titles, district and category; best first.',
  })
  candidates(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @StaffContext() context: StaffRequestContext) {
    return this.queries.execute(new GetDuplicateCandidatesQuery(id, context.staff));
  }
}
