import { Module } from '@nestjs/common';

/** The management reports (GET /reports/...), read from its projection. */
@Module({})
export class ReportsModule {}
