import { Module } from '@nestjs/common';

/** The public status (GET /public/ideas), read from its projection. */
@Module({})
export class PublicStatusModule {}
