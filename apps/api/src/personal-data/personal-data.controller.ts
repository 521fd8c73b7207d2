import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext, StaffContext } from '../http/request-context';
import { EraseSubmitterDataCommand } from './erase-submitter-data.command';

export class ErasedSubmitterDataView {
  @ApiProperty() id: string;
  @ApiProperty() revision: number;
  @ApiProperty({ description: 'When the personal data was erased (the first time, if asked again)' }) erasedAt: string;
}

/**
 * Erasure of a submitter's personal data (GDPR art. 17). No If-Match: the
 * erasure must happen whatever changed since the caller last read the idea,
 * and asking twice changes nothing, so there is no lost update to guard.
 */
@ApiTags('personal data')
@Controller()
export class PersonalDataController {
  constructor(private readonly commands: CommandBus) {}

  @Post('ideas/:id/personal-data/erase')
  @Roles(...ENDPOINT_ROLES.administer)
  @HttpCode(200)
  @ApiOkResponse({ type: ErasedSubmitterDataView })
  @ApiOperation({ summary: 'Erase the submitter’s personal data (GDPR art. 17), by an administrator' })
  @ApiProblems({ 400: 'The id is not a UUID, or ill-formed input', 404: 'No idea has this id' })
  eraseByAdmin(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @StaffContext() staff: RequestContext) {
    return this.commands.execute(new EraseSubmitterDataCommand({ by: 'admin', ideaId: id }, staff));
  }

  @Post('track/:token/personal-data/erase')
  @TrackRateLimit()
  @HttpCode(200)
  @ApiOkResponse({ type: ErasedSubmitterDataView })
  @ApiOperation({ summary: 'Erase my personal data (GDPR art. 17) through my tracking link' })
  @ApiProblems({ 404: 'No idea has this tracking link' })
  eraseByCitizen(@Param('token') token: string, @CitizenContext() citizen: RequestContext) {
    return this.commands.execute(new EraseSubmitterDataCommand({ by: 'citizen', trackingToken: token }, citizen));
  }
}
