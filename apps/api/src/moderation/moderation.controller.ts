import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { SubmitRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { ApiProblems } from '../openapi/api-problems';
import { ModerationQueueView, ReportIdeaInput, ReportedIdeaView } from './moderation.dto';
import { Moderation } from './moderation.service';

/** Citizens report a public idea; moderators read the queue (and act through POST /ideas/:id/hide, /restore, /reports/dismiss). */
@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(private readonly moderation: Moderation) {}

  @Post('public/ideas/:publicCode/reports')
  @HttpCode(201)
  @SubmitRateLimit()
  @ApiOperation({
    summary: 'Report a public idea that breaks the rules (no sign-in)',
    description: 'Puts the idea in the moderators’ review queue. A report never hides anything by itself, however many there are: staff decide.',
  })
  @ApiParam({ name: 'publicCode', example: 'K-2026-000123' })
  @ApiCreatedResponse({ type: ReportedIdeaView })
  @ApiProblems({ 404: 'No idea has this public code', 422: 'A reason outside the list, or a note over 500 characters' })
  report(@Param('publicCode') publicCode: string, @Body() body: ReportIdeaInput, @CitizenContext() citizen: RequestContext): Promise<ReportedIdeaView> {
    return this.moderation.report(publicCode, body, citizen);
  }

  @Get('moderation/queue')
  @Roles(...ENDPOINT_ROLES.moderationQueue)
  @ApiOperation({ summary: 'Reported ideas not yet reviewed, with their count of reports and the latest reasons' })
  @ApiOkResponse({ type: ModerationQueueView })
  async queue(): Promise<ModerationQueueView> {
    return { items: await this.moderation.queue() };
  }
}
