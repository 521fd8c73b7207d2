import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentInboxEntity } from '@civic/projections';
import { GetInboxHandler } from './get-inbox.handler';
import { InboxController } from './inbox.controller';

/** The department inboxes (GET /departments/:code/inbox) and the triage inbox (GET /triage/inbox), read from their projection. */
@Module({
  imports: [TypeOrmModule.forFeature([DepartmentInboxEntity])],
  controllers: [InboxController],
  providers: [GetInboxHandler],
})
export class InboxModule {}
