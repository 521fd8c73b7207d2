import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection } from '../runner/projection';
import { foldSimilarIdeas } from './similar-ideas.fold';
import { SIMILAR_IDEAS, type SimilarIdeasRow, similarIdeasTable } from './similar-ideas.table';

export const similarIdeasModel: IdeaRowModel<SimilarIdeasRow, Record<string, never>> = {
  name: SIMILAR_IDEAS,
  createTable: similarIdeasTable,
  async loadContext() {
    return {};
  },
  fold: (row, event) => foldSimilarIdeas(row, event),
};

/** The public ideas a citizen's text is compared with (GET /public/ideas/similar) and a case's duplicate candidates. */
export function similarIdeasProjection(): Projection {
  return new IdeaRowProjection(similarIdeasModel);
}
