import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Clock } from '@civic/platform';
import { mayReadInbox } from '../auth/access-policy';
import { accessRefused } from '../auth/access-policy.refusal';
import { ProblemError } from '../http/problem';
import { DepartmentEntity } from '../reference-data/department.entity';
import {
  INBOX_DEFAULT_ORDER,
  decodeInboxCursor,
  DepartmentInboxEntity,
  INBOX_PAGE_DEFAULT,
  type InboxCursor,
  type InboxSort,
  InvalidInboxCursorError,
  queryInbox,
  confirmedSupports,
  type InboxSortOrder,
} from '@civic/projections';
import { GetInboxQuery } from './get-inbox.query';
import { RoutingSuggestions } from '../routing-suggestions/routing-suggestions';

@QueryHandler(GetInboxQuery)
export class GetInboxHandler implements IQueryHandler<GetInboxQuery> {
  constructor(
    @InjectRepository(DepartmentInboxEntity) private readonly inbox: Repository<DepartmentInboxEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly suggestions: RoutingSuggestions,
  ) {}

  async execute({ department, input, staff }: GetInboxQuery) {
    // Departments are public (GET /departments), so saying which exist gives nothing away.
    if (department !== null && !(await this.dataSource.getRepository(DepartmentEntity).existsBy({ code: department }))) {
      throw new ProblemError(404, 'unknown-department', 'No such department', `There is no department with the code ${department}; see GET /departments.`);
    }
    if (!mayReadInbox(staff, department))
      throw accessRefused(
        department === null
          ? 'Only dispatchers and managers read the triage inbox.'
          : `Your roles and departments do not allow reading the inbox of ${department}.`,
      );
    const sort = input.sort ?? 'dueAt';
    const order = input.order ?? INBOX_DEFAULT_ORDER[sort];
    const { status, assignee, unassigned, overdue, category, district, q, questionOpen, citizenReplied } = input;
    const page = await queryInbox(this.inbox, {
      department,
      filters: { status, assignee, unassigned, overdue, category, district, text: q, questionOpen, citizenReplied },
      sort,
      order,
      limit: input.limit ?? INBOX_PAGE_DEFAULT,
      after: input.cursor === undefined ? null : cursorOf(input.cursor, sort, order),
      now: this.clock.now(),
    });
    const rows = { query: async <Row>(text: string, values?: unknown[]) => ({ rows: (await this.dataSource.query(text, values)) as Row[], rowCount: null }) };
    const supports = await confirmedSupports(
      rows,
      page.items.map((item) => item.id),
    );
    const withSupports = { ...page, items: page.items.map((item) => ({ ...item, supports: supports.get(item.id) ?? 0 })) };
    if (department !== null) return withSupports;
    // The triage inbox: beside each idea, where the routing model would send it (one read for the page).
    const suggestions = await this.suggestions.forIdeas(page.items.map((item) => item.id));
    return { ...withSupports, items: withSupports.items.map((item) => ({ ...item, routingSuggestion: suggestions.get(item.id)?.suggestion ?? null })) };
  }
}

function cursorOf(text: string, sort: InboxSort, order: InboxSortOrder): InboxCursor {
  try {
    return decodeInboxCursor(text, sort, order);
  } catch (error) {
    if (!(error instanceof InvalidInboxCursorError)) throw error;
    throw new ProblemError(400, 'bad-cursor', 'The cursor cannot be used', `The cursor ${error.message}. Start again without a cursor.`, {
      errors: [{ field: 'cursor', message: error.message }],
    });
  }
}
