import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { COMMENT_MAX } from '@civic/satisfaction';
import { TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { SatisfactionAnswers } from '../satisfaction/satisfaction-answers';
import { PageContext } from './page-context';
import { PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';

type Errors = Partial<Record<'rating' | 'comment', string>>;

/** The follow-up question's page, which its e-mail links to: five marks and a comment, posted back (303), once. Under /track/<token>, which the logs redact. */
@ApiExcludeController()
@TrackRateLimit()
@UseFilters(PageErrorFilter)
@Controller('track/:token/page/satisfaction')
export class SatisfactionPageController {
  constructor(
    private readonly answers: SatisfactionAnswers,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get()
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(token, request, response, {}, {}, 200);
  }

  @Post()
  @UseGuards(PageCsrfGuard)
  async answer(@Param('token') token: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const rating = typeof body.rating === 'string' && /^[1-5]$/.test(body.rating) ? Number(body.rating) : null;
    const comment = typeof body.comment === 'string' ? body.comment : '';
    const errors: Errors = {};
    if (rating === null) errors.rating = 'choose';
    if (comment.length > COMMENT_MAX) errors.comment = 'tooLong';
    if (Object.keys(errors).length > 0) return this.render(token, request, response, errors, { rating, comment }, 422);
    await this.answers.answer(token, rating!, comment, citizen);
    response.redirect(303, `/track/${encodeURIComponent(token)}/page/satisfaction`);
  }

  private async render(
    token: string,
    request: Request,
    response: Response,
    errors: Errors,
    values: { rating?: number | null; comment?: string },
    status: number,
  ) {
    const { publicCode, language, followUp } = await this.answers.state(token);
    const lang = this.page.language(request, response, language);
    this.renderer.render(
      request,
      response,
      'satisfaction',
      lang,
      {
        titleKey: 'satisfaction.title',
        titleArgs: { code: publicCode },
        path: `/track/${encodeURIComponent(token)}/page/satisfaction`,
        action: `/track/${encodeURIComponent(token)}/page/satisfaction`,
        trackUrl: `/track/${encodeURIComponent(token)}`,
        publicCode,
        asked: followUp.askedAt !== null && followUp.rating === null,
        rated: followUp.rating !== null,
        notAsked: followUp.askedAt === null,
        subject: followUp.subject ?? 'answered',
        marks: [1, 2, 3, 4, 5].map((mark) => ({ mark, checked: values.rating === mark })),
        comment: values.comment ?? '',
        errors,
        hasErrors: Object.keys(errors).length > 0,
        errorList: Object.entries(errors).map(([field, kind]) => ({ field, kind })),
        csrf: this.page.csrfToken(request, response),
      },
      status,
    );
  }
}
