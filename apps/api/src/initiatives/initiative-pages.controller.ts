import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { InitiativeDomainError } from '@civic/initiatives';
import { SubmitRateLimit, TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { PageContext } from '../pages/page-context';
import { PageCsrfGuard } from '../pages/page-csrf';
import { PageErrorFilter } from '../pages/page-error.filter';
import { PageRenderer } from '../pages/page-renderer';
import type { PageLanguage } from '../pages/pages-config';
import { ReferenceData } from '../reference-data/reference-data';
import { IDENTITY_COOKIE, IDENTITY_COOKIE_MAX_AGE_MS, IdentitySigning } from './identity-signing';
import { InitiativeQueries } from './initiative-queries';
import type { InitiativeView } from './initiative.views';
import { SignInitiativeHandler } from './sign-initiative.handler';

const SIGN_FIELDS = ['name', 'email', 'district', 'residence'] as const;
type SignField = (typeof SIGN_FIELDS)[number];
type SignErrors = Partial<Record<SignField, 'required' | 'email' | 'choose' | 'confirm' | 'tooLong'>>;
interface SignForm {
  name: string;
  email: string;
  district: string;
  residence: boolean;
  publishName: boolean;
}

const EMPTY_FORM: SignForm = { name: '', email: '', district: '', residence: false, publishName: false };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The initiatives' pages: the list with progress, an initiative with its sign
 * form (POST → 303 → the page, no JavaScript needed) and the council's
 * decision, and the page of the e-mailed confirmation link, whose button posts.
 */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller()
export class InitiativePagesController {
  constructor(
    private readonly queries: InitiativeQueries,
    private readonly signing: SignInitiativeHandler,
    private readonly identity: IdentitySigning,
    private readonly referenceData: ReferenceData,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get('pages/initiatives')
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const { items } = await this.queries.publicList();
    this.renderer.render(request, response, 'initiatives', lang, {
      titleKey: 'initiatives:list.title',
      path: '/initiatives',
      initiatives: items.map(withProgress),
    });
  }

  @Get('pages/initiatives/:idOrCode')
  async one(@Param('idOrCode') idOrCode: string, @Query() query: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const initiative = await this.queries.publicOne(idOrCode);
    const done = query.signed === '1' ? 'signed' : query.confirmed === '1' ? 'confirmed' : null;
    await this.show(request, response, lang, initiative, EMPTY_FORM, {}, done, 200);
  }

  @Post('initiatives/:id/sign')
  @SubmitRateLimit()
  @UseGuards(PageCsrfGuard)
  async sign(@Param('id') id: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const lang = this.page.language(request, response);
    const initiative = await this.queries.publicOne(id);
    const form = readSignForm(request.body);
    const errors = validate(form, (await this.referenceData.snapshot()).districts);
    if (Object.keys(errors).length > 0) return this.show(request, response, lang, initiative, form, errors, null, 422);
    const { name, email, district, publishName } = form;
    await this.signing.byEmail(initiative.id, { name, email, district, publishName, residence: true, language: lang }, citizen);
    response.redirect(303, `/initiatives/${encodeURIComponent(initiative.publicCode)}?signed=1`);
  }

  /** Signing with a verified identity: the district and the statements here, the person at the identity provider. */
  @Post('initiatives/:id/sign/identity')
  @SubmitRateLimit()
  @UseGuards(PageCsrfGuard)
  async signWithIdentity(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const initiative = await this.queries.publicOne(id);
    if (!this.identity.enabled) return response.redirect(303, `/initiatives/${encodeURIComponent(initiative.publicCode)}`);
    const form = readSignForm(request.body);
    const errors = validate({ ...form, name: '-', email: 'verified@identity.invalid' }, (await this.referenceData.snapshot()).districts);
    if (Object.keys(errors).length > 0) return this.show(request, response, lang, initiative, form, errors, null, 422);
    const { url, cookie } = await this.identity.start({ initiativeId: initiative.id, district: form.district, publishName: form.publishName, language: lang });
    response.cookie(IDENTITY_COOKIE, cookie, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/initiatives/identity',
      maxAge: IDENTITY_COOKIE_MAX_AGE_MS,
    });
    response.redirect(303, url);
  }

  /** Where the identity provider sends the signer back: the signature counts at once, keyed by the provider's subject. */
  @Get('initiatives/identity/callback')
  @TrackRateLimit()
  async identityCallback(@Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const lang = this.page.language(request, response);
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const cookies = (request.headers.cookie ?? '').split(';').map((part) => part.trim().split('='));
    const cookie = cookies
      .find(([name]) => name === IDENTITY_COOKIE)
      ?.slice(1)
      .join('=');
    const verified = await this.identity.finish(query, cookie);
    response.clearCookie(IDENTITY_COOKIE, { path: '/initiatives/identity' });
    const initiative = await this.queries.publicOne(verified.pending.initiativeId);
    try {
      await this.signing.byIdentity(
        initiative.id,
        verified.issuer,
        verified.subject,
        {
          name: verified.name,
          email: null,
          district: verified.pending.district,
          publishName: verified.pending.publishName,
          language: verified.pending.language,
        },
        citizen,
      );
    } catch (error) {
      if (!(error instanceof InitiativeDomainError)) throw error;
      return this.renderer.render(
        request,
        response,
        'initiative-confirm',
        lang,
        { titleKey: 'initiatives:confirm.title', initiative, failed: error.code },
        409,
      );
    }
    response.redirect(303, `/initiatives/${encodeURIComponent(initiative.publicCode)}?confirmed=1`);
  }

  @Get('initiatives/:id/confirm/:token')
  async confirmPage(@Param('id') id: string, @Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const initiative = await this.queries.publicOne(id);
    this.renderer.render(request, response, 'initiative-confirm', lang, {
      titleKey: 'initiatives:confirm.title',
      initiative,
      action: `/initiatives/${encodeURIComponent(initiative.id)}/confirm/${encodeURIComponent(token)}`,
      csrf: this.page.csrfToken(request, response),
    });
  }

  @Post('initiatives/:id/confirm/:token')
  @TrackRateLimit()
  @UseGuards(PageCsrfGuard)
  async confirm(
    @Param('id') id: string,
    @Param('token') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @CitizenContext() citizen: RequestContext,
  ): Promise<void> {
    const lang = this.page.language(request, response);
    const initiative = await this.queries.publicOne(id);
    try {
      await this.signing.confirm(initiative.id, token, citizen);
    } catch (error) {
      if (!(error instanceof InitiativeDomainError)) throw error;
      return this.renderer.render(
        request,
        response,
        'initiative-confirm',
        lang,
        { titleKey: 'initiatives:confirm.title', initiative, failed: error.code },
        409,
      );
    }
    response.redirect(303, `/initiatives/${encodeURIComponent(initiative.publicCode)}?confirmed=1`);
  }

  private async show(
    request: Request,
    response: Response,
    lang: PageLanguage,
    initiative: InitiativeView,
    form: SignForm,
    errors: SignErrors,
    done: 'signed' | 'confirmed' | null,
    status: number,
  ): Promise<void> {
    const { districts } = await this.referenceData.snapshot();
    const districtName = new Map([...districts.values()].map((d) => [d.code, d.name]));
    const errorList = SIGN_FIELDS.filter((field) => errors[field]).map((field) => ({ field, kind: errors[field] }));
    this.renderer.render(
      request,
      response,
      'initiative',
      lang,
      {
        titleKey: 'initiatives:page.title',
        titleArgs: { title: initiative.title },
        path: `/initiatives/${initiative.publicCode}`,
        formActionOrigins: this.identity.providerOrigin ? [this.identity.providerOrigin] : [],
        initiative: withProgress(initiative),
        signersByDistrict: initiative.signersByDistrict.map((row) => ({ ...row, name: districtName.get(row.district) ?? row.district })),
        open: initiative.status === 'collecting',
        form,
        errors,
        errorList,
        hasErrors: errorList.length > 0,
        done,
        identity: this.identity.enabled,
        csrf: this.page.csrfToken(request, response),
        districts: [...districts.values()]
          .sort((a, b) => a.name.localeCompare(b.name, 'da'))
          .map(({ code, name }) => ({ code, name, selected: code === form.district })),
      },
      status,
    );
  }
}

function withProgress<T extends { confirmedSignatures: number; requiredSignatures: number | null }>(initiative: T) {
  const required = initiative.requiredSignatures ?? 0;
  return { ...initiative, progressMax: Math.max(required, 1), progressValue: Math.min(initiative.confirmedSignatures, Math.max(required, 1)) };
}

function readSignForm(body: unknown): SignForm {
  const form = (body ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string).trim() : '');
  return { name: text('name'), email: text('email'), district: text('district'), residence: form.residence === 'yes', publishName: form.publishName === 'yes' };
}

function validate(form: SignForm, districts: ReadonlyMap<string, unknown>): SignErrors {
  const errors: SignErrors = {};
  if (form.name === '') errors.name = 'required';
  else if (form.name.length > 200) errors.name = 'tooLong';
  if (form.email === '') errors.email = 'required';
  else if (!EMAIL.test(form.email) || form.email.length > 254) errors.email = 'email';
  if (!districts.has(form.district)) errors.district = 'choose';
  if (!form.residence) errors.residence = 'confirm';
  return errors;
}
