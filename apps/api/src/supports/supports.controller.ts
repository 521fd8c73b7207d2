import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { TRACK_RATE_LIMITED, TrackRateLimit } from '../http/rate-limits';
import { ApiJsonOrPage } from '../openapi/api-json-or-page';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { ApiProblems } from '../openapi/api-problems';
import { SupportIdeaInput, SupportRequestedView, SupportView } from './supports.dto';
import { Supports } from './supports.service';

const LINK_NOT_FOUND = 'No support found for this link';

/** Supporting an idea without an account: an e-mail address, confirmed through the link mailed to it (double opt-in). */
@ApiTags('supports')
@TrackRateLimit()
@Controller()
export class SupportsController {
  constructor(private readonly supports: Supports) {}

  @Post('public/ideas/:publicCode/supports')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Support an idea: a confirmation link is mailed to the address; the support counts once it is followed',
    description: 'One address counts once per idea. The answer is the same whether or not the address already supports the idea.',
  })
  @ApiParam({ name: 'publicCode', example: 'K-2026-000123' })
  @ApiAcceptedResponse({ type: SupportRequestedView })
  @ApiProblems({ 404: 'No idea has this public code', 422: 'Invalid e-mail address, or an unknown district' })
  request(@Param('publicCode') publicCode: string, @Body() body: SupportIdeaInput, @CitizenContext() citizen: RequestContext) {
    return this.supports.request(publicCode, body, citizen);
  }

  @Get('supports/:token')
  @ApiOperation({ summary: 'Where my support stands: the link in the confirmation e-mail (a browser gets the page with its buttons; changes nothing)' })
  @ApiJsonOrPage(SupportView, { 404: LINK_NOT_FOUND, 429: TRACK_RATE_LIMITED })
  async get(@Param('token') token: string): Promise<SupportView> {
    const { status, publicCode } = await this.supports.view(token);
    return { status, publicCode };
  }

  @Post('supports/:token/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm my support: from now on it counts (safe to repeat)' })
  @ApiOkResponse({ type: SupportView })
  @ApiProblems({ 404: LINK_NOT_FOUND, 409: 'The support was withdrawn: give the address again to support anew' })
  async confirm(@Param('token') token: string, @CitizenContext() citizen: RequestContext): Promise<SupportView> {
    const { status, publicCode } = await this.supports.confirm(token, citizen);
    return { status, publicCode };
  }

  @Post('supports/:token/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my support; the address is erased with it (safe to repeat)' })
  @ApiOkResponse({ type: SupportView })
  @ApiProblems({ 404: LINK_NOT_FOUND })
  async withdraw(@Param('token') token: string, @CitizenContext() citizen: RequestContext): Promise<SupportView> {
    const { status, publicCode } = await this.supports.withdraw(token, citizen);
    return { status, publicCode };
  }
}
