import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BudgetDomainError, VoterTooYoungError } from '@civic/budgets';
import type { BudgetRoundView } from '../budgets/budget-round.view';
import { GetBudgetRoundQuery } from '../budgets/get-budget-round.query';
import { OnlineVoting } from '../budgets/online-voting';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import { toProblem } from '../http/problem-details.filter';
import { problemInstance } from '../http/problem-instance';
import { SubmitRateLimit, TrackRateLimit } from '../http/rate-limits';
import { IDENTITY_COOKIE_MAX_AGE_MS, IdentitySigning } from '../initiatives/identity-signing';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { PageContext } from './page-context';
import { PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';
import type { PageLanguage } from './pages-config';

const RoundId = () => Param('id', new ParseUUIDPipe({ version: undefined }));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface VoteForm {
  choices: string[];
  email: string;
  residence: boolean;
  age: boolean;
}
type ChoicesError = 'none' | 'tooMany' | 'overBudget' | 'invalid' | 'notEligible';
interface VoteErrors {
  choices?: ChoicesError;
  email?: 'required' | 'email';
  residence?: 'confirm';
  age?: 'confirm';
}
/** What the voter chose, carried (signed, in a cookie) across the round trip to the identity provider. */
interface PendingIdentityBallot {
  readonly roundId: string;
  readonly choices: string[];
  readonly residence: boolean;
  readonly ageConfirmed: boolean;
  readonly language: string;
}
const IDENTITY_PURPOSE = 'budget-ballot';
const VOTING_IDENTITY_COOKIE = 'budget_identity';
/** A cookie holds about 4 kB: a ballot of more projects than this is sent by e-mail. */
const MAX_IDENTITY_CHOICES = 60;
const EMPTY_FORM: VoteForm = { choices: [], email: '', residence: false, age: false };

/**
 * The voting page of a budget round: the projects on the ballot as checkboxes (for knapsack, the running total worked
 * out by the server: no JavaScript needed), the address and the statements; POST → 303 → "check your e-mail". The
 * e-mailed link opens a page whose button posts the confirmation. Voting again is how a ballot is changed.
 */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller()
export class BudgetVotingPageController {
  constructor(
    private readonly queries: QueryBus,
    private readonly voting: OnlineVoting,
    private readonly identity: IdentitySigning,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get('budget-rounds/:id/vote')
  async form(@RoundId() id: string, @Query() query: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const round = await this.round(id);
    const done = query.sent === '1' ? 'sent' : query.confirmed === '1' ? 'confirmed' : null;
    this.show(request, response, lang, round, EMPTY_FORM, {}, done, false, 200);
  }

  @Post('budget-rounds/:id/vote')
  @SubmitRateLimit()
  @UseGuards(PageCsrfGuard)
  async vote(@RoundId() id: string, @Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const lang = this.page.language(request, response);
    const round = await this.round(id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readForm(body);
    // "Work out the total": the same page with the total of the projects ticked, nothing sent.
    if (body.action === 'total') return this.show(request, response, lang, round, form, {}, null, true, 200);
    if (round.phase !== 'voting') return this.show(request, response, lang, round, form, {}, null, false, 409);
    const errors = validate(form, round);
    if (Object.keys(errors).length > 0) return this.show(request, response, lang, round, form, errors, null, true, 422);
    try {
      await this.voting.byEmail(round.id, form.email, { choices: form.choices, residence: form.residence, ageConfirmed: form.age, language: lang }, citizen);
    } catch (error) {
      if (!(error instanceof BudgetDomainError) || error.kind !== 'invalid') throw error;
      const kind: ChoicesError = error.code === 'not-eligible' ? 'notEligible' : 'invalid';
      return this.show(request, response, lang, round, form, { choices: kind }, null, true, 422);
    }
    response.redirect(303, `/budget-rounds/${round.id}/vote?sent=1`);
  }

  /** Voting with a verified identity: the projects and statements here, the person at the identity provider. */
  @Post('budget-rounds/:id/vote/identity')
  @SubmitRateLimit()
  @UseGuards(PageCsrfGuard)
  async voteWithIdentity(@RoundId() id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const round = await this.round(id);
    if (!this.identity.enabled) return response.redirect(303, `/budget-rounds/${round.id}/vote`);
    const form = readForm(request.body as Record<string, unknown>);
    if (round.phase !== 'voting') return this.show(request, response, lang, round, form, {}, null, false, 409);
    const errors = validate({ ...form, email: 'verified@identity.invalid' }, round);
    if (Object.keys(errors).length > 0) return this.show(request, response, lang, round, form, errors, null, true, 422);
    if (form.choices.length > MAX_IDENTITY_CHOICES) return this.show(request, response, lang, round, form, { choices: 'invalid' }, null, true, 422);
    const pending: PendingIdentityBallot = { roundId: round.id, choices: form.choices, residence: form.residence, ageConfirmed: form.age, language: lang };
    const { url, cookie } = await this.identity.begin(this.identity.votingRedirectUri, IDENTITY_PURPOSE, pending);
    response.cookie(VOTING_IDENTITY_COOKIE, cookie, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/budget-rounds/identity',
      maxAge: IDENTITY_COOKIE_MAX_AGE_MS,
    });
    response.redirect(303, url);
  }

  /** Where the identity provider sends the voter back: the ballot counts at once, keyed by the provider's subject. */
  @Get('budget-rounds/identity/callback')
  @TrackRateLimit()
  async identityCallback(@Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const lang = this.page.language(request, response);
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const cookie = (request.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === VOTING_IDENTITY_COOKIE)
      ?.slice(1)
      .join('=');
    const verified = await this.identity.complete<PendingIdentityBallot>(this.identity.votingRedirectUri, IDENTITY_PURPOSE, query, cookie, { birthdate: true });
    response.clearCookie(VOTING_IDENTITY_COOKIE, { path: '/budget-rounds/identity' });
    const { pending } = verified;
    const round = await this.round(pending.roundId);
    try {
      await this.voting.byIdentity(
        round.id,
        verified,
        { choices: pending.choices, residence: pending.residence, ageConfirmed: pending.ageConfirmed, language: pending.language },
        citizen,
      );
    } catch (error) {
      if (!(error instanceof BudgetDomainError)) throw error;
      // A client that asks for JSON (not a browser) gets the refusal as the API gives it.
      if (request.accepts(['text/html', 'application/json']) === 'application/json') {
        const problem = { ...toProblem(error), instance: problemInstance(request.originalUrl) };
        response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
        return;
      }
      if (error instanceof VoterTooYoungError) {
        const tooYoung = { age: error.minimumAge, day: error.day };
        return this.renderer.render(request, response, 'budget-vote-confirm', lang, { titleKey: 'voting:confirm.title', round, tooYoung }, 422);
      }
      const failed = error.code === 'wrong-phase' ? 'wrong-phase' : 'invalid';
      return this.renderer.render(request, response, 'budget-vote-confirm', lang, { titleKey: 'voting:confirm.title', round, failed }, 409);
    }
    response.redirect(303, `/budget-rounds/${round.id}/vote?confirmed=1`);
  }

  @Get('budget-rounds/:id/ballots/confirm/:token')
  async confirmPage(@RoundId() id: string, @Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const round = await this.round(id);
    this.renderer.render(request, response, 'budget-vote-confirm', lang, {
      titleKey: 'voting:confirm.title',
      path: `/budget-rounds/${round.id}/ballots/confirm/${encodeURIComponent(token)}`,
      round,
      action: `/budget-rounds/${round.id}/ballots/confirm/${encodeURIComponent(token)}`,
      csrf: this.page.csrfToken(request, response),
    });
  }

  @Post('budget-rounds/:id/ballots/confirm/:token')
  @TrackRateLimit()
  @UseGuards(PageCsrfGuard)
  async confirm(
    @RoundId() id: string,
    @Param('token') token: string,
    @Req() request: Request,
    @Res() response: Response,
    @CitizenContext() citizen: RequestContext,
  ): Promise<void> {
    const lang = this.page.language(request, response);
    const round = await this.round(id);
    try {
      await this.voting.confirm(round.id, token, citizen);
    } catch (error) {
      if (!(error instanceof BudgetDomainError)) throw error;
      const failed = error.code === 'wrong-phase' ? 'wrong-phase' : 'ballot-link-not-valid';
      return this.renderer.render(request, response, 'budget-vote-confirm', lang, { titleKey: 'voting:confirm.title', round, failed }, 409);
    }
    response.redirect(303, `/budget-rounds/${round.id}/vote?confirmed=1`);
  }

  private round(id: string): Promise<BudgetRoundView> {
    return this.queries.execute(new GetBudgetRoundQuery(id));
  }

  private show(
    request: Request,
    response: Response,
    lang: PageLanguage,
    round: BudgetRoundView,
    form: VoteForm,
    errors: VoteErrors,
    done: 'sent' | 'confirmed' | null,
    showTotal: boolean,
    status: number,
  ): void {
    const chosen = new Set(form.choices);
    const projects = round.proposals
      .filter((proposal) => proposal.review === 'feasible')
      // The round's view names a project whose idea's text staff hide by the idea's code, with no summary: the notice says why.
      .map((proposal) => ({
        id: proposal.id,
        title: proposal.title,
        summary: proposal.summary,
        textHiddenReason: proposal.textHiddenReason,
        cost: proposal.cost,
        checked: chosen.has(proposal.id),
      }));
    const total = projects.filter((project) => project.checked).reduce((sum, project) => sum + (project.cost ?? 0), 0);
    const fields = ['choices', 'email', 'residence', 'age'] as const;
    const errorList = fields.filter((field) => errors[field]).map((field) => ({ field, kind: errors[field] }));
    this.renderer.render(
      request,
      response,
      'budget-vote',
      lang,
      {
        titleKey: 'voting:title',
        titleArgs: { title: round.title },
        path: `/budget-rounds/${round.id}/vote`,
        round,
        open: round.phase === 'voting',
        knapsack: round.ballot === 'knapsack',
        projects,
        total,
        showTotal: showTotal && round.ballot === 'knapsack',
        overBudget: total > round.amount,
        form,
        errors,
        errorList,
        hasErrors: errorList.length > 0,
        done,
        identity: this.identity.enabled,
        formActionOrigins: this.identity.providerOrigin ? [this.identity.providerOrigin] : [],
        csrf: this.page.csrfToken(request, response),
      },
      status,
    );
  }
}

function readForm(body: Record<string, unknown>): VoteForm {
  const raw = body.choices;
  const choices = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((value): value is string => typeof value === 'string').slice(0, 1000);
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  return { choices: [...new Set(choices)], email, residence: body.residence === 'yes', age: body.age === 'yes' };
}

/** The round's method, checked here too so that the page can say what is wrong in the voter's language. */
function validate(form: VoteForm, round: BudgetRoundView): VoteErrors {
  const errors: VoteErrors = {};
  const costs = new Map(round.proposals.filter((proposal) => proposal.review === 'feasible').map((proposal) => [proposal.id, proposal.cost ?? 0]));
  if (form.choices.length === 0) errors.choices = 'none';
  else if (form.choices.some((id) => !costs.has(id))) errors.choices = 'invalid';
  else if (round.ballot === 'approval' && round.maxChoices !== null && form.choices.length > round.maxChoices) errors.choices = 'tooMany';
  else if (round.ballot === 'knapsack' && form.choices.reduce((sum, id) => sum + costs.get(id)!, 0) > round.amount) errors.choices = 'overBudget';
  if (form.email === '') errors.email = 'required';
  else if (!EMAIL.test(form.email) || form.email.length > 254) errors.email = 'email';
  if (!form.residence) errors.residence = 'confirm';
  if (round.minimumAge !== null && !form.age) errors.age = 'confirm';
  return errors;
}
