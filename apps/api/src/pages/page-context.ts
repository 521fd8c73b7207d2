import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { withCookies } from './page-cookies';
import { PageCsrf } from './page-csrf';
import { pageLanguage } from './page-language';
import { PAGES_CONFIG } from './pages.tokens';
import type { PageLanguage, PagesConfig } from './pages-config';

/** What every page needs from its request: its language and, for forms, a CSRF token. */
@Injectable()
export class PageContext {
  constructor(
    private readonly csrf: PageCsrf,
    @Inject(PAGES_CONFIG) readonly config: PagesConfig,
  ) {}

  language(request: Request, response: Response, preferred: string | null = null): PageLanguage {
    withCookies(request, response);
    return pageLanguage(request, response, this.config.defaultLanguage, preferred, this.config.production);
  }

  csrfToken(request: Request, response: Response): string {
    return this.csrf.token(request, response);
  }
}
