import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { type StaffRequestContext, StaffContext } from '../http/request-context';
import { GetInboxQuery } from './get-inbox.query';
import { InboxPageView, InboxQueryInput } from './inbox-query.dto';

@ApiTags('inbox')
@Controller()
export class InboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get('departments/:code/inbox')
  @Roles(...ENDPOINT_ROLES.departmentInbox)
  @ApiOperation({ summary: "A department's open ideas, to work from", description: 'Keyset-paginated: follow nextCursor with the same sort and order.' })
  @ApiParam({ name: 'code', example: 'TMF', description: 'A code from GET /departments' })
  @ApiOkResponse({ type: InboxPageView })
  @ApiNotFoundResponse({ description: 'No such department (application/problem+json)' })
  department(@Param('code') code: string, @Query() input: InboxQueryInput, @StaffContext() context: StaffRequestContext) {
    return this.queries.execute(new GetInboxQuery(code, input, context.staff));
  }

  @Get('triage/inbox')
  @Roles(...ENDPOINT_ROLES.triageInbox)
  @ApiOperation({ summary: 'Open ideas that no routing rule sent to a department', description: 'Same filters, sorting and pagination as a department inbox.' })
  @ApiOkResponse({ type: InboxPageView })
  triage(@Query() input: InboxQueryInput, @StaffContext() context: StaffRequestContext) {
    return this.queries.execute(new GetInboxQuery(null, input, context.staff));
  }
}
