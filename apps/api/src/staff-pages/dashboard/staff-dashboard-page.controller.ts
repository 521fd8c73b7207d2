import { Controller, Get, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  type ParticipationReport,
  RESPONSE_TIMES_GROUPINGS,
  type ResponseTimesFigures,
  type ResponseTimesGrouping,
  type ResponseTimesReport,
  type ThroughputReport,
} from '@civic/projections';
import { accessRefused } from '../../auth/access-policy.refusal';
import { PageContext } from '../../pages/page-context';
import { PageRenderer } from '../../pages/page-renderer';
import type { PageLanguage } from '../../pages/pages-config';
import { ReferenceData } from '../../reference-data/reference-data';
import { GetResponseTimesReportQuery } from '../../reports/get-response-times-report.query';
import { GetThroughputReportQuery } from '../../reports/get-throughput-report.query';
import { GetParticipationReportQuery } from '../../reports/get-participation-report.query';
import { StaffFrame } from '../staff-nav';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from '../staff-session.guard';
import { spreadsheetCsv } from './danish-excel-csv';
import { barChartSvg, type ChartDatum, lineChartSvg } from './svg-chart';

const LOCALES: Record<PageLanguage, string> = { da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };
const DATE = /^(19|2\d)\d\d-\d\d-\d\d$/;
const DAY_MS = 86_400_000;

type Params = Partial<Record<'from' | 'to' | 'groupBy', unknown>>;

/**
 * Management's dashboard: the response-times and throughput reports (the
 * same queries as GET /reports/…) as server-rendered SVG charts, each with
 * its table, and CSV downloads a spreadsheet in the reader's language opens
 * as it is, from the signed-in session.
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/dashboard')
export class StaffDashboardPageController {
  constructor(
    private readonly queries: QueryBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    private readonly frame: StaffFrame,
  ) {}

  @Get()
  async dashboard(@Query() params: Params, @Req() request: Request, @Res() response: Response): Promise<void> {
    const staff = sessionStaff(request);
    if (!staff.roles.has('manager')) throw accessRefused('The dashboard is for managers.');
    const lang = this.page.language(request, response);
    const locale = LOCALES[lang];
    const filters = periodOf(params);
    const [[times, throughput], participation] = await Promise.all([
      this.reports(filters),
      this.queries.execute(new GetParticipationReportQuery({ from: filters.from, to: filters.to })) as Promise<ParticipationReport>,
    ]);
    const names = await this.groupNames(filters.groupBy);
    const t = (key: string, args?: Record<string, unknown>) => this.renderer.text(lang, `staff.dashboard.${key}`, args);
    const groupLabel = (group: string | null) => (group === null ? t('notRouted') : (names.get(group) ?? group));
    const number = (value: number | null, digits = 1) => (value === null ? '–' : value.toLocaleString(locale, { maximumFractionDigits: digits }));
    const groups = times.groups.map((group) => ({ ...group, label: groupLabel(group.group) }));
    const timesChart = barChartSvg(
      groups.flatMap((group) => [
        { category: group.label, measure: t('median'), value: round(group.medianWorkingDaysToAnswer) },
        { category: group.label, measure: t('p90'), value: round(group.p90WorkingDaysToAnswer) },
      ]),
      { label: t('timesChart'), unit: t('workingDays'), locale },
    );
    const deadlineChart = barChartSvg(
      groups.map((group) => ({ category: group.label, measure: t('withinDeadline'), value: Math.round((group.answeredWithinDeadlineShare ?? 0) * 100) })),
      { label: t('deadlineChart'), unit: '%', locale },
    );
    const backlogChart = barChartSvg(
      groups.flatMap((group) => [
        { category: group.label, measure: t('openBacklog'), value: group.openBacklog },
        { category: group.label, measure: t('overdue'), value: group.overdue },
      ]),
      { label: t('backlogChart'), unit: t('count'), locale },
    );
    const throughputData: ChartDatum[] = throughput.months.flatMap((month) => [
      { category: month.month, measure: t('received'), value: month.received },
      { category: month.month, measure: t('answered'), value: month.answered },
      { category: month.month, measure: t('implemented'), value: month.implemented },
    ]);
    // Who takes part: each district's share of the participants beside its share of the residents.
    const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
    const participationChart = barChartSvg(
      participation.districts
        .filter((district) => district.residentShare !== null)
        .flatMap((district) => [
          { category: district.name, measure: t('participantShare'), value: percent(district.participantShare) ?? 0 },
          { category: district.name, measure: t('residentShare'), value: percent(district.residentShare) ?? 0 },
        ]),
      { label: t('participationChart'), unit: t('percent'), locale },
    );
    const query = new URLSearchParams({ from: times.from, to: times.to, groupBy: times.groupBy }).toString();
    this.renderer.render(request, response, 'staff-dashboard', lang, {
      titleKey: 'staff.dashboard.title',
      ...this.frame.of(staff),
      csrf: this.page.csrfToken(request, response),
      from: times.from,
      to: times.to,
      groupings: RESPONSE_TIMES_GROUPINGS.map((code) => ({ code, selected: code === times.groupBy })),
      groupBy: times.groupBy,
      timesChart,
      deadlineChart,
      backlogChart,
      throughputChart: lineChartSvg(throughputData, { label: t('throughputChart'), unit: t('count'), locale }),
      rows: groups.map((group) => row(group, group.label, number)),
      total: row(times.total, t('total'), number),
      months: throughput.months,
      participationChart,
      participation: participation.districts.map((district) => ({
        ...district,
        residentShare: district.residentShare === null ? '–' : `${number(percent(district.residentShare), 1)} %`,
        participantShare: `${number(percent(district.participantShare), 1)} %`,
        index: number(district.index, 2),
      })),
      notStated: participation.notStated,
      csvTimes: `/staff/dashboard/response-times.csv?${query}`,
      csvThroughput: `/staff/dashboard/throughput.csv?${query}`,
    });
  }

  @Get(':report.csv')
  async csv(@Param('report') report: string, @Query() params: Params, @Req() request: Request, @Res() response: Response): Promise<void> {
    const staff = sessionStaff(request);
    if (!staff.roles.has('manager')) throw accessRefused('The reports are for managers.');
    if (report !== 'response-times' && report !== 'throughput') return void response.status(404).end();
    const lang = this.page.language(request, response);
    const t = (key: string) => this.renderer.text(lang, `staff.dashboard.${key}`);
    const decimalComma = lang !== 'en';
    const filters = periodOf(params);
    // Only the report asked for: a download is one report.
    let body: string;
    let period: { from: string; to: string };
    if (report === 'response-times') {
      const times: ResponseTimesReport = await this.queries.execute(new GetResponseTimesReportQuery(filters));
      period = times;
      const names = await this.groupNames(times.groupBy);
      const line = (code: string | null, label: string, f: ResponseTimesFigures) => [
        code ?? '',
        label,
        f.received,
        f.answered,
        f.answeredWithinDeadline,
        f.answeredWithinDeadlineShare === null ? null : Math.round(f.answeredWithinDeadlineShare * 1000) / 10,
        f.medianWorkingDaysToAnswer,
        f.p90WorkingDaysToAnswer,
        f.openBacklog,
        f.overdue,
        f.implemented,
      ];
      body = spreadsheetCsv(
        [
          t('code'),
          t(`group.${times.groupBy}`),
          t('received'),
          t('answered'),
          t('withinDeadlineCount'),
          t('withinDeadline'),
          t('median'),
          t('p90'),
          t('openBacklog'),
          t('overdue'),
          t('implemented'),
        ],
        [
          ...times.groups.map(({ group, ...figures }) => line(group, group === null ? t('notRouted') : (names.get(group) ?? group), figures)),
          line('', t('total'), times.total),
        ],
        decimalComma,
      );
    } else {
      const throughput: ThroughputReport = await this.queries.execute(new GetThroughputReportQuery({ from: filters.from, to: filters.to }));
      period = throughput;
      body = spreadsheetCsv(
        [t('month'), t('received'), t('answered'), t('implemented'), t('deadlinesMissed')],
        throughput.months.map((month) => [month.month, month.received, month.answered, month.implemented, month.deadlinesMissed]),
        decimalComma,
      );
    }
    response
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${report}-${period.from}-${period.to}.csv"`,
        'Cache-Control': 'private, no-store',
      })
      .send(body);
  }

  private reports(filters: { from?: string; to?: string; groupBy: ResponseTimesGrouping }): Promise<[ResponseTimesReport, ThroughputReport]> {
    return Promise.all([
      this.queries.execute(new GetResponseTimesReportQuery(filters)),
      this.queries.execute(new GetThroughputReportQuery({ from: filters.from, to: filters.to })),
    ]);
  }

  /** Names, not only codes: "Økonomiforvaltningen (ØKF)". */
  private async groupNames(groupBy: ResponseTimesGrouping): Promise<Map<string, string>> {
    const snapshot = await this.reference.snapshot();
    const map =
      groupBy === 'department' ? snapshot.departments : groupBy === 'district' ? snapshot.districts : groupBy === 'category' ? snapshot.categories : null;
    return new Map([...(map?.values() ?? [])].map(({ code, name }) => [code, groupBy === 'department' ? `${name} (${code})` : name]));
  }
}

/** A usable period or none (the reports' default, the last twelve months); a grouping the reports know, else by department. */
function periodOf(params: Params): { from?: string; to?: string; groupBy: ResponseTimesGrouping } {
  const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);
  let from = date(params.from);
  let to = date(params.to);
  if (from && to && (Date.parse(to) - Date.parse(from) < DAY_MS || Date.parse(to) - Date.parse(from) > 10 * 365 * DAY_MS)) from = to = undefined;
  const groupBy = (RESPONSE_TIMES_GROUPINGS as readonly string[]).includes(String(params.groupBy)) ? (params.groupBy as ResponseTimesGrouping) : 'department';
  return { from, to, groupBy };
}

function round(value: number | null): number {
  return value === null ? 0 : Math.round(value * 10) / 10;
}

function row(f: ResponseTimesFigures, label: string, number: (value: number | null, digits?: number) => string) {
  return {
    label,
    received: f.received,
    answered: f.answered,
    withinDeadline: f.answeredWithinDeadlineShare === null ? '–' : `${number(f.answeredWithinDeadlineShare * 100, 0)} %`,
    median: number(f.medianWorkingDaysToAnswer),
    p90: number(f.p90WorkingDaysToAnswer),
    openBacklog: f.openBacklog,
    overdue: f.overdue,
    implemented: f.implemented,
  };
}
