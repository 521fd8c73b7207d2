import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findSimilarIdeas, findSimilarIdeaSource, type RowsOf } from '@civic/projections';
import { GetIdeaQuery } from '../ideas/get-idea.query';
import { GetDuplicateCandidatesQuery } from './get-duplicate-candidates.query';

/** Ideas received this many days before or after the case, open or not, are "recent". */
export const DUPLICATE_WINDOW_DAYS = 90;

/** A case's likely duplicates among ideas still open and ideas received around the same time. */
@QueryHandler(GetDuplicateCandidatesQuery)
export class GetDuplicateCandidatesHandler implements IQueryHandler<GetDuplicateCandidatesQuery> {
  private readonly rows: RowsOf;

  constructor(
    private readonly queries: QueryBus,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.rows = (statement, values) => dataSource.query(statement, values);
  }

  async execute({ ideaId, staff }: GetDuplicateCandidatesQuery) {
    // Whoever may not read the case learns nothing of it from its candidates: the same 404/403 as reading it.
    await this.queries.execute(new GetIdeaQuery(ideaId, staff));
    const source = await findSimilarIdeaSource(this.rows, ideaId);
    if (!source) return { items: [] }; // the read model has not taken the submission in yet
    const items = await findSimilarIdeas(this.rows, {
      text: `${source.title} ${source.description}`,
      district: source.district,
      category: source.category,
      excludeIdeaId: ideaId,
      openOrRecent: { around: source.receivedAt, days: DUPLICATE_WINDOW_DAYS },
    });
    return { items };
  }
}
