import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isEmail } from 'class-validator';
import type { Request, Response } from 'express';
import { TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { ReferenceData } from '../reference-data/reference-data';
import { Supports } from '../supports/supports.service';
import { IdeaPage } from './idea-page';
import { PageContext } from './page-context';
import { PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';
import type { SupportFormErrors } from './support-form';

/**
 * Supporting from the pages: the form on the public idea page, and the page
 * the confirmation e-mail links to (a browser's GET /supports/<token> is
 * routed here) with its confirm and withdraw buttons. A GET changes nothing:
 * mail scanners follow links.
 */
@ApiExcludeController()
@TrackRateLimit()
@UseFilters(PageErrorFilter)
@Controller()
export class SupportPagesController {
  constructor(
    private readonly supports: Supports,
    private readonly referenceData: ReferenceData,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly ideaPage: IdeaPage,
  ) {}

  @Post('pages/public/ideas/:publicCode/support')
  @UseGuards(PageCsrfGuard)
  async support(
    @Param('publicCode') publicCode: string,
    @Req() request: Request,
    @Res() response: Response,
    @CitizenContext() citizen: RequestContext,
  ): Promise<void> {
    const form = fieldsOf(request);
    const email = form.email?.trim() ?? '';
    const district = form.district?.trim() || undefined;
    const errors: SupportFormErrors = {};
    if (email === '') errors.email = 'required';
    else if (email.length > 254 || !isEmail(email)) errors.email = 'email';
    if (district !== undefined && !(await this.referenceData.snapshot()).districts.has(district)) errors.district = 'choose';
    if (Object.keys(errors).length > 0) return this.ideaPage.show(publicCode, request, response, { support: { values: { email, district }, errors } }, 422);
    await this.supports.request(publicCode, { email, district }, citizen);
    response.redirect(303, `/public/ideas/${encodeURIComponent(publicCode)}?support=sent#support-title`);
  }

  @Get('supports/:token/page')
  async supportPage(@Param('token') token: string, @Query('done') done: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const support = await this.supports.view(token);
    await this.showSupport(token, support, request, response, typeof done === 'string' && ['confirm', 'withdraw'].includes(done) ? done : null);
  }

  @Post('supports/:token/page/confirm')
  @UseGuards(PageCsrfGuard)
  async confirm(@Param('token') token: string, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    await this.supports.confirm(token, citizen);
    response.redirect(303, `/supports/${encodeURIComponent(token)}?done=confirm`);
  }

  @Post('supports/:token/page/withdraw')
  @UseGuards(PageCsrfGuard)
  async withdraw(@Param('token') token: string, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    await this.supports.withdraw(token, citizen);
    response.redirect(303, `/supports/${encodeURIComponent(token)}?done=withdraw`);
  }

  private async showSupport(token: string, support: Awaited<ReturnType<Supports['view']>>, request: Request, response: Response, done: string | null) {
    const lang = this.page.language(request, response, support.language);
    const base = `/supports/${encodeURIComponent(token)}`;
    this.renderer.render(request, response, 'support', lang, {
      titleKey: 'support.title',
      titleArgs: { code: support.publicCode },
      path: base,
      base,
      support,
      pending: support.status === 'pending',
      confirmed: support.status === 'confirmed',
      withdrawn: support.status === 'withdrawn',
      done,
      csrf: this.page.csrfToken(request, response),
    });
  }
}

function fieldsOf(request: Request): Record<string, string | undefined> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
}
