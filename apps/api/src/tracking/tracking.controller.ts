import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiJsonOrPage } from '../openapi/api-json-or-page';
import { ApiProblems } from '../openapi/api-problems';
import type { Request, Response } from 'express';
import { TRACK_RATE_LIMITED, TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { ChangeTrackedIdeaCommand } from './change-tracked-idea.command';
import { CitizenReplyInput, TrackedChange, WithdrawIdeaInput } from './citizen-commands.dto';
import { GetTrackedIdeaQuery } from './get-tracked-idea.query';
import { StopNotificationsCommand } from './stop-notifications.command';
import { TrackedIdeaView } from './tracked-idea.view';
import { UnsubscribeInput } from './unsubscribe.dto';
import { GetUnsubscribeFormQuery } from './unsubscribe-form.query';
import { asHtml, cameFromTheForm, UnsubscribedView } from './unsubscribe-responses';
import { unsubscribedPage, unsubscribeFormPage } from './unsubscribe-page';

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
  @ApiOperation({ summary: 'Where my idea stands (the citizen’s private view through the tracking link)' })
  @ApiJsonOrPage(TrackedIdeaView, {
    404: 'No idea has this tracking link (or its personal data was erased)',
    429: TRACK_RATE_LIMITED,
  })
  get(@Param('token') token: string) {
    return this.queries.execute(new GetTrackedIdeaQuery(token));
  }

  @Post('replies')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer the case handler’s question' })
  @ApiOkResponse({ type: TrackedChange })
  @ApiProblems({
    404: 'No idea has this tracking link (or its personal data was erased)',
    409: 'There is no open question, or the idea is withdrawn or closed',
    422: 'Invalid fields, or a questionId that is not the open question',
  })
  reply(@Param('token') token: string, @Body() body: CitizenReplyInput, @CitizenContext() citizen: RequestContext) {
    return this.commands.execute(
      new ChangeTrackedIdeaCommand(token, { type: 'ProvideCitizenInformation', questionId: body.questionId ?? null, answer: body.answer }, citizen),
    );
  }

  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my idea' })
  @ApiOkResponse({ type: TrackedChange })
  @ApiProblems({ 404: 'No idea has this tracking link (or its personal data was erased)', 409: 'The idea is already withdrawn or closed' })
  withdraw(@Param('token') token: string, @Body() body: WithdrawIdeaInput, @CitizenContext() citizen: RequestContext) {
    return this.commands.execute(new ChangeTrackedIdeaCommand(token, { type: 'WithdrawIdea', reason: body.reason ?? null }, citizen));
  }

  /** The link in every e-mail: a page with one button. Following it changes nothing, because mail scanners follow links. */
  @Get('unsubscribe')
  @ApiOkResponse({ description: 'A page (no scripts) whose one button posts to this URL', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiOperation({ summary: 'The unsubscribe page the e-mails link to (changes nothing)' })
  @ApiProblems({ 404: 'No idea has this tracking link (or its personal data was erased)' })
  async unsubscribeForm(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const form = await this.queries.execute(new GetUnsubscribeFormQuery(token));
    return asHtml(response, form.stoppedAt ? unsubscribedPage(form.language) : unsubscribeFormPage(form.language, form.publicCode));
  }

  /** RFC 8058 one-click (the List-Unsubscribe-Post header), the page's button, or any client; again is fine and appends nothing. */
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiExtraModels(UnsubscribedView)
  @ApiOkResponse({
    description: 'JSON; an HTML confirmation for the page’s own form',
    content: { 'application/json': { schema: { $ref: getSchemaPath(UnsubscribedView) } }, 'text/html': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Stop the e-mails about my idea (RFC 8058 one-click, or the page’s button)' })
  @ApiProblems({ 404: 'No idea has this tracking link (or its personal data was erased)' })
  async unsubscribe(
    @Param('token') token: string,
    @Body() _body: UnsubscribeInput,
    @CitizenContext() citizen: RequestContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UnsubscribedView | string> {
    const stopped = await this.commands.execute(new StopNotificationsCommand(token, citizen));
    return cameFromTheForm(request) ? asHtml(response, unsubscribedPage(stopped.language)) : { unsubscribed: true, at: stopped.at };
  }
}
