import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiNotAcceptableResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { responseTimesCsv, throughputCsv } from '@civic/projections';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { type RequestContext, StaffContext } from '../http/request-context';
import { GetResponseTimesReportQuery } from './get-response-times-report.query';
import { GetThroughputReportQuery } from './get-throughput-report.query';
import { reportFormat, renderReport } from './report-format';
import { ReportPeriodQuery, ResponseTimesReportQueryInput } from './report-input.dto';
import { ResponseTimesReportView, ThroughputReportView } from './report.views';

const ACCEPT = { name: 'Accept', required: false, description: 'text/csv for a CSV download (header row, RFC 4180); JSON otherwise' };
const BAD_PERIOD = { description: 'A date that is not YYYY-MM-DD, from not before to, more than 10 years, or an unknown groupBy (application/problem+json)' };

/** Management's reports, read from the response_times projection (a few seconds behind the events). */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('response-times')
  @Roles(...ENDPOINT_ROLES.reports)
  @ApiHeader(ACCEPT)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ResponseTimesReportView, description: 'Ideas received in [from, to), per group and in total' })
  @ApiUnprocessableEntityResponse(BAD_PERIOD)
  @ApiNotAcceptableResponse({ description: 'Accept names neither JSON nor CSV' })
  @ApiOperation({ summary: 'Response times: how long ideas waited for an answer, per department, district or category' })
  async responseTimes(
    @Query() input: ResponseTimesReportQueryInput,
    @StaffContext() _staff: RequestContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const format = reportFormat(request);
    const report = await this.queries.execute(new GetResponseTimesReportQuery(input));
    return renderReport(response, format, report, { name: 'response-times', render: responseTimesCsv });
  }

  @Get('throughput')
  @Roles(...ENDPOINT_ROLES.reports)
  @ApiHeader(ACCEPT)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: ThroughputReportView,
    description: 'Per local month in [from, to): received, answered, implemented and deadlines missed, each by its own date',
  })
  @ApiUnprocessableEntityResponse(BAD_PERIOD)
  @ApiNotAcceptableResponse({ description: 'Accept names neither JSON nor CSV' })
  @ApiOperation({ summary: 'Throughput per month: received, answered, implemented, deadlines missed' })
  async throughput(
    @Query() input: ReportPeriodQuery,
    @StaffContext() _staff: RequestContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const format = reportFormat(request);
    const report = await this.queries.execute(new GetThroughputReportQuery(input));
    return renderReport(response, format, report, { name: 'throughput', render: throughputCsv });
  }
}
