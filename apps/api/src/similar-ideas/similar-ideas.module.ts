import { Module } from '@nestjs/common';
import { DuplicateCandidatesController } from './duplicate-candidates.controller';
import { FindSimilarIdeasHandler } from './find-similar-ideas.handler';
import { GetDuplicateCandidatesHandler } from './get-duplicate-candidates.handler';

/** Similar public ideas for the citizen's form (GET /public/ideas/similar, served by the public controller) and a case's duplicate candidates. */
@Module({
  controllers: [DuplicateCandidatesController],
  providers: [FindSimilarIdeasHandler, GetDuplicateCandidatesHandler],
})
export class SimilarIdeasModule {}
