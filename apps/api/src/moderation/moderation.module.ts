import { Global, Module } from '@nestjs/common';
import { IdeaByPublicCode } from '../ideas/idea-by-public-code';
import { ModerationController } from './moderation.controller';
import { Moderation } from './moderation.service';

/** Reports from citizens and the review queue; global so the pages' forms send the same commands. */
@Global()
@Module({
  controllers: [ModerationController],
  providers: [Moderation, IdeaByPublicCode],
  exports: [Moderation],
})
export class ModerationModule {}
