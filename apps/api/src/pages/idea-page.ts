import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { GetPublicIdeaQuery } from '../public-status/get-public-idea.query';
import { PageContext } from './page-context';
import { PageRenderer } from './page-renderer';
import { districtName, ReferenceData } from '../reference-data/reference-data';
import { reportForm, type ReportFormErrors } from './report-form';
import { supportForm, type SupportFormErrors } from './support-form';

/** What a form on the idea page shows again: what was typed and the errors beside its fields. */
interface FormState<Errors> {
  readonly values?: Record<string, string | undefined>;
  readonly errors?: Errors;
}

/** The public idea page with its support and report forms, as its own controller and the forms' controllers show it. */
@Injectable()
export class IdeaPage {
  constructor(
    private readonly queries: QueryBus,
    private readonly referenceData: ReferenceData,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  async show(
    publicCode: string,
    request: Request,
    response: Response,
    forms: { support?: FormState<SupportFormErrors> & { sent?: boolean }; report?: FormState<ReportFormErrors> } = {},
    status = 200,
  ): Promise<void> {
    const lang = this.page.language(request, response);
    const idea = await this.queries.execute(new GetPublicIdeaQuery(publicCode));
    const { categories, districts } = await this.referenceData.snapshot();
    const csrf = this.page.csrfToken(request, response);
    this.renderer.render(
      request,
      response,
      'idea',
      lang,
      {
        titleKey: 'idea.title',
        titleArgs: { code: idea.publicCode },
        idea: {
          ...idea,
          categoryName: categories.get(idea.category)?.name ?? idea.category,
          districtName: districtName(districts, idea.district),
        },
        support: {
          ...supportForm([...districts.values()], forms.support?.values ?? {}, forms.support?.errors ?? {}, csrf),
          sent: forms.support?.sent ?? false,
        },
        report: reportForm(forms.report?.values ?? {}, forms.report?.errors ?? {}, csrf),
      },
      status,
    );
  }
}
