import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type IdeaRoutingSuggestion, type RowsOf, suggestRoutings } from '@civic/projections';

/** The routing model's suggestions, read from its tables (one read for a whole inbox page). */
@Injectable()
export class RoutingSuggestions {
  private readonly rows: RowsOf;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.rows = (statement, values) => dataSource.query(statement, values);
  }

  forIdeas(ideaIds: readonly string[]): Promise<Map<string, IdeaRoutingSuggestion>> {
    return suggestRoutings(this.rows, ideaIds);
  }

  async forIdea(ideaId: string): Promise<IdeaRoutingSuggestion> {
    return (await this.forIdeas([ideaId])).get(ideaId)!;
  }
}
