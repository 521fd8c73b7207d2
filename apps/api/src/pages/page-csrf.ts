import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { Request, Response } from 'express';
import { ProblemError } from '../http/problem';
import { withCookies } from './page-cookies';
import { PAGES_CONFIG } from './pages.tokens';
import type { PagesConfig } from './pages-config';

/** The hidden field every form carries. */
export const CSRF_FIELD = '_csrf';

/**
 * Cross-site posting is refused with csrf-csrf's double-submit cookie: the
 * form's hidden token must match the HMAC-signed cookie set when the form was
 * shown, which another site can neither read nor set. Stateless: no sessions.
 */
@Injectable()
export class PageCsrf {
  private readonly csrf: DoubleCsrfUtilities;

  constructor(@Inject(PAGES_CONFIG) config: PagesConfig) {
    this.csrf = doubleCsrf({
      getSecret: () => config.csrfSecret,
      getSessionIdentifier: () => '',
      cookieName: config.production ? '__Host-csrf' : 'csrf',
      cookieOptions: { sameSite: 'strict', secure: config.production, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (request) => (request.body as Record<string, string> | undefined)?.[CSRF_FIELD],
    });
  }

  /** For the form being shown; reuses the cookie's token while it is valid, so several tabs keep working. */
  token(request: Request, response: Response): string {
    withCookies(request, response);
    return this.csrf.generateCsrfToken(request, response, { validateOnReuse: false });
  }

  isValid(request: Request, response: Response): boolean {
    withCookies(request, response);
    return this.csrf.validateRequest(request);
  }
}

@Injectable()
export class PageCsrfGuard implements CanActivate {
  constructor(private readonly csrf: PageCsrf) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    if (this.csrf.isValid(http.getRequest<Request>(), http.getResponse<Response>())) return true;
    throw new ProblemError(403, 'bad-csrf-token', 'The form has expired or came from another site', 'Open the page again and send the form from there.');
  }
}
