import { randomUUID } from 'node:crypto';
import { Controller, Get, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Language, LANGUAGES } from '@civic/ideas';
import { IdeaProposals } from '../budgets/idea-proposals';
import { ProblemError } from '../http/problem';
import { isReadModelOutOfShape } from '../http/problem-details.filter';
import { SubmitRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { SubmitIdeaCommand } from '../ideas/submit-idea.command';
import { FindSimilarIdeasQuery } from '../similar-ideas/find-similar-ideas.query';
import type { SimilarPublicIdeaView } from '../similar-ideas/similar-ideas.dto';
import { ReferenceData } from '../reference-data/reference-data';
import { PageContext } from './page-context';
import { PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';
import type { PageLanguage } from './pages-config';
import { type FieldErrors, idempotencyKeyOf, readSubmitForm, SUBMIT_FIELDS, type SubmitFormValues, toSubmitInput } from './submit-form';

/** The form to submit an idea: POST → 303 → the receipt, and the same hidden key makes a double click or a reload one idea. */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller('submit')
export class SubmitPageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly referenceData: ReferenceData,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly proposals: IdeaProposals,
  ) {}

  @Get()
  async form(@Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const values = { ...readSubmitForm({}), language: ideaLanguageFor(lang), idempotencyKey: randomUUID() };
    await this.show(request, response, lang, values, {}, null, 200);
  }

  @Post()
  @SubmitRateLimit()
  @UseGuards(PageCsrfGuard)
  async submit(@Req() request: Request, @Res() response: Response, @CitizenContext() citizen: RequestContext): Promise<void> {
    const lang = this.page.language(request, response);
    const values = readSubmitForm(request.body);
    const { input, errors } = await toSubmitInput(values);
    if (Object.keys(errors).length > 0) return this.show(request, response, lang, values, errors, null, 422);
    // Before the idea is sent, once: the public ideas like it (the script showed them already while the citizen wrote).
    if (request.body?.similarChecked !== '1') {
      const { items } = await this.queries
        .execute(new FindSimilarIdeasQuery({ text: `${input.title} ${input.description}`.slice(0, 2000), district: input.district, category: input.category }))
        // While the worker rebuilds the read model after an upgrade (its tables are missing or out of shape), the idea goes without this step.
        .catch((error: unknown) => {
          if (isReadModelOutOfShape(error)) return { items: [] };
          throw error;
        });
      if (items.length > 0) return this.show(request, response, lang, values, {}, null, 200, items);
    }
    try {
      const submitted = await this.commands.execute(new SubmitIdeaCommand(input, idempotencyKeyOf(values), citizen));
      response.redirect(303, `/track/${encodeURIComponent(submitted.trackingToken)}/receipt`);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      if (error.code === 'idempotency-key-reused')
        return this.show(request, response, lang, { ...values, idempotencyKey: randomUUID() }, {}, 'alreadySent', 409);
      if (error.code === 'budget-round-not-taking-proposals')
        return this.show(request, response, lang, values, { budgetRound: 'budgetRoundClosed' }, null, 409);
      const fields = (error.extensions.errors as { field: string }[] | undefined) ?? [];
      if (error.status !== 422 || fields.length === 0) throw error;
      const errors: FieldErrors = Object.fromEntries(
        fields.map(({ field }) => (field === 'budgetRound.roundId' ? ['budgetRound', 'budgetRound'] : [field, 'choose'])),
      );
      return this.show(request, response, lang, values, errors, null, 422);
    }
  }

  private async show(
    request: Request,
    response: Response,
    lang: PageLanguage,
    values: SubmitFormValues,
    errors: FieldErrors,
    formError: string | null,
    status: number,
    similar: readonly SimilarPublicIdeaView[] = [],
  ): Promise<void> {
    const [reference, rounds] = await Promise.all([this.referenceData.snapshot(), this.proposals.roundsTakingProposals()]);
    const options = (items: Iterable<{ code: string; name: string }>, selected: string) =>
      [...items].sort((a, b) => a.name.localeCompare(b.name, 'da')).map(({ code, name }) => ({ code, name, selected: code === selected }));
    const errorList = SUBMIT_FIELDS.filter((field) => errors[field]).map((field) => ({ field, kind: errors[field] }));
    this.renderer.render(
      request,
      response,
      'submit',
      lang,
      {
        titleKey: 'submit.title',
        titleArgs: {},
        similarScript: true,
        similar,
        similarChecked: similar.length > 0,
        path: '/submit',
        values,
        errors,
        errorList,
        hasErrors: errorList.length > 0 || formError !== null,
        formError,
        csrf: this.page.csrfToken(request, response),
        categories: options(reference.categories.values(), values.category),
        districts: options(reference.districts.values(), values.district),
        // Shown only when a round takes proposals: a district round is named with its district.
        budgetRounds: rounds.map((round) => ({
          id: round.id,
          title: round.title,
          districtName: round.district === null ? null : (reference.districts.get(round.district)?.name ?? round.district),
          selected: round.id === values.budgetRound,
        })),
        ideaLanguages: LANGUAGES.map((code) => ({ code, selected: code === values.language })),
        retentionMonths: this.page.config.retentionMonths,
      },
      status,
    );
  }
}

/** An idea is written in one of the languages the case handlers and e-mails use; a Norwegian reader is offered Danish first. */
function ideaLanguageFor(lang: string): Language {
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'da';
}
