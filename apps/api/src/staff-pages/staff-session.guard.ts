import { type ArgumentsHost, Catch, type CanActivate, type ExceptionFilter, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { attachStaff, staffOf } from '../auth/staff-of-request';
import { toProblem } from '../http/problem-details.filter';
import { PageContext } from '../pages/page-context';
import { PageErrorFilter } from '../pages/page-error.filter';
import { PageRenderer } from '../pages/page-renderer';
import { clearSession, sessionIdOf } from './staff-session-cookie';
import { StaffSessions } from './staff-sessions';
import { STAFF_SIGN_IN } from './staff-pages.tokens';
import type { StaffSignInOptions } from './staff-sign-in.options';
import type { StaffMember } from '@civic/casework';

/** No live session: the browser is sent to sign in, and comes back to the page it asked for. */
export class SignInNeeded extends Error {
  constructor(readonly next: string) {
    super('sign-in needed');
  }
}

/** Staff pages need a live session; its staff member is attached to the request as the bearer guard does for the API. */
@Injectable()
export class StaffSessionGuard implements CanActivate {
  constructor(
    private readonly sessions: StaffSessions,
    @Inject(STAFF_SIGN_IN) private readonly options: StaffSignInOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const session = await this.sessions.resume(sessionIdOf(request, response, this.options.production));
    if (!session) {
      clearSession(response, this.options.production);
      throw new SignInNeeded(request.method === 'GET' ? request.originalUrl : (request.get('referer') ?? '/staff/inbox'));
    }
    attachStaff(request, session.staff);
    return true;
  }
}

/** The staff member whose session the guard resumed. */
export function sessionStaff(request: Request): StaffMember {
  const staff = staffOf(request);
  if (!staff) throw new Error('A staff page without StaffSessionGuard');
  return staff;
}

/** Staff pages' errors are pages, as the citizens'; a missing session is a redirect to sign in. */
@Catch()
@Injectable()
export class StaffPageErrorFilter implements ExceptionFilter {
  constructor(
    private readonly pages: PageErrorFilter,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof SignInNeeded) {
      const next = new URL(error.next, 'http://page.invalid');
      host
        .switchToHttp()
        .getResponse<Response>()
        .redirect(303, `/staff/sign-in?next=${encodeURIComponent(next.pathname.startsWith('/staff') ? `${next.pathname}${next.search}` : '/staff/inbox')}`);
      return;
    }
    const problem = toProblem(error);
    // Signed in, but not allowed: say that, rather than the citizens' "the form has expired" (a CSRF refusal).
    if (problem.status === 403 && problem.code !== 'bad-csrf-token') {
      const request = host.switchToHttp().getRequest<Request>();
      const response = host.switchToHttp().getResponse<Response>();
      this.renderer.render(request, response, 'staff-forbidden', this.page.language(request, response), { titleKey: 'staff.forbidden.title' }, 403);
      return;
    }
    this.pages.catch(error, host);
  }
}
