import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiNotAcceptableResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Clock } from '@civic/platform';
import { participationCsv, satisfactionCsv, satisfactionReport } from '@civic/projections';
import { QueryBus } from '@nestjs/cqrs';
import { GetParticipationReportQuery } from './get-participation-report.query';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { type RequestContext, StaffContext } from '../http/request-context';
import { reportFormat, renderReport } from './report-format';
import { ReportPeriodQuery } from './report-input.dto';
import { resolveReportPeriod } from './report-period';
import { REPORT_TIME_ZONE } from './report-time-zone';
import { ParticipationReportView, SatisfactionReportView } from './report.views';

const ACCEPT = { name: 'Accept', required: false, description: 'text/csv for a CSV download (header row, RFC 4180); JSON otherwise' };
const BAD_PERIOD = { description: 'A date that is not YYYY-MM-DD, from not before to, or more than 10 years (application/problem+json)' };

/** What citizens say beyond one case: satisfaction with the answers, and who takes part (read models of their own). */
@ApiTags('reports')
@Controller('reports')
export class CitizenVoiceReportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    @Inject(REPORT_TIME_ZONE) private readonly timeZone: string,
  ) {}

  @Get('satisfaction')
  @Roles(...ENDPOINT_ROLES.reports)
  @ApiHeader(ACCEPT)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: SatisfactionReportView,
    description:
      'Per local month in [from, to) and department: follow-up questions asked (by the month asked), answers and their marks (by the month answered)',
  })
  @ApiUnprocessableEntityResponse(BAD_PERIOD)
  @ApiNotAcceptableResponse({ description: 'Accept names neither JSON nor CSV' })
  @ApiOperation({ summary: 'Satisfaction by department and month: how citizens rated the answer or the result, four weeks on' })
  async satisfaction(
    @Query() input: ReportPeriodQuery,
    @StaffContext() _staff: RequestContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const format = reportFormat(request);
    const period = resolveReportPeriod(input, this.clock.now(), this.timeZone);
    const report = await satisfactionReport(this.dataSource, { ...period, timeZone: this.timeZone });
    return renderReport(response, format, report, { name: 'satisfaction', render: satisfactionCsv });
  }

  @Get('participation')
  @Roles(...ENDPOINT_ROLES.reports)
  @ApiHeader(ACCEPT)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: ParticipationReportView,
    description:
      'Per district, in [from, to): submitters, supporters and signers against its share of the residents, with the over- and under-represented named',
  })
  @ApiUnprocessableEntityResponse(BAD_PERIOD)
  @ApiNotAcceptableResponse({ description: 'Accept names neither JSON nor CSV' })
  @ApiOperation({ summary: 'Who takes part: participants per district against each district’s share of the residents (counts of events, no personal data)' })
  async participation(
    @Query() input: ReportPeriodQuery,
    @StaffContext() _staff: RequestContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const format = reportFormat(request);
    const report = await this.queries.execute(new GetParticipationReportQuery(input));
    return renderReport(response, format, report, { name: 'participation', render: participationCsv });
  }
}
