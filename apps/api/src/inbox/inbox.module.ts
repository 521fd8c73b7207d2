import { Module } from '@nestjs/common';

/** The department inboxes (GET /departments/:code/inbox), read from its projection. */
@Module({})
export class InboxModule {}
