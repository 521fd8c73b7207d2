import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { confirmedSupports, findSimilarIdeas, type RowsOf } from '@civic/projections';
import { FindSimilarIdeasQuery } from './find-similar-ideas.query';

/** The public list: never the internal id, never merged or withdrawn ideas (the citizen is pointed at the one that lives on). */
@QueryHandler(FindSimilarIdeasQuery)
export class FindSimilarIdeasHandler implements IQueryHandler<FindSimilarIdeasQuery> {
  private readonly rows: RowsOf;
  private readonly sql: { query: <Row>(text: string, values?: unknown[]) => Promise<{ rows: Row[]; rowCount: null }> };

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.rows = (statement, values) => dataSource.query(statement, values);
    this.sql = { query: async <Row>(text: string, values?: unknown[]) => ({ rows: (await dataSource.query(text, values)) as Row[], rowCount: null }) };
  }

  async execute({ input }: FindSimilarIdeasQuery) {
    const found = await findSimilarIdeas(this.rows, { text: input.text, district: input.district, category: input.category, leaveOutClosed: true });
    // Each with its confirmed supports and the way to add one: the citizen may support it instead of writing it again.
    const supports = await confirmedSupports(
      this.sql,
      found.map((idea) => idea.ideaId),
    );
    return {
      items: found.map(({ ideaId, publicCode, title, status, category, district, receivedAt, score }) => ({
        publicCode,
        title,
        status,
        category,
        district,
        receivedAt,
        score,
        supports: supports.get(ideaId) ?? 0,
        supportUrl: `/public/ideas/${encodeURIComponent(publicCode)}#support`,
      })),
    };
  }
}
