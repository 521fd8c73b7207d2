import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { RESPONSE_TIMES_GROUPINGS, type ResponseTimesGrouping } from '@civic/projections';

/** A calendar date YYYY-MM-DD that exists (no 30 February), in years the database can hold without surprises. */
const IsReportDate = () =>
  applyDecorators(
    Matches(/^(19|2\d)\d\d-\d\d-\d\d$/, { message: '$property must be a date YYYY-MM-DD between 1900 and 2999' }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be a real calendar date' }),
  );

export class ReportPeriodQuery {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-01-01',
    description: 'First day included, a local date. Default: the first of the month 11 months ago.',
  })
  @IsOptional()
  @IsReportDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-01-01', description: 'First day NOT included, a local date. Default: the first of next month.' })
  @IsOptional()
  @IsReportDate()
  to?: string;
}

export class ResponseTimesReportQueryInput extends ReportPeriodQuery {
  @ApiPropertyOptional({ enum: RESPONSE_TIMES_GROUPINGS, default: 'department', description: 'month: the local month the idea was received' })
  @IsOptional()
  @IsIn(RESPONSE_TIMES_GROUPINGS)
  groupBy?: ResponseTimesGrouping;
}
