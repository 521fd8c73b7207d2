import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type RequestContext, StaffContext } from '../http/request-context';
import { GetInboxQuery } from './get-inbox.query';
import { InboxPageView, InboxQueryInput } from './inbox-query.dto';

@ApiTags('inbox')
@Controller()
export class InboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get('departments/:code/inbox')
  @ApiOperation({ summary: "A department's open ideas, to work from", description: 'Keyset-paginated: follow nextCursor with the same sort and order.' })
  @ApiParam({ name: 'code', example: 'TMF', description: 'A code from GET /departments' })
  @ApiOkResponse({ type: InboxPageView })
  @ApiNotFoundResponse({ description: 'No such department (application/problem+json)' })
  department(@Param('code') code: string, @Query() input: InboxQueryInput, @StaffContext() _staff: RequestContext) {
    return this.queries.execute(new GetInboxQuery(code, input));
  }

  @Get('triage/inbox')
  @ApiOperation({ summary: 'Open ideas that no routing rule sent to a department', description: 'Same filters, sorting and pagination as a department inbox.' })
  @ApiOkResponse({ type: InboxPageView })
  triage(@Query() input: InboxQueryInput, @StaffContext() _staff: RequestContext) {
    return this.queries.execute(new GetInboxQuery(null, input));
  }
}
