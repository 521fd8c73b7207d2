import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { ChangeTrackedIdeaCommand } from './change-tracked-idea.command';
import { CitizenReplyInput, WithdrawIdeaInput } from './citizen-commands.dto';
import { GetTrackedIdeaQuery } from './get-tracked-idea.query';
import { TrackedIdeaView } from './tracked-idea.view';

/** The citizen's private access: the tracking token is the only credential, so every route here is rate-limited per IP. */
@ApiTags('citizen tracking')
@TrackRateLimit()
@Controller('track/:token')
export class TrackingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: TrackedIdeaView })
  get(@Param('token') token: string) {
    return this.queries.execute(new GetTrackedIdeaQuery(token));
  }

  @Post('replies')
  @HttpCode(200)
  reply(@Param('token') token: string, @Body() body: CitizenReplyInput, @CitizenContext() citizen: RequestContext) {
    return this.commands.execute(new ChangeTrackedIdeaCommand(token, { type: 'ProvideCitizenInformation', questionId: body.questionId ?? null, answer: body.answer }, citizen));
  }

  @Post('withdraw')
  @HttpCode(200)
  withdraw(@Param('token') token: string, @Body() body: WithdrawIdeaInput, @CitizenContext() citizen: RequestContext) {
    return this.commands.execute(new ChangeTrackedIdeaCommand(token, { type: 'WithdrawIdea', reason: body.reason ?? null }, citizen));
  }
}
