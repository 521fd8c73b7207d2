import { Controller, Get, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { INBOX_STATUSES, type InboxStatus } from '@civic/projections';
import type { StaffMember } from '@civic/casework';
import { mayReadInbox } from '../auth/access-policy';
import { IdeaByPublicCode, PUBLIC_CODE_PATTERN } from '../ideas/idea-by-public-code';
import { GetInboxQuery, type InboxRows } from '../inbox/get-inbox.query';
import type { InboxQueryInput } from '../inbox/inbox-query.dto';
import { PageContext } from '../pages/page-context';
import { PageRenderer } from '../pages/page-renderer';
import { districtName, ReferenceData } from '../reference-data/reference-data';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from './staff-session.guard';
import { StaffFrame } from './staff-nav';

/** The triage inbox's name in the queue parameter. */
const TRIAGE = 'triage';
const SUBJECT = /^[\w.@:-]{1,100}$/;
const PAGE_SIZE = 25;

type InboxParams = Partial<
  Record<'queue' | 'status' | 'category' | 'district' | 'assignee' | 'mine' | 'overdue' | 'question' | 'q' | 'cursor' | 'done', unknown>
>;

/**
 * The inbox: the queues the member may read (their departments', the
 * triage's, or all for a manager), with the JSON inbox's filters, sorted by
 * the response deadline. A public code in the search box opens that idea.
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/inbox')
export class StaffInboxPageController {
  constructor(
    private readonly queries: QueryBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    private readonly byPublicCode: IdeaByPublicCode,
    private readonly frame: StaffFrame,
  ) {}

  @Get()
  async inbox(@Query() params: InboxParams, @Req() request: Request, @Res() response: Response): Promise<void> {
    const staff = sessionStaff(request);
    const lang = this.page.language(request, response);
    const snapshot = await this.reference.snapshot();
    const q = text(params.q, 200);
    if (q !== undefined && PUBLIC_CODE_PATTERN.test(q)) {
      const id = await this.byPublicCode.idOf(q);
      if (id !== null) return response.redirect(303, `/staff/ideas/${id}`);
    }
    const queues = readableQueues(staff, [...snapshot.departments.keys()]);
    const queue = queues.find((code) => code === params.queue) ?? queues[0] ?? null;
    const filters = {
      status: (INBOX_STATUSES as readonly string[]).includes(String(params.status)) ? (params.status as InboxStatus) : undefined,
      category: snapshot.categories.has(String(params.category)) ? String(params.category) : undefined,
      district: snapshot.districts.has(String(params.district)) ? String(params.district) : undefined,
      assignee: params.mine === '1' ? undefined : text(params.assignee, 100),
      mine: params.mine === '1',
      overdue: params.overdue === 'yes' ? true : params.overdue === 'no' ? false : undefined,
      question: params.question === 'open' || params.question === 'replied' ? params.question : undefined,
      q: q !== undefined && !PUBLIC_CODE_PATTERN.test(q) ? q : undefined,
    };
    const input: InboxQueryInput = {
      status: filters.status ? [filters.status] : undefined,
      category: filters.category,
      district: filters.district,
      assignee: filters.mine ? staff.subject : filters.assignee !== undefined && SUBJECT.test(filters.assignee) ? filters.assignee : undefined,
      overdue: filters.overdue,
      questionOpen: filters.question === 'open' ? true : undefined,
      citizenReplied: filters.question === 'replied' ? true : undefined,
      q: filters.q,
      sort: 'dueAt',
      limit: PAGE_SIZE,
      cursor: text(params.cursor, 400),
    };
    const result: InboxRows | null = queue === null ? null : await this.queries.execute(new GetInboxQuery(queue === TRIAGE ? null : queue, input, staff));
    const base = new URLSearchParams(
      Object.entries({ ...filters, queue, mine: filters.mine ? '1' : undefined, overdue: params.overdue, question: filters.question }).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
      ),
    );
    const next = result?.nextCursor ? `/staff/inbox?${new URLSearchParams([...base, ['cursor', result.nextCursor]]).toString()}` : null;
    const name = (map: ReadonlyMap<string, { name: string }>, code: string) => map.get(code)?.name ?? code;
    this.renderer.render(request, response, 'staff-inbox', lang, {
      titleKey: 'staff.inbox.title',
      ...this.frame.of(staff),
      csrf: this.page.csrfToken(request, response),
      queue,
      queues: queues.map((code) => ({
        code,
        name: code === TRIAGE ? this.renderer.text(lang, 'staff.inbox.triage') : name(snapshot.departments, code),
        current: code === queue,
      })),
      queueName: queue === TRIAGE ? this.renderer.text(lang, 'staff.inbox.triage') : queue ? name(snapshot.departments, queue) : null,
      filters,
      searchedCode: q !== undefined && PUBLIC_CODE_PATTERN.test(q) ? q : null,
      statuses: INBOX_STATUSES.map((code) => ({ code, selected: code === filters.status })),
      categories: [...snapshot.categories.values()].map(({ code, name }) => ({ code, name, selected: code === filters.category })),
      districts: [...snapshot.districts.values()].map(({ code, name }) => ({ code, name, selected: code === filters.district })),
      triage: queue === TRIAGE,
      done: params.done === 'acceptSuggestion' ? 'acceptSuggestion' : null,
      items: (result?.items ?? []).map((item) => ({
        ...item,
        categoryName: name(snapshot.categories, item.category),
        districtName: districtName(snapshot.districts, item.district),
        // The triage inbox's rows carry where the routing model would send the idea.
        suggestion: item.routingSuggestion && {
          department: item.routingSuggestion.department,
          departmentName: name(snapshot.departments, item.routingSuggestion.department),
          percent: Math.round(item.routingSuggestion.confidence * 100),
          reasons: item.routingSuggestion.reasons.map((reason) => reason.feature).join(', '),
        },
      })),
      next,
      first: input.cursor ? `/staff/inbox?${base.toString()}` : null,
    });
  }
}

/** Queue codes the member may read, the triage first for a dispatcher. */
export function readableQueues(staff: StaffMember, departments: readonly string[]): string[] {
  return [...(mayReadInbox(staff, null) ? [TRIAGE] : []), ...departments.filter((code) => mayReadInbox(staff, code))];
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > max ? undefined : trimmed;
}
