import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findSimilarIdeas, type RowsOf } from '@civic/projections';
import { FindSimilarIdeasQuery } from './find-similar-ideas.query';

/** The public list: never the internal id, never merged or withdrawn ideas (the citizen is pointed at the one that lives on). */
@QueryHandler(FindSimilarIdeasQuery)
export class FindSimilarIdeasHandler implements IQueryHandler<FindSimilarIdeasQuery> {
  private readonly rows: RowsOf;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.rows = (statement, values) => dataSource.query(statement, values);
  }

  async execute({ input }: FindSimilarIdeasQuery) {
    const found = await findSimilarIdeas(this.rows, { text: input.text, district: input.district, category: input.category, leaveOutClosed: true });
    return {
      items: found.map(({ publicCode, title, status, category, district, receivedAt, score }) => ({
        publicCode,
        title,
        status,
        category,
        district,
        receivedAt,
        score,
      })),
    };
  }
}
