import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request, Response } from 'express';
import { PUBLIC_STATUSES, type PublicStatus } from '@civic/projections';
import { ListPublicIdeasQuery } from '../public-status/list-public-ideas.query';
import { ListPublicIdeasInput } from '../public-status/public-ideas.dto';
import { districtName, ReferenceData } from '../reference-data/reference-data';
import { IdeaPage } from './idea-page';
import { PageContext } from './page-context';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';

const PAGE_SIZE = 20;
const HOME_NEWEST = 5;
const FILTERS = ['q', 'status', 'district', 'category', 'department'] as const;

/** The home page and the public list and idea pages: a browser's GET /, /public/ideas and /public/ideas/<code> are routed here. */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller('pages')
export class PublicPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly referenceData: ReferenceData,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly ideaPage: IdeaPage,
  ) {}

  @Get('home')
  async home(@Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const newest = await this.queries.execute(new ListPublicIdeasQuery({ limit: HOME_NEWEST }));
    const names = await this.names();
    this.renderer.render(request, response, 'home', lang, {
      titleKey: 'home.title',
      path: '/',
      ideas: newest.items.map((item) => ({ ...item, ...names(item) })),
    });
  }

  @Get('public/ideas')
  async list(@Query() query: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const filters = usableFilters(query);
    const cursor = typeof query.cursor === 'string' && query.cursor !== '' ? query.cursor : undefined;
    const page = await this.queries.execute(
      new ListPublicIdeasQuery({ ...filters, status: filters.status as PublicStatus | undefined, cursor, limit: PAGE_SIZE }),
    );
    const names = await this.names();
    const reference = await this.referenceData.snapshot();
    const options = (items: Iterable<{ code: string; name: string }>, selected: string | undefined) =>
      [...items].sort((a, b) => a.name.localeCompare(b.name, 'da')).map(({ code, name }) => ({ code, name, selected: code === selected }));
    const search = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const next = page.nextCursor ? `/public/ideas?${new URLSearchParams([...search, ['cursor', page.nextCursor]])}` : null;
    this.renderer.render(request, response, 'ideas', lang, {
      titleKey: 'ideas.title',
      ideas: page.items.map((item) => ({ ...item, ...names(item) })),
      filters,
      filtered: Object.keys(filters).length > 0,
      statuses: PUBLIC_STATUSES.map((code) => ({ code, selected: code === filters.status })),
      districts: options(reference.districts.values(), filters.district),
      categories: options(reference.categories.values(), filters.category),
      departments: options(reference.departments.values(), filters.department),
      next,
      first: cursor ? `/public/ideas${search.size ? `?${search}` : ''}` : null,
    });
  }

  @Get('public/ideas/:publicCode')
  async idea(@Param('publicCode') publicCode: string, @Query('support') support: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.ideaPage.show(publicCode, request, response, { support: { sent: support === 'sent' } });
  }

  /** Categories and districts by name, as the reference data has them. */
  private async names() {
    const { categories, districts } = await this.referenceData.snapshot();
    return (item: { category: string; district: string }) => ({
      categoryName: categories.get(item.category)?.name ?? item.category,
      districtName: districtName(districts, item.district),
    });
  }
}

/** The filters the API's own rules accept; a filter left empty or mistyped in the address is dropped rather than refused. */
function usableFilters(query: Record<string, unknown>): Partial<Record<(typeof FILTERS)[number], string>> {
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = query[name];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const errors = validateSync(plainToInstance(ListPublicIdeasInput, { [name]: value.trim() }));
    if (errors.length === 0) filters[name] = value.trim();
  }
  return filters;
}
