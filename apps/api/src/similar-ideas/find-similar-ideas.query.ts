import { Query } from '@nestjs/cqrs';
import type { SimilarIdeasInput, SimilarIdeasView } from './similar-ideas.dto';

export class FindSimilarIdeasQuery extends Query<SimilarIdeasView> {
  constructor(readonly input: SimilarIdeasInput) {
    super();
  }
}
