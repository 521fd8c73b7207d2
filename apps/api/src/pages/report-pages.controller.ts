import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { isOneOf, MODERATION_NOTE_MAX, REPORT_REASONS, type ReportReason } from '@civic/ideas';
import { SubmitRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { Moderation } from '../moderation/moderation.service';
import { GetPublicIdeaQuery } from '../public-status/get-public-idea.query';
import { IdeaPage } from './idea-page';
import { PageContext } from './page-context';
import { PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';
import type { ReportFormErrors } from './report-form';

/**
 * "Report this idea" on the public idea page: a reason from a short list and
 * an optional note, rate-limited as a submission; a thank-you page after.
 * The report only queues the idea for the moderators.
 */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller('pages/public/ideas')
export class ReportPagesController {
  constructor(
    private readonly moderation: Moderation,
    private readonly queries: QueryBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly ideaPage: IdeaPage,
  ) {}

  @Post(':publicCode/report')
  @SubmitRateLimit()
  @UseGuards(PageCsrfGuard)
  async report(@Param('publicCode') publicCode: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const reason = typeof body.reason === 'string' ? body.reason : '';
    const note = typeof body.note === 'string' ? body.note.trim() : '';
    const errors: ReportFormErrors = {};
    if (!isOneOf(REPORT_REASONS, reason)) errors.reason = reason === '' ? 'required' : 'choose';
    if (note.length > MODERATION_NOTE_MAX) errors.note = 'tooLong';
    if (Object.keys(errors).length > 0) return this.ideaPage.show(publicCode, request, response, { report: { values: { reason, note }, errors } }, 422);
    const { publicCode: code } = await this.moderation.report(publicCode, { reason: reason as ReportReason, note: note || null }, citizen);
    response.redirect(303, `/pages/public/ideas/${encodeURIComponent(code)}/reported`);
  }

  @Get(':publicCode/reported')
  async reported(@Param('publicCode') publicCode: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const idea = await this.queries.execute(new GetPublicIdeaQuery(publicCode));
    this.renderer.render(request, response, 'report-thanks', lang, { titleKey: 'report.thanksTitle', publicCode: idea.publicCode });
  }
}
