import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GetPublicIdeaHandler } from './get-public-idea.handler';
import { ListPublicIdeasHandler } from './list-public-ideas.handler';
import { PublicIdeasController } from './public-ideas.controller';
import { PublicStatusEntity } from '@civic/projections';

/** The public status (GET /public/ideas), read from its projection. */
@Module({
  imports: [TypeOrmModule.forFeature([PublicStatusEntity])],
  controllers: [PublicIdeasController],
  providers: [GetPublicIdeaHandler, ListPublicIdeasHandler],
})
export class PublicStatusModule {}
