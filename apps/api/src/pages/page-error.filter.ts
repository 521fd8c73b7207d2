import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toProblem } from '../http/problem-details.filter';
import { pageLanguage } from './page-language';
import { withCookies } from './page-cookies';
import { PageRenderer } from './page-renderer';
import { PAGES_CONFIG } from './pages.tokens';
import type { PagesConfig } from './pages-config';

/** The kinds of error a page explains in its own words; anything else reads as the general one. */
const EXPLAINED = new Set([400, 403, 404, 409, 413, 422, 429, 503]);

/** A page's error is a page too (in the reader's language), with the same status the API would give. */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(
    private readonly renderer: PageRenderer,
    @Inject(PAGES_CONFIG) private readonly config: PagesConfig,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(error);
    if (problem.status >= 500 && problem.status !== 503)
      this.logger.error(`${request.method} page failed`, error instanceof Error ? error.stack : String(error));
    if (problem.status === 429 || problem.status === 503) response.setHeader('Retry-After', '30');
    withCookies(request, response);
    const lang = pageLanguage(request, response, this.config.defaultLanguage, null, this.config.production);
    const kind = EXPLAINED.has(problem.status) ? String(problem.status) : 'other';
    this.renderer.render(request, response, 'error', lang, { titleKey: `error.${kind}.title`, kind, path: '/' }, problem.status);
  }
}
