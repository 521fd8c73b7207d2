import { Controller, Get, HttpCode, Inject, NotFoundException, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type Role, type StaffMember } from '@civic/casework';
import { StaffDirectory } from '../auth/staff-directory';
import { PageContext } from '../pages/page-context';
import { PageCsrfGuard } from '../pages/page-csrf';
import { PageRenderer } from '../pages/page-renderer';
import { ReferenceData } from '../reference-data/reference-data';
import { SignInFailed, StaffOidc } from './staff-oidc';
import { StaffPageErrorFilter } from './staff-session.guard';
import { clearPendingSignIn, clearSession, pendingSignInOf, sessionIdOf, setPendingSignIn, setSession, staffPageOrInbox } from './staff-session-cookie';
import { StaffSessions } from './staff-sessions';
import { STAFF_SIGN_IN } from './staff-pages.tokens';
import type { StaffSignInOptions } from './staff-sign-in.options';

const SUBJECT = /^[\w.@:-]{1,100}$/;

/**
 * Signing in to /staff: the identity provider's authorization-code flow with
 * PKCE, or outside production with no client configured, a page where a
 * developer picks who to be (as `npm run token` does). Signing out ends the
 * session here and, where the provider offers it, there.
 */
@ApiExcludeController()
@UseFilters(StaffPageErrorFilter)
@Controller('staff')
export class StaffSignInController {
  constructor(
    private readonly oidc: StaffOidc,
    private readonly sessions: StaffSessions,
    private readonly directory: StaffDirectory,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    @Inject(STAFF_SIGN_IN) private readonly options: StaffSignInOptions,
  ) {}

  @Get()
  home(@Res() response: Response): void {
    response.redirect(303, '/staff/inbox');
  }

  @Get('sign-in')
  async signIn(@Query('next') next: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const target = staffPageOrInbox(next);
    if (this.oidc.enabled) {
      const { url, pending } = await this.oidc.authorizationUrl(this.redirectUri(request), target);
      setPendingSignIn(response, pending, this.options.production);
      response.redirect(303, url);
      return;
    }
    if (this.options.production) throw new NotFoundException();
    await this.showDevelopmentSignIn(request, response, target, {}, 200);
  }

  /** Development only: a session for whoever the developer says. */
  @Post('sign-in')
  @UseGuards(PageCsrfGuard)
  async developmentSignIn(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (this.oidc.enabled || this.options.production) throw new NotFoundException();
    const form = (request.body ?? {}) as Record<string, unknown>;
    const next = staffPageOrInbox(form.next);
    const subject = typeof form.subject === 'string' ? form.subject.trim() : '';
    const roles = listOf(form.roles).filter((role): role is Role => (ROLES as readonly string[]).includes(role));
    const { departments: known } = await this.reference.snapshot();
    const departments = listOf(form.departments).filter((code) => known.has(code));
    if (!SUBJECT.test(subject) || roles.length === 0)
      return this.showDevelopmentSignIn(
        request,
        response,
        next,
        { subject: SUBJECT.test(subject) ? undefined : 'required', roles: roles.length ? undefined : 'required' },
        422,
        {
          subject,
          roles,
          departments,
        },
      );
    const email = typeof form.email === 'string' && form.email.trim() !== '' ? form.email.trim() : null;
    await this.start(request, response, { subject, roles: new Set(roles), departments: new Set(departments), email }, null, next);
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const pending = pendingSignInOf(request, response, this.options.production);
    clearPendingSignIn(response, this.options.production);
    if (!this.oidc.enabled || !pending) return this.failed(request, response, 'expired');
    const callbackUrl = new URL(request.originalUrl, this.redirectUri(request));
    try {
      const { staff, idToken } = await this.oidc.signedIn(callbackUrl, pending);
      await this.start(request, response, staff, idToken, pending.next);
    } catch (error) {
      if (error instanceof SignInFailed) return this.failed(request, response, 'refused');
      throw error;
    }
  }

  @Post('sign-out')
  @HttpCode(303)
  @UseGuards(PageCsrfGuard)
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const id = sessionIdOf(request, response, this.options.production);
    const session = await this.sessions.resume(id);
    await this.sessions.close(id);
    clearSession(response, this.options.production);
    const signedOut = this.options.oidc?.postLogoutRedirectUrl ?? `${this.origin(request)}/staff/signed-out`;
    const atProvider = session ? await this.oidc.endSessionUrl(session.idToken, signedOut) : null;
    response.redirect(303, atProvider ?? '/staff/signed-out');
  }

  @Get('signed-out')
  signedOut(@Req() request: Request, @Res() response: Response): void {
    const lang = this.page.language(request, response);
    this.renderer.render(request, response, 'staff-signed-out', lang, { titleKey: 'staff.signedOut.title' });
  }

  private async start(request: Request, response: Response, staff: StaffMember, idToken: string | null, next: string): Promise<void> {
    // Signed in, yet no role here: no session rather than a workspace of refusals.
    if (staff.roles.size === 0) return this.failed(request, response, 'no-role', 403);
    const id = await this.sessions.open(staff, idToken);
    this.directory.noteSignIn(staff);
    setSession(response, id, this.options.production);
    response.redirect(303, next);
  }

  private failed(request: Request, response: Response, reason: 'expired' | 'refused' | 'no-role', status = 400): void {
    const lang = this.page.language(request, response);
    this.renderer.render(request, response, 'staff-sign-in-failed', lang, { titleKey: 'staff.signInFailed.title', reason, path: '/staff/sign-in' }, status);
  }

  private async showDevelopmentSignIn(
    request: Request,
    response: Response,
    next: string,
    errors: Partial<Record<'subject' | 'roles', string>>,
    status: number,
    values: { subject: string; roles: string[]; departments: string[] } = { subject: '', roles: [], departments: [] },
  ): Promise<void> {
    const lang = this.page.language(request, response);
    const { departments } = await this.reference.snapshot();
    this.renderer.render(
      request,
      response,
      'staff-sign-in',
      lang,
      {
        titleKey: 'staff.signIn.title',
        path: '/staff/sign-in',
        next,
        errors,
        hasErrors: Object.values(errors).some(Boolean),
        subject: values.subject,
        roles: ROLES.map((code) => ({ code, checked: values.roles.includes(code) })),
        departments: [...departments.values()].map((department) => ({
          code: department.code,
          name: department.name,
          checked: values.departments.includes(department.code),
        })),
        csrf: this.page.csrfToken(request, response),
      },
      status,
    );
  }

  private redirectUri(request: Request): string {
    return this.options.oidc?.redirectUrl ?? `${this.origin(request)}/staff/callback`;
  }

  private origin(request: Request): string {
    return this.page.config.publicBaseUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
  }
}

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
