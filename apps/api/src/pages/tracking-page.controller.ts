import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { PublicIdea } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { EraseSubmitterDataCommand } from '../personal-data/erase-submitter-data.command';
import { GetPublicIdeaQuery } from '../public-status/get-public-idea.query';
import { ChangeTrackedIdeaCommand } from '../tracking/change-tracked-idea.command';
import { GetTrackedIdeaQuery } from '../tracking/get-tracked-idea.query';
import { StopNotificationsCommand } from '../tracking/stop-notifications.command';
import type { TrackedIdeaView } from '../tracking/tracked-idea.view';
import { GetUnsubscribeFormQuery } from '../tracking/unsubscribe-form.query';
import { PageContext } from './page-context';
import { PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';
import type { PageLanguage } from './pages-config';
import { citizenTimeline, trackingActions } from './tracking-page.view';

/** What a confirmed action reports back on the page (?done=). */
const DONE = new Set(['reply', 'withdraw', 'erase', 'stop-emails']);
const REPLY_MAX = 10_000;

type FormErrors = Partial<Record<'answer' | 'withdraw' | 'erase' | 'stop-emails', string>>;

/**
 * The page the e-mailed link opens (a browser's GET /track/<token> is routed
 * here), the receipt after submitting, and the citizen's forms. Every route
 * stays under /track/<token>, which the logs redact.
 */
@ApiExcludeController()
@TrackRateLimit()
@UseFilters(PageErrorFilter)
@Controller('track/:token')
export class TrackingPageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get('page')
  async tracking(@Param('token') token: string, @Query('done') done: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.show(token, request, response, {}, '', 200, typeof done === 'string' && DONE.has(done) ? done : null);
  }

  @Get('receipt')
  async receipt(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { idea, language } = await this.load(token);
    const lang = this.page.language(request, response, language);
    const trackingUrl = `${this.page.config.publicBaseUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`}/track/${encodeURIComponent(token)}`;
    this.renderer.render(request, response, 'receipt', lang, { titleKey: 'receipt.title', script: true, idea, trackingUrl });
  }

  @Post('page/reply')
  @UseGuards(PageCsrfGuard)
  async reply(@Param('token') token: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const form = fieldsOf(request);
    const answer = form.answer?.trim() ?? '';
    if (answer === '' || answer.length > REPLY_MAX)
      return this.show(token, request, response, { answer: answer === '' ? 'required' : 'tooLong' }, form.answer ?? '', 422, null);
    const questionId = /^[0-9a-f-]{36}$/i.test(form.questionId ?? '') ? form.questionId! : null;
    await this.commands.execute(new ChangeTrackedIdeaCommand(token, { type: 'ProvideCitizenInformation', questionId, answer }, citizen));
    done(response, token, 'reply');
  }

  @Post('page/withdraw')
  @UseGuards(PageCsrfGuard)
  async withdraw(@Param('token') token: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    if (!confirmed(request)) return this.show(token, request, response, { withdraw: 'confirm' }, '', 422, null);
    const reason = fieldsOf(request).reason?.trim().slice(0, REPLY_MAX) || null;
    await this.commands.execute(new ChangeTrackedIdeaCommand(token, { type: 'WithdrawIdea', reason }, citizen));
    done(response, token, 'withdraw');
  }

  @Post('page/stop-emails')
  @UseGuards(PageCsrfGuard)
  async stopEmails(
    @Param('token') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @CitizenContext() citizen: RequestContext,
  ): Promise<void> {
    if (!confirmed(request)) return this.show(token, request, response, { 'stop-emails': 'confirm' }, '', 422, null);
    await this.commands.execute(new StopNotificationsCommand(token, citizen));
    done(response, token, 'stop-emails');
  }

  @Post('page/erase')
  @UseGuards(PageCsrfGuard)
  async erase(@Param('token') token: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    if (!confirmed(request)) return this.show(token, request, response, { erase: 'confirm' }, '', 422, null);
    await this.commands.execute(new EraseSubmitterDataCommand({ by: 'citizen', trackingToken: token }, citizen));
    done(response, token, 'erase');
  }

  private async load(token: string): Promise<{ idea: TrackedIdeaView; language: string; publicIdea: PublicIdea | null }> {
    const idea = await this.queries.execute(new GetTrackedIdeaQuery(token));
    // The public page's projection follows a moment behind: until it has the idea there is no merged-into link, and the language comes from the stream.
    const publicIdea = await this.queries.execute(new GetPublicIdeaQuery(idea.publicCode)).catch((error: unknown) => {
      if (error instanceof ProblemError && error.status === 404) return null;
      throw error;
    });
    const language = publicIdea?.language ?? (await this.queries.execute(new GetUnsubscribeFormQuery(token))).language;
    return { idea, language, publicIdea };
  }

  private async show(token: string, request: Request, response: Response, errors: FormErrors, answer: string, status: number, done: string | null) {
    const { idea, language, publicIdea } = await this.load(token);
    const lang: PageLanguage = this.page.language(request, response, language);
    const base = `/track/${encodeURIComponent(token)}`;
    this.renderer.render(
      request,
      response,
      'track',
      lang,
      {
        titleKey: 'track.title',
        titleArgs: { code: idea.publicCode },
        path: base,
        idea,
        base,
        done,
        errors,
        answer,
        ideaLanguage: language,
        duplicateOf: publicIdea?.duplicateOf ?? null,
        departmentName: publicIdea?.department?.name ?? null,
        timeline: citizenTimeline(idea),
        actions: trackingActions(idea),
        csrf: this.page.csrfToken(request, response),
      },
      status,
    );
  }
}

function fieldsOf(request: Request): Record<string, string | undefined> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
}

function confirmed(request: Request): boolean {
  return fieldsOf(request).confirm === 'yes';
}

function done(response: Response, token: string, what: string): void {
  response.redirect(303, `/track/${encodeURIComponent(token)}?done=${what}`);
}
